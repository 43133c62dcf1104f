/**
 * Controls: a control that changes nothing changes no result, bit for bit; halving a frequency
 * halves the expected loss; ROSI, payback and the chance ROSI is positive in closed form on
 * constant scenarios; overlapping controls do not stack; the greedy combination; a control
 * never raises any year's loss (fast-check); quantile functions; schema errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { runScenario } from '../../shared/engine/runScenario';
import { parseScenario } from '../../shared/scenario/parse';
import { errorToText } from '../../shared/scenario/issues';
import { quantileOf } from '../../shared/distributions/quantile';
import { pertShape } from '../../shared/distributions/pert';
import { CONTROL_IDS, CONTROL_LIBRARY, EFFECT_TARGETS } from '../../shared/controls/library';
import { THREAT_KINDS } from '../../shared/model/vocabulary';
import { SOURCES } from '../../shared/sources/sources';
import type { ControlInput } from '../../shared/scenario/controlsSchema';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { scenarioArb } from './arbitraries';
import { constantScenario } from './fixtures';

function valid(scenario: unknown): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.errors.map(errorToText).join('\n'));
  return parsed.scenario;
}

const NO_EFFECT = {
  frequency: Object.fromEntries(THREAT_KINDS.map((kind) => [kind, 1])),
  recordsExposed: 1,
  costPerRecord: 1,
  outageDays: 1,
  detectionAndContainment: 1,
  ransomPayment: 1,
};

/** One ransomware incident every year costing exactly `investigation` (forensics only). */
function forensicsOnly(investigation: number, controls: ControlInput[]): Scenario {
  return valid({
    format: 'aftermath-scenario',
    version: 1,
    name: 'Forensics only',
    currency: 'USD',
    organisation: { name: 'Org', sector: 'other', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: {} },
    threats: [{ name: 'Ransomware', kind: 'ransomware', frequency: 1, occurrence: 'exact', investigation }],
    regulation: { regime: 'none' },
    controls,
  });
}

describe('a control that changes nothing', () => {
  it('leaves every result bit-identical under the same seed', () => {
    const base = constantScenario();
    const withControls = valid({
      ...base,
      controls: CONTROL_IDS.map((id) => ({ id, status: 'inPlace', annualCost: 1_000, effects: NO_EFFECT })),
    });
    const a = simulate(buildPlan(valid(base)), { trials: 3_000, seed: 5 });
    const b = simulate(buildPlan(withControls), { trials: 3_000, seed: 5 });
    expect(b.annualLoss).toEqual(a.annualLoss);
    expect(b.eventLoss).toEqual(a.eventLoss);
    expect(b.threatEvents).toEqual(a.threatEvents);
    expect(b.threatTrialsHit).toEqual(a.threatTrialsHit);
    const value = runScenario(withControls, { trials: 3_000, seed: 5 }).controls![0]!;
    expect(value.aleReduction).toBe(0);
    expect(value.probabilityRosiPositive).toBe(0);
  });
});

describe('frequency effects', () => {
  it('halving the frequency halves the expected annual loss for constant magnitudes (within 4.5 standard errors)', () => {
    const scenario = (controls: ControlInput[]) =>
      valid({
        ...forensicsOnly(100_000, controls),
        threats: [{ name: 'Ransomware', kind: 'ransomware', frequency: 2, investigation: 100_000 }],
      });
    const trials = 200_000;
    const halved = runScenario(scenario([{ id: 'mfa', status: 'inPlace', effects: { frequency: { ransomware: 0.5 } } }]), { trials, seed: 3, analyseControls: false });
    // Kept events are Poisson(2 x 0.5) = Poisson(1): mean loss 100,000, sd 100,000 a year.
    expect(Math.abs(halved.annualLoss.mean - 100_000)).toBeLessThan((4.5 * 100_000) / Math.sqrt(trials));
    expect(halved.threats[0]?.meanEventsPerYear).toBeCloseTo(1, 1);
  });

  it('only ever removes events: with the control, no year costs more', () => {
    const base = constantScenario();
    const without = simulate(buildPlan(valid(base)), { trials: 5_000, seed: 9 }).annualLoss;
    const withControl = simulate(buildPlan(valid({ ...base, controls: [{ id: 'mfa', status: 'inPlace' }] })), { trials: 5_000, seed: 9 }).annualLoss;
    let fewer = 0;
    for (let i = 0; i < without.length; i += 1) {
      expect(withControl[i]).toBeLessThanOrEqual(without[i]!);
      if (withControl[i]! < without[i]!) fewer += 1;
    }
    expect(fewer).toBeGreaterThan(0);
  });
});

