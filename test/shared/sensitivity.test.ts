/**
 * What drives the loss: the uncertain inputs of a plan, the tornado (exact swings from constant
 * stand-ins, common random numbers, order), rank correlations (aligned with the incidents that
 * drew each input) and the top-three sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { parseScenario } from '../../shared/scenario/parse';
import { buildPlan } from '../../shared/model/plan';
import { simulate, SimulationCancelled } from '../../shared/engine/simulate';
import { RunTooLargeError } from '../../shared/engine/runScenario';
import { findPreset } from '../../shared/presets/index';
import { fixInput, uncertainInputs } from '../../shared/sensitivity/inputs';
import { analysePlan, analyseSensitivity, sensitivitySettings, TORNADO_TRIALS_CAP } from '../../shared/sensitivity/analyse';
import { averageRanks, spearman } from '../../shared/sensitivity/spearman';
import { probePlan, rankCorrelations, recordingPlan } from '../../shared/sensitivity/correlation';
import { topDriversSentence } from '../../shared/sensitivity/sentence';
import { formatInputValue } from '../../shared/sensitivity/inputValue';
import { lossPoint, type TornadoRow } from '../../shared/sensitivity/tornado';
import { formatMoney } from '../../shared/format/numbers';
import type { UniformSpec } from '../../shared/distributions/uncertain';

function valid(scenario: Scenario): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const uniform = (low: number, high: number): UniformSpec => ({ dist: 'uniform', low, high });

function base(threats: Scenario['threats'], extra: Partial<Scenario> = {}): Scenario {
  return valid({
    format: 'aftermath-scenario',
    version: 1,
    name: 'Constructed',
    currency: 'USD',
    organisation: { name: 'Org', sector: 'other', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: {} },
    threats,
    ...extra,
  });
}

/** One incident every year costing a big uniform loss plus a small one. */
function dominated(): Scenario {
  return base([
    {
      name: 'Outage',
      kind: 'custom',
      frequency: 1,
      occurrence: 'exact',
      customLosses: [
        { name: 'Small loss', category: 'detection', perEvent: uniform(1_000, 2_000) },
        { name: 'Big loss', category: 'recovery', perEvent: uniform(1_000_000, 3_000_000) },
      ],
    },
  ]);
}

/** Every response input certain except the cost per person notified. */
const CERTAIN_RESPONSE = {
  notificationCostPerPerson: uniform(1, 5),
  regulatorNotificationCost: 10_000,
  monitoringUptake: 0.1,
  monitoringCostPerPerson: 5,
  lawsuitProbability: 0,
  legalDefenceCost: 100_000,
  settlementPerPerson: 3,
  cardAssessmentPerCard: 50,
};

