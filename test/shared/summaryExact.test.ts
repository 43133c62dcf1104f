/**
 * The fast summaries give the very bits the straightforward ones gave: every figure of every
 * preset at several seeds and sizes, against the frozen reference in summaryReference/ (full
 * sorts, one pass per figure), compared with Object.is; and the same on runs doctored to reach
 * the rare paths (ties at the worst-10% threshold, NaN, -0 and negative losses).
 *
 * One exception, on purpose: the insurance summary adds its means up as sums over the years with
 * a loss to the tower (its reference keeps Welford's running means over every year), so its
 * figures are held to within 1e-12 of the reference's (relative; the coverage gap's near-zero
 * reasons relative to the whole gap). Its counts, order statistics and curves are whole numbers
 * or values read off the years, so the same bound holds them exactly.
 */
import { describe, expect, it } from 'vitest';
import { appetiteVerdict } from '../../shared/appetite/verdict';
import { runScenario } from '../../shared/engine/runScenario';
import type { SimulationRun } from '../../shared/engine/run';
import { simulate } from '../../shared/engine/simulate';
import { summarise } from '../../shared/engine/summary';
import { summariseInsurance } from '../../shared/insurance/summary';
import { buildPlan, type ModelPlan } from '../../shared/model/plan';
import { PRESETS } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { sortedCopy } from '../../shared/stats/quantiles';
import { hospitalWithControls } from './exportFixtures';
import { summariseInsurance as referenceInsurance } from './summaryReference/insuranceSummary';
import { sortedCopy as referenceSortedCopy } from './summaryReference/quantiles';
import { summarise as referenceSummarise } from './summaryReference/summary';

/** Whether two numbers found at `path` agree. */
type Agree = (path: string, actual: number, expected: number) => boolean;

/** Numbers compared with Object.is (so -0 is not 0, NaN is NaN). */
const bitForBit: Agree = (_path, actual, expected) => Object.is(actual, expected);

/**
 * Insurance figures within 1e-12 of the reference's (see the header), the gap's reasons within
 * 1e-12 of `gapScale`; every other figure bit for bit.
 */
function insuranceWithin(gapScale: number): Agree {
  return (path, actual, expected) => {
    if (Object.is(actual, expected)) return true;
    if (!path.includes('.insurance.')) return false;
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), path.includes('.gap.') ? gapScale : 0);
  };
}