describe('the value of a control in closed form', () => {
  it('ROSI, payback and the chance ROSI is positive for a constant saving', () => {
    // Forensics of 400,000 every year; the IR plan halves it exactly: saves 200,000 a year.
    const ir = (annualCost: number, oneOffCost: number): ControlInput => ({
      id: 'ir-plan',
      status: 'proposed',
      annualCost,
      oneOffCost,
      effects: { detectionAndContainment: 0.5, outageDays: 1, ransomPayment: 1 },
    });
    const good = runScenario(forensicsOnly(400_000, [ir(50_000, 90_000)]), { trials: 1_000, seed: 1 }).controls![0]!;
    expect(good.annualisedCost).toBe(80_000);
    expect(good.aleReduction).toBe(200_000);
    expect(good.p95Reduction).toBe(200_000);
    expect(good.rosi).toBeCloseTo((200_000 - 80_000) / 80_000, 12);
    expect(good.probabilityRosiPositive).toBe(1);
    expect(good.paybackYears).toBeCloseTo(90_000 / 150_000, 12);
    expect(good.reductionPerCost).toBeCloseTo(2.5, 12);
    const poor = runScenario(forensicsOnly(400_000, [ir(250_000, 0)]), { trials: 1_000, seed: 1 }).controls![0]!;
    expect(poor.rosi).toBeCloseTo(-0.2, 12);
    expect(poor.probabilityRosiPositive).toBe(0);
    expect(poor.paybackYears).toBeNull();
    const free = runScenario(forensicsOnly(400_000, [ir(0, 0)]), { trials: 1_000, seed: 1 }).controls![0]!;
    expect(free.rosi).toBeNull();
    expect(free.paybackYears).toBe(0);
  });

  it('puts the chance ROSI is positive where the uncertain effect crosses the cost', () => {
    // Effect uniform on [0.2, 1]: saving 400,000 x (1 - m) beats 160,000 when m < 0.6, half the range.
    const control: ControlInput = { id: 'ir-plan', status: 'proposed', annualCost: 160_000, effects: { detectionAndContainment: { dist: 'uniform', low: 0.2, high: 1 }, outageDays: 1, ransomPayment: 1 } };
    const value = runScenario(forensicsOnly(400_000, [control]), { trials: 40_000, seed: 2 }).controls![0]!;
    expect(Math.abs(value.probabilityRosiPositive - 0.5)).toBeLessThanOrEqual(1 / 64);
    // Saving 400,000 x (1 - m), m uniform on [0.2, 1]: mean 160,000, sd 400,000 x 0.8 / sqrt(12).
    expect(Math.abs(value.aleReduction - 160_000)).toBeLessThan((4.5 * (400_000 * 0.8)) / Math.sqrt(12) / Math.sqrt(40_000));
  });

  it('values a control in place by what taking it away would cost', () => {
    const control: ControlInput = { id: 'ir-plan', status: 'inPlace', annualCost: 10_000, effects: { detectionAndContainment: 0.25, outageDays: 1, ransomPayment: 1 } };
    const result = runScenario(forensicsOnly(400_000, [control]), { trials: 500, seed: 1 });
    expect(result.annualLoss.mean).toBe(100_000);
    expect(result.controls![0]?.aleReduction).toBe(300_000);
    expect(result.deterministic.annualLoss).toBe(100_000);
  });
});

describe('the chance a control pays for itself', () => {
  it('is 1 for a control whose certain effect clearly beats its cost on a heavy-tailed hospital, and 0 when it clearly does not', () => {
    const fixed = { frequency: { ransomware: 0.7, dataTheft: 0.8, businessEmailCompromise: 0.6 } };
    const run = (annualCost: number) =>
      runScenario(valid({ ...constantScenario(), threats: constantScenario().threats.map((threat) => ({ ...threat, frequency: 0.5 })), controls: [{ id: 'mfa', status: 'proposed', annualCost, effects: fixed }] }), {
        trials: 20_000,
        seed: 3,
      }).controls![0]!;
    const value = run(1);
    expect(value.rosi).toBeGreaterThan(1);
    expect(value.probabilityRosiPositive).toBe(1);
    expect(run(1e9).probabilityRosiPositive).toBe(0);
  });
});