describe('uncertainInputs', () => {
  it('lists every uncertain input of the hospital once, in plain words, with the defaults the plan filled in', () => {
    const plan = buildPlan(findPreset('regional-hospital')!.scenario);
    const inputs = uncertainInputs(plan);
    const paths = inputs.map((input) => input.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('threats[0].frequency');
    expect(paths).toContain('threats[0].exposure.health');
    expect(paths).toContain('threats[0].disruption.outageDays');
    expect(paths).toContain('regulation.fineProbability');
    expect(paths).toContain('lostBusiness.abnormalChurn');
    for (const input of inputs) {
      expect(input.sampler.isConstant).toBe(false);
      expect(input.label).not.toBe(input.path);
    }
    const byPath = new Map(inputs.map((input) => [input.path, input]));
    expect(byPath.get('threats[0].disruption.outageDays')?.label).toBe('Ransomware: days systems are down');
    expect(byPath.get('threats[0].itRecovery')?.label).toBe('Ransomware: IT rebuild and data restoration');
    expect(byPath.get('response.notificationCostPerPerson')?.label).toBe('Cost to notify one person');
    expect(byPath.get('threats[0].frequency')?.scope).toBe('year');
    expect(byPath.get('threats[0].exposure.health')?.scope).toBe('incident');
  });

  it('includes a default the scenario leaves out, and leaves constants out', () => {
    const scenario = base([
      { name: 'Theft', kind: 'dataTheft', frequency: 0.5, exposure: { health: 0.2, personal: uniform(0.1, 0.3) } },
    ]);
    const withRecords = valid({ ...scenario, organisation: { ...scenario.organisation, records: { health: 1_000, personal: 1_000 } } });
    const inputs = uncertainInputs(buildPlan(withRecords));
    const paths = inputs.map((input) => input.path);
    // No response block: every response cost is the cited default PERT; no regulation, no lost business.
    expect(paths).toEqual([
      'threats[0].exposure.personal',
      'response.notificationCostPerPerson',
      'response.regulatorNotificationCost',
      'response.monitoringUptake',
      'response.monitoringCostPerPerson',
      'response.lawsuitProbability',
      'response.legalDefenceCost',
      'response.settlementPerPerson',
      'response.cardAssessmentPerCard',
    ]);
    const notification = inputs.find((input) => input.path === 'response.notificationCostPerPerson')!;
    expect([notification.sampler.low, notification.sampler.high]).toEqual([0.48, 15]);
    expect(notification.threats).toEqual([0]);
  });

  it('leaves out response inputs when no threat exposes records: no incident draws them', () => {
    expect(uncertainInputs(buildPlan(dominated())).map((input) => input.path)).toEqual([
      'threats[0].customLosses[0].perEvent',
      'threats[0].customLosses[1].perEvent',
    ]);
  });

  it('labels a custom loss with its threat and name, and reads a lognormal low and high as its 90% interval', () => {
    const scenario = base([
      { name: 'Outage', kind: 'custom', frequency: 1, customLosses: [{ name: 'Overtime', category: 'disruption', perEvent: { dist: 'lognormal', low: 10, high: 1_000 } }] },
    ]);
    const [input] = uncertainInputs(buildPlan(scenario));
    expect(input).toMatchObject({ path: 'threats[0].customLosses[0].perEvent', label: 'Outage: Overtime', unit: 'money' });
    expect([input!.sampler.low, input!.sampler.high]).toEqual([10, 1_000]);
  });

  it('fixes an input on a copy: the original plan and every other sampler are untouched', () => {
    const plan = buildPlan(findPreset('regional-hospital')!.scenario);
    const inputs = uncertainInputs(plan);
    const outage = inputs.find((input) => input.path === 'threats[0].disruption.outageDays')!;
    const fixed = fixInput(plan, outage, 10);
    expect(plan.threats[0]!.disruption!.outageDays).toBe(outage.sampler);
    expect(fixed.threats[0]!.disruption!.outageDays).toMatchObject({ isConstant: true, mean: 10 });
    expect(fixed.threats[0]!.disruption!.operationsLost).toBe(plan.threats[0]!.disruption!.operationsLost);
    expect(fixed.threats[1]).toBe(plan.threats[1]);
    expect(fixed.response).toBe(plan.response);
    // Every input can be replaced, and only its own sampler changes.
    for (const input of inputs) {
      const after = uncertainInputs(fixInput(plan, input, input.sampler.low));
      expect(after.map((other) => other.path)).toEqual(inputs.map((other) => other.path).filter((path) => path !== input.path));
      for (const other of after) expect(other.sampler).toBe(inputs.find((i) => i.path === other.path)!.sampler);
    }
  });
});

describe('the tornado', () => {
  it('puts the dominant input first with the exact swing of its constant stand-ins', () => {
    const result = analyseSensitivity(dominated(), { trials: 2_000, seed: 3 });
    const [first, second] = result.tornado;
    expect(first!.input).toBe('threats[0].customLosses[1].perEvent');
    expect(first!.label).toBe('Outage: Big loss');
    expect([first!.low, first!.high]).toEqual([1_000_000, 3_000_000]);
    // One incident a year: the year's loss is the big loss plus the small loss, drawn from the
    // same stream in both runs, so the means differ by exactly high - low.
    expect(first!.swing).toBeCloseTo(2_000_000, 4);
    expect(second!.input).toBe('threats[0].customLosses[0].perEvent');
    expect(second!.swing).toBeCloseTo(1_000, 6);
    expect(first!.highResult.mean - first!.lowResult.mean).toBeCloseTo(2_000_000, 4);
  });

  it('gives exactly the low and the high when the only uncertain input is fixed', () => {
    const scenario = base([{ name: 'Loss', kind: 'custom', frequency: 1, occurrence: 'exact', customLosses: [{ name: 'Loss', category: 'recovery', perEvent: uniform(100, 900) }] }]);
    const [row] = analyseSensitivity(scenario, { trials: 500, seed: 1 }).tornado;
    expect(row).toEqual({
      input: 'threats[0].customLosses[0].perEvent',
      label: 'Loss: Loss',
      low: 100,
      high: 900,
      swing: 800,
      lowResult: { mean: 100, p95: 100 },
      highResult: { mean: 900, p95: 900 },
    });
  });

  it('is sorted by swing, lists every input once, and matches a plain base run', () => {
    const scenario = findPreset('regional-hospital')!.scenario;
    const result = analyseSensitivity(scenario, { trials: 2_000 });
    const swings = result.tornado.map((row) => row.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const paths = uncertainInputs(buildPlan(scenario)).map((input) => input.path);
    expect(result.tornado.map((row) => row.input).sort()).toEqual([...paths].sort());
    expect(result.correlations.map((row) => row.input).sort()).toEqual([...paths].sort());
    expect(result.tornado[0]!.input).toBe('threats[0].frequency');
    for (const row of result.tornado) expect(row.swing).toBe(Math.abs(row.highResult.mean - row.lowResult.mean));
    // The recording base run simulates exactly as the plain plan does.
    expect(result.base).toEqual(lossPoint(simulate(buildPlan(scenario), { trials: 2_000, seed: 1 }).annualLoss));
  });

  it('leaves every other draw unchanged when one input is fixed (common random numbers)', () => {
    const scenario = base([
      { name: 'First', kind: 'custom', frequency: uniform(0.5, 2), customLosses: [{ name: 'A', category: 'recovery', perEvent: uniform(10, 20) }] },
      { name: 'Second', kind: 'custom', frequency: uniform(0.5, 2), customLosses: [{ name: 'B', category: 'recovery', perEvent: uniform(100, 200) }] },
    ]);
    const plan = buildPlan(scenario);
    const inputs = uncertainInputs(plan);
    const lossA = inputs.find((input) => input.path === 'threats[0].customLosses[0].perEvent')!;
    const before = simulate(plan, { trials: 3_000, seed: 9 });
    const after = simulate(fixInput(plan, lossA, lossA.sampler.low), { trials: 3_000, seed: 9 });
    const secondThreat = (run: typeof before) => run.eventLoss.filter((_, e) => run.eventThreat[e] === 1);
    expect(after.eventLoss.length).toBe(before.eventLoss.length);
    expect(secondThreat(after)).toEqual(secondThreat(before));
    expect(after.eventLoss.filter((_, e) => after.eventThreat[e] === 0).every((loss) => loss === 10)).toBe(true);
  });

  it('gives identical years, and a swing of exactly 0, for an input that does not enter the cost', () => {
    // Cards are assessed per card exposed; the organisation holds none.
    const scenario = valid({
      ...base([{ name: 'Theft', kind: 'dataTheft', frequency: uniform(0.5, 2), exposure: { health: uniform(0.1, 0.5) } }], {
        response: { ...CERTAIN_RESPONSE, cardAssessmentPerCard: uniform(1, 90) },
      }),
      organisation: { name: 'Org', sector: 'healthcare', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: { health: 5_000 } },
    });
    const plan = buildPlan(scenario);
    const cards = uncertainInputs(plan).find((input) => input.path === 'response.cardAssessmentPerCard')!;
    const before = simulate(plan, { trials: 2_000, seed: 4 }).annualLoss;
    const after = simulate(fixInput(plan, cards, cards.sampler.high), { trials: 2_000, seed: 4 }).annualLoss;
    expect(after).toEqual(before);
    const result = analysePlan(plan, { trials: 2_000, seed: 4 });
    const row = result.tornado.find((r) => r.input === 'response.cardAssessmentPerCard')!;
    expect(row.swing).toBe(0);
    expect(row.lowResult).toEqual(result.base);
    expect(row.highResult).toEqual(result.base);
  });

  it('defaults to min(the scenario years, 20,000) with the scenario seed', () => {
    const scenario = dominated();
    expect(sensitivitySettings(scenario)).toEqual({ trials: TORNADO_TRIALS_CAP, seed: 1 });
    expect(sensitivitySettings({ ...scenario, simulation: { trials: 5_000, seed: 12 } })).toEqual({ trials: 5_000, seed: 12 });
    expect(sensitivitySettings({ ...scenario, simulation: { trials: 1_000_000, seed: 12 } })).toEqual({ trials: 20_000, seed: 12 });
    expect(sensitivitySettings(scenario, { trials: 50_000, seed: 2 })).toEqual({ trials: 50_000, seed: 2 });
    const result = analyseSensitivity({ ...scenario, simulation: { trials: 300, seed: 5 } });
    expect([result.trials, result.seed, result.scenario, result.currency]).toEqual([300, 5, 'Constructed', 'USD']);
  });

  it('reports progress up to 1 and stops when asked', () => {
    const seen: number[] = [];
    analyseSensitivity(dominated(), { trials: 10_000, onProgress: (done) => seen.push(done) });
    // The base run and 2 per input, each in two chunks of years (no control thins incidents, so no probe run).
    expect(seen).toHaveLength(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    let asked = 0;
    expect(() => analyseSensitivity(dominated(), { trials: 10_000, shouldCancel: () => ++asked > 3 })).toThrow(SimulationCancelled);
    expect(asked).toBe(4);
  });

  it('refuses a run whose heaviest variant would hold too many incidents', () => {
    // At the mean (183 a year) 100,000 years fit the 20M-incident bound; at the high (365) they do not.
    const scenario = base([{ name: 'Often', kind: 'custom', frequency: uniform(1, 365), customLosses: [{ name: 'L', category: 'recovery', perEvent: 1 }] }]);
    expect(() => analyseSensitivity(scenario, { trials: 100_000 })).toThrow(RunTooLargeError);
  });
});

describe('rank correlations', () => {
  it('are in [-1, 1] and highest for the dominant input', () => {
    const { correlations } = analyseSensitivity(dominated(), { trials: 2_000 });
    expect(correlations.map((c) => c.input)).toEqual(['threats[0].customLosses[1].perEvent', 'threats[0].customLosses[0].perEvent']);
    const [big, small] = correlations.map((c) => c.rankCorrelation!);
    expect(big).toBeGreaterThan(0.99);
    expect(big).toBeLessThanOrEqual(1);
    expect(Math.abs(small!)).toBeLessThan(0.1);
    for (const c of analyseSensitivity(findPreset('regional-hospital')!.scenario, { trials: 2_000 }).correlations) {
      if (c.rankCorrelation !== null) expect(Math.abs(c.rankCorrelation)).toBeLessThanOrEqual(1);
    }
  });

  it('pair a shared input with the incidents that drew it, across threats and past one that does not', () => {
    // Incidents of the two exposing threats cost 500 people x the cost per person notified plus
    // constants, so their rank correlation is exactly 1 when each draw meets its own incident.
    const exposing = { kind: 'dataTheft' as const, exposure: { health: 0.5 } };
    const scenario = valid({
      ...base(
        [
          { name: 'Theft', frequency: 2, ...exposing },
          { name: 'Other', kind: 'custom', frequency: 1, customLosses: [{ name: 'C', category: 'recovery', perEvent: uniform(1, 1e6) }] },
          { name: 'Vendor', frequency: 1, ...exposing },
        ],
        { response: CERTAIN_RESPONSE },
      ),
      organisation: { name: 'Org', sector: 'healthcare', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: { health: 1_000 } },
    });
    const { correlations } = analyseSensitivity(scenario, { trials: 20_000 });
    const notification = correlations.find((c) => c.input === 'response.notificationCostPerPerson')!;
    expect(notification.rankCorrelation).toBeCloseTo(1, 12);
    expect(correlations.find((c) => c.input === 'threats[1].customLosses[0].perEvent')!.rankCorrelation).toBeCloseTo(1, 12);
  });

  it('rank a threat frequency against the year it feeds', () => {
    const scenario = base([
      { name: 'Often', kind: 'custom', frequency: uniform(0.1, 10), customLosses: [{ name: 'Fixed', category: 'recovery', perEvent: 1_000 }] },
    ]);
    const [frequency] = analyseSensitivity(scenario, { trials: 5_000 }).correlations;
    expect(frequency!.input).toBe('threats[0].frequency');
    expect(frequency!.rankCorrelation).toBeGreaterThan(0.8);
  });

  it('are null, never misaligned, when the probe did not keep the same incidents as the base run', () => {
    const plan = buildPlan(dominated());
    const inputs = uncertainInputs(plan);
    const recording = recordingPlan(plan, inputs);
    const base = simulate(recording.plan, { trials: 200, seed: 1 });
    const probe = probePlan(plan);
    const probeRun = simulate(probe.plan, { trials: 200, seed: 1 });
    const runs = { base, probe: probeRun, blocks: probe.blocks() };
    expect(rankCorrelations(runs, inputs, recording.draws()).map((c) => c.rankCorrelation)).not.toContain(null);
    const shifted = { ...runs, probe: { ...probeRun, eventTrial: probeRun.eventTrial.map((trial) => trial + 1) } };
    expect(rankCorrelations(shifted, inputs, recording.draws()).map((c) => c.rankCorrelation)).toEqual([null, null]);
    const short = inputs.map(() => new Float64Array(base.eventLoss.length - 1));
    expect(rankCorrelations(runs, inputs, short).map((c) => c.rankCorrelation)).toEqual([null, null]);
  });

  it('pair draws with incidents when controls in place thin a threat out after drawing for it', () => {
    // The same pairing as above, with multi-factor authentication in place halving the thefts
    // and cutting the custom threat: fewer incidents are kept than were drawn for.
    const exposing = { kind: 'dataTheft' as const, exposure: { health: 0.5 } };
    const scenario = valid({
      ...base(
        [
          { name: 'Theft', frequency: 2, ...exposing },
          { name: 'Other', kind: 'custom', frequency: 1, customLosses: [{ name: 'C', category: 'recovery', perEvent: uniform(1, 1e6) }] },
          { name: 'Vendor', frequency: 1, ...exposing },
        ],
        { response: CERTAIN_RESPONSE, controls: [{ id: 'mfa', status: 'inPlace', effects: { frequency: { dataTheft: 0.5, custom: 0.6 } } }] },
      ),
      organisation: { name: 'Org', sector: 'healthcare', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: { health: 1_000 } },
    });
    const plan = buildPlan(scenario);
    const probe = probePlan(plan);
    const kept = simulate(plan, { trials: 5_000, seed: 1 }).eventLoss.length;
    simulate(probe.plan, { trials: 5_000, seed: 1 });
    const drawn = probe.blocks().reduce((sum, block) => sum + block.count, 0);
    expect(kept).toBeLessThan(0.7 * drawn);
    const { correlations } = analyseSensitivity(scenario, { trials: 5_000 });
    expect(correlations.find((c) => c.input === 'response.notificationCostPerPerson')!.rankCorrelation).toBeCloseTo(1, 12);
    expect(correlations.find((c) => c.input === 'threats[1].customLosses[0].perEvent')!.rankCorrelation).toBeCloseTo(1, 12);
  });

  it('average tied ranks and give null when a side never varies', () => {
    expect(Array.from(averageRanks([10, 0, 0, 5]))).toEqual([4, 1.5, 1.5, 3]);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
    // Ranks (1.5, 1.5, 3, 4) and (1, 2.5, 2.5, 4) about their mean 2.5: (-1, -1, 0.5, 1.5) and
    // (-1.5, 0, 0, 1.5), so rho = 3.75 / sqrt(4.5 x 4.5).
    expect(spearman([1, 1, 2, 3], [0, 1, 1, 2])).toBeCloseTo(3.75 / 4.5, 12);
  });
});

describe('the top three drivers in words', () => {
  const row = (label: string, lowMean: number, highMean: number): TornadoRow => ({
    input: label,
    label,
    low: 0,
    high: 1,
    swing: Math.abs(highMean - lowMean),
    lowResult: { mean: lowMean, p95: 0 },
    highResult: { mean: highMean, p95: 0 },
  });
  const money = (value: number): string => formatMoney(value, 'USD', 'en-US', 'compact');

  it('names the largest with its range, then the next two', () => {
    const rows = [row('Ransomware: events a year', 550_000, 3_510_000), row('Ransomware: days systems are down', 1_050_000, 2_510_000), row('Cost to notify one person', 1.4e6, 1.7e6), row('Fourth', 1, 2)];
    expect(topDriversSentence(rows, money)).toBe(
      'What moves the expected annual loss most: Ransomware: events a year (from $550K to $3.51M), then Ransomware: days systems are down, then Cost to notify one person.',
    );
  });

  it('names only inputs that move the loss', () => {
    expect(topDriversSentence([row('Only', 2_000, 1_000), row('Still', 5, 5)], money)).toBe('What moves the expected annual loss most: Only (from $2K to $1K).');
    expect(topDriversSentence([row('Still', 5, 5)], money)).toBe('None of the uncertain inputs moves the expected annual loss.');
    expect(topDriversSentence([], money)).toBe('No input is uncertain, so nothing moves the expected annual loss.');
  });

  it('writes input values by unit', () => {
    expect(formatInputValue(0.48, 'moneyPerPerson', 'USD', 'en-US')).toBe('$0.48 per person');
    expect(formatInputValue(550_000, 'money', 'GBP', 'en-US')).toBe('£550K');
    expect(formatInputValue(0.035, 'share', 'USD', 'en-US')).toBe('3.5%');
    expect(formatInputValue(45, 'days', 'USD', 'en-US')).toBe('45 days');
    expect(formatInputValue(0.02, 'eventsPerYear', 'USD', 'en-US')).toBe('0.02 a year');
    expect(formatInputValue(50_000, 'moneyPerDay', 'USD', 'en-US')).toBe('$50K a day');
  });
});