/** Every place where two results differ, by path, keys in order. */
export function differences(actual: unknown, expected: unknown, path = '$', agree: Agree = bitForBit): string[] {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && agree(path, actual, expected) ? [] : [`${path}: ${String(actual)} instead of ${expected}`];
  }
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected) ? [] : [`${path}: ${String(actual)} instead of ${String(expected)}`];
  if (actual === null || typeof actual !== 'object') return [`${path}: ${String(actual)} instead of an object`];
  if (ArrayBuffer.isView(expected) || Array.isArray(expected)) {
    const a = Array.from(actual as ArrayLike<unknown>);
    const e = Array.from(expected as ArrayLike<unknown>);
    if (a.length !== e.length) return [`${path}: length ${a.length} instead of ${e.length}`];
    return e.flatMap((value, i) => differences(a[i], value, `${path}[${i}]`, agree));
  }
  // Keys in the same order too: the CLI prints the result as JSON, and must print the same bytes.
  const actualKeys = Object.keys(actual);
  const expectedKeys = Object.keys(expected);
  if (actualKeys.join() !== expectedKeys.join()) return [`${path}: keys ${actualKeys.join()} instead of ${expectedKeys.join()}`];
  return expectedKeys.flatMap((key) => differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`, agree));
}

const THRESHOLDS = [0, 1, 50_000, 1_000_000, 1e7, 1e12];

/** What runScenario summarises, the fast way and the reference way, on one simulated run (with every event's categories: the reference reads them event by event). */
function bothWays(run: SimulationRun, plan: ModelPlan): { fast: unknown; reference: Readonly<Record<string, unknown>> & { insurance: ReturnType<typeof referenceInsurance> | null } } {
  const sorted = sortedCopy(run.annualLoss);
  const fast = summarise(run, plan, { thresholds: THRESHOLDS }, sorted);
  const referenceSorted = referenceSortedCopy(run.annualLoss);
  const reference = referenceSummarise(run, plan, { thresholds: THRESHOLDS }, referenceSorted);
  const curve = reference.exceedance.map((point) => point.loss);
  const insurance = plan.insurance && run.insurance;
  return {
    fast: { sorted, summary: fast, insurance: insurance ? summariseInsurance(plan.insurance, run.insurance, run.annualLoss, sorted, curve) : null },
    reference: {
      sorted: referenceSorted,
      summary: reference,
      insurance: insurance ? referenceInsurance(plan.insurance, run.insurance, run.annualLoss, referenceSorted, curve) : null,
    },
  };
}

/** The whole coverage gap and recovery of a reference insurance summary (about the mean gross loss): the scale of its near-zero gap reasons. */
function gapScale(insurance: Readonly<{ gap: Readonly<Record<string, number>>; expectedRecovery: number }> | null): number {
  if (!insurance) return 0;
  return Object.values(insurance.gap).reduce((sum, value) => sum + Math.abs(value), Math.abs(insurance.expectedRecovery));
}

function expectSame(run: SimulationRun, plan: ModelPlan): void {
  const { fast, reference } = bothWays(run, plan);
  expect(differences(fast, reference, '$', insuranceWithin(gapScale(reference.insurance)))).toEqual([]);
}

/** A copy of the run with its losses replaced; the rest (events' categories, totals) as simulated. */
function withLosses(run: SimulationRun, change: Readonly<{ annualLoss?: Float64Array; eventLoss?: Float64Array; towerLoss?: Float64Array }>): SimulationRun {
  return {
    ...run,
    annualLoss: change.annualLoss ?? run.annualLoss,
    eventLoss: change.eventLoss ?? run.eventLoss,
    insurance: run.insurance && change.towerLoss ? { ...run.insurance, towerLoss: change.towerLoss } : run.insurance,
  };
}

describe('every summary figure is bit-identical to the straightforward implementation', () => {
  // Sizes on both sides of the radix sort's minimum (4,096 values), so both sorts are checked.
  const cases = PRESETS.flatMap((preset) =>
    [
      { seed: 1, trials: 20_000 },
      { seed: 7, trials: 3_001 },
      { seed: 2024, trials: 12_345 },
    ].map(({ seed, trials }) => ({ name: `${preset.id}, seed ${seed}, ${trials} years`, scenario: preset.scenario, seed, trials })),
  );

  it.each(cases)('$name', ({ scenario, seed, trials }) => {
    const plan = buildPlan(scenario);
    expectSame(simulate(plan, { trials, seed, eventCategories: 'all' }), plan);
  });

  it.each(PRESETS.slice(0, 4).map((preset) => [preset.id, preset.scenario] as const))(
    '%s: the same when the run kept the categories of the worst years only',
    (_id, scenario) => {
      const plan = buildPlan(scenario);
      const options = { trials: 30_000, seed: 9 };
      const tailOnly = simulate(plan, { ...options, eventCategories: 'worstYears' });
      const every = simulate(plan, { ...options, eventCategories: 'all' });
      expect(tailOnly.tailEvents.trial.length).toBeLessThan(every.tailEvents.trial.length);
      const fast = summarise(tailOnly, plan, { thresholds: THRESHOLDS }, sortedCopy(tailOnly.annualLoss));
      const reference = referenceSummarise(every, plan, { thresholds: THRESHOLDS }, referenceSortedCopy(every.annualLoss));
      expect(differences(fast, reference)).toEqual([]);
    },
  );

  it('runScenario as a whole, with appetite and insurance, at 60,000 years', () => {
    for (const scenario of [PRESETS[0]!.scenario, hospitalWithControls] as Scenario[]) {
      const options = { trials: 60_000, seed: 3, thresholds: THRESHOLDS, analyseControls: false };
      const result = runScenario(scenario, options);
      const plan = buildPlan(scenario);
      // Every event's categories for the reference, which reads them event by event.
      const run = simulate(plan, { ...options, eventCategories: 'all' });
      const sorted = referenceSortedCopy(run.annualLoss);
      const summary = referenceSummarise(run, plan, { thresholds: THRESHOLDS }, sorted);
      const insurance =
        plan.insurance && run.insurance ? referenceInsurance(plan.insurance, run.insurance, run.annualLoss, sorted, summary.exceedance.map((point) => point.loss)) : null;
      const appetite = scenario.appetite ? appetiteVerdict(scenario.appetite, sorted) : null;
      const expected: Record<string, unknown> = { ...summary, insurance, appetite };
      const figures = Object.fromEntries(Object.entries(result).filter(([key]) => key in expected));
      const inResultOrder = Object.fromEntries(Object.keys(figures).map((key) => [key, expected[key]]));
      expect(Object.keys(figures).sort()).toEqual(Object.keys(expected).sort());
      expect(differences(figures, inResultOrder, '$', insuranceWithin(gapScale(insurance)))).toEqual([]);
    }
  });
});

describe('the rare paths are bit-identical too', () => {
  const plan = buildPlan(PRESETS[0]!.scenario);
  const run = simulate(plan, { trials: 20_000, seed: 5, eventCategories: 'all' });

  it('many years tied at the worst-10% threshold (losses rounded to millions)', () => {
    const rounded = run.annualLoss.map((loss) => Math.round(loss / 1e6) * 1e6);
    expectSame(withLosses(run, { annualLoss: rounded }), plan);
  });

  it('more than 90% of years without loss: the threshold is a tied zero', () => {
    const sparse = run.annualLoss.map((loss, i) => (i % 13 === 0 ? loss : 0));
    expectSame(withLosses(run, { annualLoss: sparse, towerLoss: sparse }), plan);
  });

  it('NaN among the annual, event and tower losses', () => {
    const poisoned = (values: Float64Array, every: number) => values.map((value, i) => (i % every === 3 ? NaN : value));
    expectSame(withLosses(run, { annualLoss: poisoned(run.annualLoss, 4_001), eventLoss: poisoned(run.eventLoss, 997), towerLoss: poisoned(run.insurance!.towerLoss, 1_999) }), plan);
  });

  it('-0 and negative losses', () => {
    const signed = (values: Float64Array) => values.map((value, i) => (i % 11 === 0 ? -0 : i % 17 === 0 ? -value : value));
    expectSame(withLosses(run, { annualLoss: signed(run.annualLoss), eventLoss: signed(run.eventLoss), towerLoss: signed(run.insurance!.towerLoss) }), plan);
  });

  it('every event loss the same, and no events at all', () => {
    expectSame(withLosses(run, { eventLoss: run.eventLoss.map(() => 123_456.5) }), plan);
    const none: SimulationRun = {
      ...run,
      eventLoss: new Float64Array(0),
      eventTrial: new Int32Array(0),
      eventThreat: new Uint8Array(0),
      eventCategoryLoss: new Float64Array(0),
      tailEvents: { fromLoss: 0, trial: new Int32Array(0), categoryLoss: new Float64Array(0) },
    };
    expectSame(none, plan);
  });
});