describe('the order controls are listed in', () => {
  it('changes no number, bit for bit', () => {
    const controls: ControlInput[] = CONTROL_IDS.slice(0, 6).map((id) => ({ id, status: 'inPlace' }));
    const forward = simulate(buildPlan(valid({ ...constantScenario(), controls })), { trials: 9_000, seed: 8 }).annualLoss;
    const backward = simulate(buildPlan(valid({ ...constantScenario(), controls: [...controls].reverse() })), { trials: 9_000, seed: 8 }).annualLoss;
    expect(backward).toEqual(forward);
  });

  it('keeps each control’s random stream: the library list only ever grows at its end', () => {
    expect(CONTROL_IDS.slice(0, 10)).toEqual(['mfa', 'edr', 'immutable-backups', 'ir-plan', 'encryption-at-rest', 'network-segmentation', 'phishing-training', 'security-ai', 'managed-detection', 'dlp']);
  });
});

describe('overlapping controls', () => {
  it('share one effect level, so the pair is never better than the stronger of the two at that level', () => {
    const ranged = (id: ControlInput['id'], low: number, high: number): ControlInput => ({
      id,
      status: 'inPlace',
      effects: { ...NO_EFFECT, detectionAndContainment: { dist: 'uniform', low, high } },
    });
    const both = runScenario(forensicsOnly(1_000_000, [ranged('edr', 0.5, 0.9), ranged('managed-detection', 0.6, 0.8)]), { trials: 20_000, seed: 1, analyseControls: false });
    // At level u the pair keeps min(0.5 + 0.4u, 0.6 + 0.2u): mean over u of that, times 1M.
    const expected = 1_000_000 * (0.5 * (0.5 + 0.7) / 2 + 0.5 * (0.7 + 0.8) / 2);
    expect(Math.abs(both.annualLoss.mean - expected)).toBeLessThan(4.5 * (1_000_000 * 0.12) / Math.sqrt(20_000));
  });

  it('apply the stronger of EDR and managed detection, but multiply controls that do not overlap', () => {
    const only = (detection: Record<string, number>) =>
      Object.entries(detection).map(([id, m]): ControlInput => ({ id: id as ControlInput['id'], status: 'inPlace', effects: { ...NO_EFFECT, detectionAndContainment: m } }));
    const loss = (controls: ControlInput[]) => runScenario(forensicsOnly(1_000_000, controls), { trials: 200, seed: 1, analyseControls: false }).annualLoss.mean;
    expect(loss(only({ edr: 0.8, 'managed-detection': 0.5 }))).toBeCloseTo(500_000, 6);
    expect(loss(only({ edr: 0.8, 'security-ai': 0.5 }))).toBeCloseTo(400_000, 6);
  });
});

describe('the greedy combination', () => {
  it('adds the best value for money first, then the best given what was added', () => {
    const control = (id: ControlInput['id'], m: number, annualCost: number): ControlInput => ({ id, status: 'proposed', annualCost, effects: { ...NO_EFFECT, detectionAndContainment: m } });
    // Forensics 1,000,000 a year. security-ai saves 500k for 100k (5x); ir-plan 400k for 50k (8x).
    const result = runScenario(forensicsOnly(1_000_000, [control('security-ai', 0.5, 100_000), control('ir-plan', 0.6, 50_000)]), { trials: 200, seed: 1 });
    const summary = result.controlPortfolio!;
    expect(summary.ranking).toEqual(['ir-plan', 'security-ai']);
    expect(summary.combination.map((step) => [step.added, step.cumulativeAnnualisedCost, Math.round(step.expectedAnnualLoss)])).toEqual([
      [null, 0, 1_000_000],
      ['ir-plan', 50_000, 600_000],
      ['security-ai', 150_000, 300_000],
    ]);
  });
});

