/** The Monte Carlo engine: exact answers from constant stand-ins, invariants, reproducibility. */
import { describe, expect, it } from 'vitest';
import reference from '../fixtures/reference-values.json';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { runScenario } from '../../shared/engine/runScenario';
import { deterministicEstimate } from '../../shared/engine/deterministic';
import { annualCategoryLoss } from '../../shared/engine/run';
import { CATEGORY_IDS, COST_LINE_IDS } from '../../shared/model/categories';
import { lognormalShape } from '../../shared/distributions/lognormal';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import type { Scenario } from '../../shared/scenario/schemaV1';
import type { UncertainInput } from '../../shared/distributions/uncertain';
import { CONSTANT_EVENT_LINES, CONSTANT_EVENT_TOTAL, constantScenario } from './fixtures';
import { K_STANDARD_ERRORS } from './statistics';

describe('engine on an all-constant scenario', () => {
  const scenario = constantScenario();
  const plan = buildPlan(scenario);
  const run = simulate(plan, { trials: 20_000, seed: 5 });

  it('costs every event exactly the hand-worked total', () => {
    expect(run.eventLoss.length).toBeGreaterThan(15_000);
    for (const loss of run.eventLoss) expect(loss).toBeCloseTo(CONSTANT_EVENT_TOTAL, 6);
  });

  it('makes each year cost exactly (events that year) x (cost of one event)', () => {
    let events = 0;
    for (const annual of run.annualLoss) {
      const k = Math.round(annual / CONSTANT_EVENT_TOTAL);
      expect(annual).toBeCloseTo(k * CONSTANT_EVENT_TOTAL, 4);
      events += k;
    }
    expect(events).toBe(run.eventLoss.length);
  });

  it('splits cost into lines exactly as worked by hand', () => {
    const events = run.eventLoss.length;
    COST_LINE_IDS.forEach((id, l) => {
      expect(run.lineTotals[l]! / events).toBeCloseTo(CONSTANT_EVENT_LINES[id], 6);
    });
  });

  it('gives the same figure in the deterministic estimate (frequency 1 x one event)', () => {
    expect(deterministicEstimate(plan).annualLoss).toBeCloseTo(CONSTANT_EVENT_TOTAL, 6);
  });

  it('counts cancelled care: 100 appointments and 10 procedures a day x 2.4 lost operating days', () => {
    const perEvent = run.impactTotals[2]! / run.eventLoss.length;
    expect(perEvent).toBeCloseTo(240, 9);
    expect(run.impactTotals[3]! / run.eventLoss.length).toBeCloseTo(24, 9);
  });

  it('caps a GDPR fine at the higher of the fixed cap and 2% (lower tier) or 4% (upper tier) of turnover', () => {
    const gdpr = (gdprTier: 'lower' | 'upper'): Scenario => ({
      ...scenario,
      currency: 'EUR',
      organisation: { ...scenario.organisation, annualRevenue: 1_000_000_000 },
      regulation: { regime: 'gdpr', fineProbability: 1, fineIfImposed: 90_000_000, gdprTier },
    });
    expect(buildPlan(gdpr('lower')).fines?.cap).toBe(20_000_000);
    const upperPlan = buildPlan(gdpr('upper'));
    expect(upperPlan.fines?.cap).toBe(40_000_000);
    const result = simulate(upperPlan, { trials: 200, seed: 1 });
    const fines = result.lineTotals[COST_LINE_IDS.indexOf('regulatoryFines')]!;
    expect(fines / result.eventLoss.length).toBeCloseTo(40_000_000, 6);
    const small = { ...gdpr('lower'), organisation: { ...scenario.organisation, annualRevenue: 1_000_000 } };
    expect(buildPlan(small).fines?.cap).toBe(10_000_000);
  });

  it('caps a HIPAA fine by tier, cap basis and provisions violated (2026 amounts)', () => {
    const hipaa = (extra: Partial<NonNullable<Scenario['regulation']>>): number =>
      buildPlan({ ...scenario, regulation: { regime: 'hipaa', ...extra } }).fines!.cap;
    expect(hipaa({ hipaaTier: 1, provisionsViolated: 1 })).toBe(36_505.5);
    expect(hipaa({ hipaaTier: 2, provisionsViolated: 1 })).toBe(146_053);
    expect(hipaa({ hipaaTier: 3, provisionsViolated: 2 })).toBe(730_104);
    expect(hipaa({ hipaaTier: 1, hipaaCapBasis: 'statutory', provisionsViolated: 1 })).toBe(2_190_294);
    expect(hipaa({})).toBe(146_053 * 3); // defaults: tier 2, enforcement discretion, 3 provisions
  });
});

