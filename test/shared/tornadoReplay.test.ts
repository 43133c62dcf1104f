/**
 * The fast tornado against the plain one it replaced (`reference: true`): every row, the base
 * point and every rank correlation bit for bit (toEqual tells -0 from +0 and compares numbers
 * exactly), over the presets, several seeds, controls in place, a threat that exposes no records,
 * exact occurrences and insurance. Then its parts, replayed draws and years rebuilt from some
 * threats' incidents, each against the plain way (P95 and ranks: sensitivityOrder.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { parseScenario } from '../../shared/scenario/parse';
import { buildPlan, type ModelPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { CHUNK_TRIALS } from '../../shared/engine/streams';
import { PRESETS, findPreset } from '../../shared/presets/index';
import { analyseSensitivity } from '../../shared/sensitivity/analyse';
import { fixInput, uncertainInputs } from '../../shared/sensitivity/inputs';
import { DrawCache } from '../../shared/sensitivity/replay';
import { ThreatYears, onlyThreats } from '../../shared/sensitivity/threatYears';
import { probePlan, recordingPlan, thinsIncidents, unthinnedProbe } from '../../shared/sensitivity/correlation';
import type { UniformSpec } from '../../shared/distributions/uncertain';

function valid(scenario: Scenario): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const uniform = (low: number, high: number): UniformSpec => ({ dist: 'uniform', low, high });
const hospital = (): Scenario => findPreset('regional-hospital')!.scenario;

/** Three threats: two expose health records, the middle one none (so response costs reach threats 0 and 2 only). */
function mixed(extra: Partial<Scenario> = {}): Scenario {
  const exposing = { kind: 'dataTheft' as const, exposure: { health: uniform(0.05, 0.5) } };
  return valid({
    format: 'aftermath-scenario',
    version: 1,
    name: 'Mixed',
    currency: 'USD',
    organisation: { name: 'Org', sector: 'healthcare', region: 'US', annualRevenue: 50_000_000, operatingDaysPerYear: 300, records: { health: 40_000 } },
    threats: [
      { name: 'Theft', frequency: uniform(0.2, 1.5), ...exposing, investigation: uniform(10_000, 90_000) },
      {
        name: 'Outage',
        kind: 'custom',
        frequency: 1,
        occurrence: 'exact',
        customLosses: [{ name: 'Overtime', category: 'disruption', perEvent: uniform(1_000, 50_000) }],
      },
      { name: 'Vendor', frequency: uniform(0.1, 0.8), ...exposing },
    ],
    regulation: { regime: 'hipaa' },
    lostBusiness: { customers: 20_000, lifetimeValue: uniform(200, 900) },
    ...extra,
  });
}

const fastAndReference = (scenario: Scenario, trials: number, seed: number) => ({
  fast: analyseSensitivity(scenario, { trials, seed }),
  reference: analyseSensitivity(scenario, { trials, seed, reference: true }),
});

