/**
 * Invariants of the model over generated scenarios (fast-check): valid scenarios parse; every
 * output is finite and non-negative; percentiles rise; the exceedance curve falls; categories add
 * up in every trial; more records exposed never lowers cost; a seed gives identical results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../shared/scenario/parse';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { runScenario, type ScenarioResult } from '../../shared/engine/runScenario';
import { annualCategoryLoss } from '../../shared/engine/run';
import { CATEGORY_IDS } from '../../shared/model/categories';
import { RECORD_TYPES } from '../../shared/model/vocabulary';
import type { Scenario } from '../../shared/scenario/schemaV1';
import { scenarioArb } from './arbitraries';

const TRIALS = 300;
const RUNS = { numRuns: 60 };

function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => allNumbers(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => allNumbers(item, out));
  return out;
}

function checkResult(result: ScenarioResult): void {
  for (const number of allNumbers(result)) {
    expect(Number.isFinite(number)).toBe(true);
    expect(number).toBeGreaterThanOrEqual(0);
  }
  const a = result.annualLoss;
  const percentiles = [a.p50, a.p75, a.p90, a.p95, a.p99, a.p995, a.max];
  for (let i = 1; i < percentiles.length; i += 1) expect(percentiles[i]).toBeGreaterThanOrEqual(percentiles[i - 1]!);
  expect(a.tvar95).toBeGreaterThanOrEqual(a.p95 * (1 - 1e-12));
  for (let i = 1; i < result.exceedance.length; i += 1) {
    expect(result.exceedance[i]!.probability).toBeLessThanOrEqual(result.exceedance[i - 1]!.probability);
  }
  for (const point of result.exceedance) expect(point.probability).toBeLessThanOrEqual(1);
  expect(result.probabilityOfAnyLoss).toBeLessThanOrEqual(1);
}

/** after >= before, up to rounding: 1e-12 relative, or a billionth of a currency unit. */
function expectNotLower(after: number, before: number): void {
  expect(after).toBeGreaterThanOrEqual(before - Math.max(1e-9, 1e-12 * before));
}

describe('properties over generated scenarios', () => {
  it('every generated scenario is valid', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const parsed = parseScenario(scenario);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('every output is finite and non-negative, percentiles rise and the exceedance curve falls', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 40 }), (scenario, seed) => {
        checkResult(runScenario(scenario, { trials: TRIALS, seed, thresholds: [0, 1e3, 1e6] }));
      }),
      RUNS,
    );
  });

  it('category totals add up to the annual total in every trial', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const run = simulate(buildPlan(scenario), { trials: TRIALS, seed: 1 });
        const byCategory = annualCategoryLoss(run, CATEGORY_IDS.length);
        for (let i = 0; i < TRIALS; i += 1) {
          let sum = 0;
          for (let c = 0; c < CATEGORY_IDS.length; c += 1) sum += byCategory[c]![i]!;
          expect(Math.abs(sum - run.annualLoss[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, run.annualLoss[i]!));
        }
      }),
      RUNS,
    );
  });

  it('gives identical results for the same seed', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1e9 }), (scenario, seed) => {
        expect(runScenario(scenario, { trials: TRIALS, seed })).toEqual(runScenario(scenario, { trials: TRIALS, seed }));
      }),
      { numRuns: 30 },
    );
  });

  it('more records held of every type never lowers any year’s cost', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100 }), (scenario, factor) => {
        // A whole-number factor keeps the share of people on record who are exposed unchanged.
        const records = Object.fromEntries(RECORD_TYPES.map((type) => [type, (scenario.organisation.records[type] ?? 0) * factor]));
        const bigger: Scenario = { ...scenario, organisation: { ...scenario.organisation, records: records as Scenario['organisation']['records'] } };
        const before = simulate(buildPlan(scenario), { trials: TRIALS, seed: 2 }).annualLoss;
        const after = simulate(buildPlan(bigger), { trials: TRIALS, seed: 2 }).annualLoss;
        for (let i = 0; i < TRIALS; i += 1) expectNotLower(after[i]!, before[i]!);
      }),
      RUNS,
    );
  });

  it('a larger share of any record type exposed never lowers any year’s cost', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...RECORD_TYPES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (scenario, type, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const withShare = (share: number): Scenario => ({
            ...scenario,
            threats: scenario.threats.map((threat) =>
              threat.kind === 'custom' ? threat : { ...threat, exposure: { ...threat.exposure, [type]: share } },
            ),
          });
          const before = simulate(buildPlan(withShare(low)), { trials: TRIALS, seed: 3 }).annualLoss;
          const after = simulate(buildPlan(withShare(high)), { trials: TRIALS, seed: 3 }).annualLoss;
          for (let i = 0; i < TRIALS; i += 1) expectNotLower(after[i]!, before[i]!);
        },
      ),
      RUNS,
    );
  });
});