describe('engine invariants on the regional hospital', () => {
  const plan = buildPlan(regionalHospital.scenario);
  const run = simulate(plan, { trials: 20_000, seed: 3 });

  it('category totals add up to the annual total in every trial', () => {
    const byCategory = annualCategoryLoss(run, CATEGORY_IDS.length);
    for (let i = 0; i < run.trials; i += 1) {
      let sum = 0;
      for (let c = 0; c < CATEGORY_IDS.length; c += 1) sum += byCategory[c]![i]!;
      expect(Math.abs(sum - run.annualLoss[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, run.annualLoss[i]!));
    }
  });

  it('gives identical numbers for the same seed and different numbers for another', () => {
    const again = simulate(plan, { trials: 20_000, seed: 3 });
    expect(Buffer.from(again.annualLoss.buffer).equals(Buffer.from(run.annualLoss.buffer))).toBe(true);
    const other = simulate(plan, { trials: 20_000, seed: 4 });
    expect(Buffer.from(other.annualLoss.buffer).equals(Buffer.from(run.annualLoss.buffer))).toBe(false);
  });

  it('keeps the first trials identical when more trials are run (streams are per chunk)', () => {
    const short = simulate(plan, { trials: 10_000, seed: 3 });
    expect(Array.from(short.annualLoss)).toEqual(Array.from(run.annualLoss.subarray(0, 10_000)));
  });

  it('reports progress after each chunk and ends at 1', () => {
    const seen: number[] = [];
    simulate(plan, { trials: 20_000, seed: 1, onProgress: (done) => seen.push(done) });
    expect(seen.length).toBe(3);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('stops when asked to cancel', () => {
    expect(() => simulate(plan, { trials: 100_000, seed: 1, shouldCancel: () => true })).toThrow(/cancelled/);
  });
});

/** A custom-loss scenario: Poisson rate x a single stated loss per event, as riskquant models it. */
function frequencyTimesLoss(frequency: UncertainInput, perEvent: UncertainInput): Scenario {
  return {
    format: 'aftermath-scenario',
    version: 1,
    name: 'riskquant',
    currency: 'USD',
    organisation: { name: 'Org', sector: 'other', region: 'other', annualRevenue: 0, operatingDaysPerYear: 250, records: {} },
    threats: [{ name: 'Loss', kind: 'custom', frequency, customLosses: [{ name: 'Loss', category: 'recovery', perEvent }] }],
  };
}

describe("riskquant's closed-form annualised losses", () => {
  const rq = reference.riskquant_closed_form;
  const cases = [
    { name: 'simpleloss_0p1_1_10', rate: 0.1, low: 1, high: 10, expected: rq.simpleloss_0p1_1_10 },
    { name: 'simpleloss_3_1_10', rate: 3, low: 1, high: 10, expected: rq.simpleloss_3_1_10 },
    { name: 'simpleloss_0p1_100k_1M', rate: 0.1, low: 100_000, high: 1_000_000, expected: rq.simpleloss_0p1_100k_1M },
  ];
  it.each(cases)('$name: rate x lognormal mean, within 4.5 standard errors', ({ rate, low, high, expected }) => {
    const trials = 400_000;
    const result = runScenario(frequencyTimesLoss(rate, { dist: 'lognormal', low, high }), { trials, seed: 17 });
    const { mu, sigma } = lognormalShape(low, high);
    // Compound Poisson: Var(annual) = rate x E[X^2], E[X^2] = exp(2 mu + 2 sigma^2)
    const sd = Math.sqrt(rate * Math.exp(2 * mu + 2 * sigma * sigma));
    expect(Math.abs(result.annualLoss.mean - expected)).toBeLessThanOrEqual((K_STANDARD_ERRORS * sd) / Math.sqrt(trials));
  });

  it('pertloss_mode0p3_1_10: an uncertain PERT rate with mean 0.3 gives 0.3 x the lognormal mean', () => {
    const trials = 400_000;
    const result = runScenario(frequencyTimesLoss({ dist: 'pert', low: 0, mode: 0.3, high: 0.6 }, { dist: 'lognormal', low: 1, high: 10 }), {
      trials,
      seed: 19,
    });
    const { mu, sigma } = lognormalShape(1, 10);
    const secondMoment = Math.exp(2 * mu + 2 * sigma * sigma);
    // Var = E[rate] E[X^2] + Var(rate) E[X]^2; Var(PERT(0, 0.3, 0.6)) = 0.6^2 x 3 x 3 / (36 x 7)
    const mean = Math.exp(mu + (sigma * sigma) / 2);
    const sd = Math.sqrt(0.3 * secondMoment + ((0.36 * 9) / (36 * 7)) * mean * mean);
    expect(Math.abs(result.annualLoss.mean - rq.pertloss_mode0p3_1_10)).toBeLessThanOrEqual((K_STANDARD_ERRORS * sd) / Math.sqrt(trials));
  });
});

describe('summary statistics', () => {
  const result = runScenario(regionalHospital.scenario, { trials: 20_000, seed: 1, thresholds: [1e6, 1e7, 1e8] });

  it('orders its percentiles and tail measures', () => {
    const a = result.annualLoss;
    const ordered = [a.p50, a.p75, a.p90, a.p95, a.p99, a.p995, a.max];
    for (let i = 1; i < ordered.length; i += 1) expect(ordered[i]).toBeGreaterThanOrEqual(ordered[i - 1]!);
    expect(a.tvar95).toBeGreaterThanOrEqual(a.var95);
    expect(a.tvar99).toBeGreaterThanOrEqual(a.var99);
    expect(a.var95).toBe(a.p95);
  });

  it('draws an exceedance curve of at least 100 log-spaced, non-increasing points', () => {
    expect(result.exceedance.length).toBeGreaterThanOrEqual(100);
    for (let i = 1; i < result.exceedance.length; i += 1) {
      expect(result.exceedance[i]!.loss).toBeGreaterThan(result.exceedance[i - 1]!.loss);
      expect(result.exceedance[i]!.probability).toBeLessThanOrEqual(result.exceedance[i - 1]!.probability);
    }
  });

  it('agrees with itself: exceedance at the P95 loss is about 5%, at thresholds non-increasing', () => {
    expect(result.exceedanceAt.map((point) => point.loss)).toEqual([1e6, 1e7, 1e8]);
    expect(result.exceedanceAt[0]!.probability).toBeGreaterThanOrEqual(result.exceedanceAt[1]!.probability);
    expect(result.exceedanceAt[1]!.probability).toBeGreaterThanOrEqual(result.exceedanceAt[2]!.probability);
  });

  it('category shares add to 1 and the worst 10% of years cost more than the average', () => {
    const shares = CATEGORY_IDS.reduce((sum, id) => sum + result.categories[id].share, 0);
    expect(shares).toBeCloseTo(1, 9);
    for (const id of CATEGORY_IDS) expect(result.categories[id].meanInWorst10).toBeGreaterThanOrEqual(result.categories[id].mean);
  });

  it('spreads each category over the timeline without losing any of it', () => {
    const timelineTotal = result.timeline.reduce((sum, entry) => sum + entry.total, 0);
    expect(timelineTotal).toBeCloseTo(result.annualLoss.mean, 0);
  });
});

describe('tail value at risk', () => {
  it('averages exactly the worst 1% of years: with 100 years, TVaR 99 is the worst year', async () => {
    const { tailMeanSorted } = await import('../../shared/stats/quantiles');
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(tailMeanSorted(sorted, 0.99)).toBe(100);
    expect(tailMeanSorted(sorted, 0.95)).toBe((96 + 97 + 98 + 99 + 100) / 5);
    const thousand = Float64Array.from({ length: 100_000 }, (_, i) => i);
    expect(tailMeanSorted(thousand, 0.99)).toBe((99_000 + 99_999) / 2);
  });
});