describe('the fast tornado gives exactly the plain one', () => {
  it.each(PRESETS.map((preset) => [preset.id]))('%s: every row, the base and the correlations', (id) => {
    // A whole chunk of years and a part of one.
    const { fast, reference } = fastAndReference(findPreset(id)!.scenario, CHUNK_TRIALS + 300, 5);
    expect(fast).toEqual(reference);
    expect(fast.tornado.length).toBeGreaterThan(0);
  });

  it.each([
    [1, 12_000],
    [42, 2 * CHUNK_TRIALS],
    [123_456_789, 777],
  ])('the hospital with seed %i at %i years', (seed, trials) => {
    const { fast, reference } = fastAndReference(hospital(), trials, seed);
    expect(fast).toEqual(reference);
  });

  it('with controls in place that thin incidents and scale costs', () => {
    const controls: Scenario['controls'] = [
      { id: 'mfa', status: 'inPlace' },
      { id: 'edr', status: 'inPlace' },
      { id: 'immutable-backups', status: 'inPlace' },
    ];
    const withControls = valid({ ...hospital(), controls });
    expect(buildPlan(withControls).controls.length).toBe(3);
    const { fast, reference } = fastAndReference(withControls, 12_000, 3);
    expect(fast).toEqual(reference);
    // The controls changed the answer: this is not the plain hospital again.
    expect(fast.base).not.toEqual(analyseSensitivity(hospital(), { trials: 12_000, seed: 3 }).base);
  });

  it('when shared inputs reach only some threats, past one that exposes no records and happens every year', () => {
    const scenario = mixed({ controls: [{ id: 'mfa', status: 'inPlace', effects: { frequency: { dataTheft: 0.5, custom: 0.7 } } }] });
    const inputs = uncertainInputs(buildPlan(scenario));
    expect(inputs.find((input) => input.path === 'response.notificationCostPerPerson')!.threats).toEqual([0, 2]);
    expect(inputs.find((input) => input.path === 'lostBusiness.lifetimeValue')!.threats).toEqual([0, 1, 2]);
    for (const seed of [1, 9]) {
      const { fast, reference } = fastAndReference(scenario, 6_000, seed);
      expect(fast).toEqual(reference);
    }
  });

  it('leaves insurance out either way: the gross loss is what it measures', () => {
    const plan = buildPlan(hospital());
    expect(plan.insurance).not.toBeNull();
    const uninsured = valid({ ...hospital(), insurance: undefined });
    const fast = analyseSensitivity(hospital(), { trials: 6_000, seed: 2 });
    expect(fast).toEqual(analyseSensitivity(uninsured, { trials: 6_000, seed: 2, reference: true }));
  });

  it('still puts a dominant input first', () => {
    const scenario = mixed({
      threats: [
        ...mixed().threats.slice(0, 1),
        { name: 'Fraud', kind: 'custom', frequency: 1, occurrence: 'exact', customLosses: [{ name: 'Payment lost', category: 'recovery', perEvent: uniform(1e6, 5e7) }] },
        ...mixed().threats.slice(2),
      ],
    });
    const { fast, reference } = fastAndReference(scenario, 4_000, 4);
    expect(fast).toEqual(reference);
    expect(fast.tornado[0]!.input).toBe('threats[1].customLosses[0].perEvent');
    expect(fast.tornado[0]!.swing).toBeGreaterThan(10 * fast.tornado[1]!.swing);
  });

  it('reports progress up to 1, run by run, with the probe run only when controls thin incidents', () => {
    const seen = (scenario: Scenario, reference: boolean): number[] => {
      const done: number[] = [];
      analyseSensitivity(scenario, { trials: CHUNK_TRIALS + 100, seed: 1, reference, onProgress: (share) => done.push(share) });
      return done;
    };
    const thinned = mixed({ controls: [{ id: 'mfa', status: 'inPlace' }] });
    const inputs = uncertainInputs(buildPlan(mixed())).length;
    for (const [scenario, runs] of [
      [mixed(), 1 + 2 * inputs],
      [thinned, 2 + 2 * inputs],
    ] as const) {
      const fast = seen(scenario, false);
      expect(fast).toHaveLength(2 * runs);
      expect(fast).toEqual([...fast].sort((a, b) => a - b));
      expect(fast.at(-1)).toBe(1);
    }
    expect(seen(thinned, false)).toEqual(seen(thinned, true));
  });

  it('knows the probe run without running it when no control thins incidents', () => {
    const plan = { ...buildPlan(mixed({ controls: [{ id: 'immutable-backups', status: 'inPlace' }] })), insurance: null };
    expect(thinsIncidents(plan)).toBe(false);
    expect(thinsIncidents(buildPlan(mixed({ controls: [{ id: 'edr', status: 'inPlace' }] })))).toBe(true);
    const base = simulate(plan, { trials: 20_000, seed: 2 });
    const probe = probePlan(plan);
    const probeRun = simulate(probe.plan, { trials: 20_000, seed: 2 });
    const known = unthinnedProbe(base);
    expect(known.blocks).toEqual(probe.blocks());
    expect(known.probe.eventLoss).toEqual(probeRun.eventLoss);
    expect(known.probe.eventTrial).toEqual(probeRun.eventTrial);
    expect(known.probe.eventThreat).toEqual(probeRun.eventThreat);
    // And the analysis, which then skips the probe, matches the plain one, which runs it.
    const scenario = mixed({ controls: [{ id: 'immutable-backups', status: 'inPlace' }] });
    const { fast, reference } = fastAndReference(scenario, 5_000, 3);
    expect(fast).toEqual(reference);
  });
});