describe('property: a control never raises any year’s loss', () => {
  it('holds over generated scenarios and controls', () => {
    const controlArb = fc.record({ id: fc.constantFrom(...CONTROL_IDS), status: fc.constant('inPlace' as const) });
    fc.assert(
      fc.property(scenarioArb, fc.uniqueArray(controlArb, { selector: (control) => control.id, maxLength: 4 }), fc.constantFrom(...CONTROL_IDS), (scenario, inPlace, extra) => {
        const before = inPlace.filter((control) => control.id !== extra);
        const after = [...before, { id: extra, status: 'inPlace' as const }];
        const a = simulate(buildPlan(valid({ ...scenario, controls: before })), { trials: 200, seed: 4 }).annualLoss;
        const b = simulate(buildPlan(valid({ ...scenario, controls: after })), { trials: 200, seed: 4 }).annualLoss;
        for (let i = 0; i < a.length; i += 1) expect(b[i]).toBeLessThanOrEqual(a[i]! + Math.max(1e-6, 1e-9 * a[i]!));
      }),
      { numRuns: 60 },
    );
  });
});

describe('quantile functions', () => {
  it('are exact for uniform and triangular, and end at the bounds', () => {
    expect(quantileOf({ dist: 'uniform', low: 0.2, high: 0.6 })(0.25)).toBeCloseTo(0.3, 15);
    const triangle = quantileOf({ dist: 'triangular', low: 0, mode: 0.5, high: 1 });
    expect(triangle(0.5)).toBeCloseTo(0.5, 15);
    expect(triangle(0.125)).toBeCloseTo(0.25, 15);
    expect(quantileOf(0.7)(0.3)).toBe(0.7);
    const pert = quantileOf({ dist: 'pert', low: 0.33, mode: 0.5, high: 0.75 });
    expect(pert(0)).toBeCloseTo(0.33, 12);
    expect(pert(1)).toBeCloseTo(0.75, 12);
  });

  it('give Beta-PERT its analytic mean and rise with u', () => {
    for (const [low, mode, high] of [
      [0.55, 0.77, 0.86],
      [0.05, 0.1, 0.3],
      [0, 0, 1],
      [0.9, 1, 1],
    ] as const) {
      const q = quantileOf({ dist: 'pert', low, mode, high });
      let sum = 0;
      let previous = -Infinity;
      const n = 20_000;
      for (let i = 0; i < n; i += 1) {
        const x = q((i + 0.5) / n);
        expect(x).toBeGreaterThanOrEqual(previous);
        previous = x;
        sum += x;
      }
      expect(sum / n).toBeCloseTo(pertShape(low, mode, high, 4).mean, 3);
    }
  });
});

describe('the control library', () => {
  it('cites a source or an assumption for every default effect, and keeps effects within 0..1', () => {
    for (const control of CONTROL_LIBRARY) {
      const paths = [
        ...Object.keys(control.effects.frequency ?? {}).map((kind) => `frequency.${kind}`),
        ...EFFECT_TARGETS.filter((target) => target !== 'frequency' && control.effects[target] !== undefined),
      ];
      expect(paths.length, control.id).toBeGreaterThan(0);
      expect(Object.keys(control.provenance).sort(), control.id).toEqual([...paths].sort());
      for (const provenance of Object.values(control.provenance)) {
        for (const source of provenance.sources ?? []) expect(SOURCES[source], source).toBeDefined();
      }
      const specs = [...Object.values(control.effects.frequency ?? {}), ...EFFECT_TARGETS.filter((t) => t !== 'frequency').map((t) => control.effects[t as 'outageDays'])];
      for (const spec of specs) {
        if (!spec) continue;
        expect(spec.low).toBeGreaterThanOrEqual(0);
        expect(spec.high).toBeLessThanOrEqual(1);
        expect(spec.low).toBeLessThanOrEqual(spec.mode);
        expect(spec.mode).toBeLessThanOrEqual(spec.high);
      }
    }
    expect(CONTROL_LIBRARY.map((control) => control.id)).toEqual([...CONTROL_IDS]);
  });
});