describe('replayed draws', () => {
  const trials = 9_000;
  const plan: ModelPlan = { ...buildPlan(hospital()), insurance: null };
  const inputs = uncertainInputs(plan);

  it('record exactly what the plain recorder records, in a run exactly like the plain one', () => {
    const cache = new DrawCache(plan, inputs, trials);
    const recording = cache.recording();
    const recorded = simulate(recording.plan, { trials, seed: 1 });
    const plain = recordingPlan(plan, inputs);
    const plainRun = simulate(plain.plan, { trials, seed: 1 });
    expect(recorded.annualLoss).toEqual(plainRun.annualLoss);
    expect(recorded.eventLoss).toEqual(plainRun.eventLoss);
    expect(recording.draws()).toEqual(plain.draws());
    expect(cache.consistent()).toBe(true);
  });

  it('give the run of a plan with one input fixed, for an input of each kind', () => {
    const cache = new DrawCache(plan, inputs, trials);
    simulate(cache.recording().plan, { trials, seed: 1 });
    for (const path of ['threats[0].frequency', 'threats[0].disruption.outageDays', 'threats[2].investigation', 'response.notificationCostPerPerson', 'lostBusiness.abnormalChurn']) {
      const input = inputs.find((candidate) => candidate.path === path)!;
      const fixed = fixInput(plan, input, input.sampler.high);
      const replayed = simulate(cache.marked(cache.replaying(fixed, input)), { trials, seed: 1 });
      const plain = simulate(fixed, { trials, seed: 1 });
      expect(replayed.annualLoss, path).toEqual(plain.annualLoss);
      expect(replayed.eventLoss, path).toEqual(plain.eventLoss);
    }
    expect(cache.consistent()).toBe(true);
  });

  it('say so when the engine draws out of the order they rely on', () => {
    const cache = new DrawCache(plan, inputs, trials);
    simulate(cache.recording().plan, { trials, seed: 1 });
    expect(cache.consistent()).toBe(true);
    // A run of more years than recorded asks for chunks the markers do not expect.
    const [input] = inputs;
    simulate(cache.marked(cache.replaying(plan, input!)), { trials: trials + CHUNK_TRIALS, seed: 1 });
    expect(cache.consistent()).toBe(false);
  });
});

describe('years rebuilt from some threats', () => {
  const plan: ModelPlan = { ...buildPlan(mixed()), insurance: null };
  const trials = 10_000;
  const base = simulate(plan, { trials, seed: 6 });
  const years = new ThreatYears(base, plan.threats.length);

  it('are the full run bit for bit, whichever threats are simulated again', () => {
    for (const kept of [[0], [1], [2], [0, 2], [1, 2]]) {
      const run = simulate(onlyThreats(plan, kept), { trials, seed: 6 });
      expect(run.eventThreat.every((t) => kept.includes(t))).toBe(true);
      expect(years.annualLoss(run, kept), kept.join()).toEqual(base.annualLoss);
    }
  });

  it("are the run's own years when it simulated every threat", () => {
    const run = simulate(onlyThreats(plan, [0, 1, 2]), { trials, seed: 6 });
    expect(years.annualLoss(run, [0, 1, 2])).toBe(run.annualLoss);
  });
});