describe('controls and appetite in the scenario file', () => {
  const errorsOf = (extra: Record<string, unknown>) => {
    const parsed = parseScenario(JSON.parse(JSON.stringify({ ...constantScenario(), ...extra })));
    if (parsed.ok) throw new Error('expected errors');
    return parsed.errors.map(errorToText);
  };

  it('names every mistake by path', () => {
    expect(errorsOf({ controls: [{ id: 'edr', status: 'inPlace' }, { id: 'edr', status: 'proposed' }] })).toEqual([
      'controls[1].id repeats controls[0] ("edr"); list each control once',
    ]);
    const errors = errorsOf({
      controls: [
        { id: 'mfaa', status: 'proposed' },
        { id: 'dlp', status: 'maybe' },
        { id: 'ir-plan', status: 'proposed', annualCost: -1, effects: { outageDays: 1.5, frequency: { ransomwear: 0.5 } } },
      ],
    });
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^controls\[0\]\.id must be one of: .*Did you mean "mfa"\?/);
    expect(errors[1]).toMatch(/^controls\[1\]\.status must be one of: "inPlace", "proposed"/);
    expect(errors[2]).toMatch(/^controls\[2\]\.annualCost must be >= 0/);
    expect(errors[3]).toMatch(/^controls\[2\]\.effects\.frequency\.ransomwear is not a known field \(did you mean "ransomware"\?/);
    expect(errors[4]).toMatch(/^controls\[2\]\.effects\.outageDays must be between 0 and 1/);
  });

  it('checks the appetite points', () => {
    const errors = errorsOf({ appetite: [{ loss: 5e6, probability: 0.1 }, { loss: 5e6, probability: 0.2 }, { loss: 0, probability: 1.5 }] });
    expect(errors).toEqual([
      'appetite[2].loss must be > 0 (got 0)',
      'appetite[2].probability must be <= 1 (got 1.5)',
      'appetite[1].loss repeats the loss of appetite[0]; give each loss once',
    ]);
  });
});

describe('risk appetite between simulated years', () => {
  it('agrees with itself: beyond exactly when the loss at the tolerated chance is over the limit', async () => {
    const { appetiteVerdict } = await import('../../shared/appetite/verdict');
    const sorted = Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 100, 200]);
    const [beyond] = appetiteVerdict([{ loss: 99, probability: 0.15 }], sorted).points;
    expect(beyond?.within).toBe(false);
    expect(beyond?.lossAtProbability).toBe(100);
    expect(beyond?.lossExcess).toBe(1);
    const [within] = appetiteVerdict([{ loss: 100, probability: 0.1 }], sorted).points;
    expect(within?.within).toBe(true);
    expect(within?.lossExcess).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.double({ min: 0, max: 2e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (losses, loss, probability) => {
        const point = appetiteVerdict([{ loss, probability }], Float64Array.from(losses).sort()).points[0]!;
        expect(point.within).toBe(point.lossExcess <= 0);
      }),
    );
  });
});

describe('risk appetite verdicts at the boundary', () => {
  const everyYear = (loss: number, appetite: { loss: number; probability: number }[]) =>
    runScenario(valid({ ...forensicsOnly(loss, []), controls: undefined, appetite }), { trials: 200, seed: 1 }).appetite!;

  it('is within when the chance equals the tolerance, and beyond just past it', () => {
    // Every year costs exactly 1,000,000.
    const verdict = everyYear(1_000_000, [
      { loss: 1_000_000, probability: 0 },
      { loss: 999_999, probability: 1 },
    ]);
    expect(verdict.within).toBe(true);
    expect(verdict.points.map((point) => point.simulatedProbability)).toEqual([1, 0]);
    expect(verdict.points.map((point) => point.within)).toEqual([true, true]);
    const beyond = everyYear(1_000_000, [{ loss: 999_999, probability: 0.99 }]);
    expect(beyond.within).toBe(false);
    expect(beyond.points[0]?.probabilityExcess).toBeCloseTo(0.01, 12);
    expect(beyond.points[0]?.lossExcess).toBe(1);
  });
});

describe('docs/controls.md', () => {
  it('states every default effect range of the library, in the row of its control', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/controls.md', 'utf8');
    const two = (x: number) => (x === 1 ? '1' : x.toFixed(2));
    for (const control of CONTROL_LIBRARY) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${control.label.replace('Phishing and security awareness training', 'Phishing and awareness training')} |`));
      expect(row, control.label).toBeDefined();
      const specs = [...Object.values(control.effects.frequency ?? {}), ...EFFECT_TARGETS.filter((t) => t !== 'frequency').map((t) => control.effects[t as 'outageDays'])];
      for (const spec of specs) {
        if (!spec) continue;
        expect(row, control.label).toContain(`${two(spec.low)} / ${two(spec.mode)} / ${two(spec.high)}`);
      }
    }
  });
});
