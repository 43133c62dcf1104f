/**
 * Invariants of the insurance programme over generated scenarios and programmes (fast-check):
 * recovery within bounds, retained + recovered = gross, the coverage gap adds up, more limit
 * never lowers recovery, a higher retention never raises it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { runScenario } from '../../shared/engine/runScenario';
import { parseScenario } from '../../shared/scenario/parse';
import { COVERAGE_KEYS } from '../../shared/scenario/insuranceSchema';
import { COST_LINE_CATEGORY } from '../../shared/model/categories';
import { towerRecovery } from '../../shared/insurance/tower';
import type { InsuranceInputs, Scenario } from '../../shared/scenario/schemaV1';
import { scenarioArb } from './arbitraries';
import { BucketLedger } from '../../shared/insurance/bucketLedger';
import { TotalsLedger } from '../../shared/insurance/totalsLedger';
import { createInsuranceLedger } from '../../shared/insurance/createLedger';
import { CATEGORY_COUNT, IMPACT, IMPACT_COUNT, LINE_COUNT } from '../../shared/engine/eventCost';
import { InsuranceLedger as ReferenceLedger } from './summaryReference/ledger';

const TRIALS = 200;
const RUNS = { numRuns: 40 };
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const layersArb = fc
  .tuple(double(0, 1e6), fc.array(double(1, 5e6), { minLength: 1, maxLength: 4 }))
  .map(([first, limits]) => {
    let attachment = first;
    return limits.map((limit, i) => {
      const layer = { name: `Layer ${i + 1}`, attachment, limit, premium: limit * 0.02 };
      attachment += limit;
      return layer;
    });
  });

/** A valid programme; `withAggregate` decides whether it may carry an annual aggregate retention. */
function programmeArb(withAggregate: boolean): fc.Arbitrary<InsuranceInputs> {
  return fc
    .record({
      retention: double(0, 1e6),
      aggregateExtra: withAggregate ? fc.option(double(0, 2e6), { nil: undefined }) : fc.constant(undefined),
      coinsurance: double(0, 1),
      waitingPeriodHours: double(0, 72),
      indemnityPeriodDays: fc.option(double(1, 365), { nil: undefined }),
      keys: fc.shuffledSubarray([...COVERAGE_KEYS], { maxLength: 6 }),
      sublimitValues: fc.array(double(1, 5e6), { minLength: 6, maxLength: 6 }),
      excludedCount: fc.integer({ min: 0, max: 3 }),
      layers: layersArb,
    })
    .map((parts) => {
      const excluded = parts.keys.slice(0, Math.min(parts.excludedCount, parts.keys.length));
      // A sublimit on a line whose category is excluded is refused (it could never apply).
      const sublimited = parts.keys.slice(excluded.length).filter((key) => {
        const category = (COST_LINE_CATEGORY as Record<string, string>)[key];
        return !category || !excluded.includes(category as never);
      });
      const sublimits = Object.fromEntries(sublimited.map((key, i) => [key, parts.sublimitValues[i] ?? 1]));
      return {
        retention: parts.retention,
        ...(parts.aggregateExtra !== undefined ? { annualAggregateRetention: parts.retention + parts.aggregateExtra } : {}),
        coinsurance: parts.coinsurance,
        waitingPeriodHours: parts.waitingPeriodHours,
        ...(parts.indemnityPeriodDays !== undefined ? { indemnityPeriodDays: parts.indemnityPeriodDays } : {}),
        sublimits,
        excluded,
        layers: parts.layers,
      };
    });
}

function valid(scenario: Scenario): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

/** Per-year gross loss and tower recovery for a scenario under a programme. */
function yearly(scenario: Scenario, programme: InsuranceInputs) {
  const plan = buildPlan(valid({ ...scenario, insurance: programme }));
  const run = simulate(plan, { trials: TRIALS, seed: 5 });
  const tower = run.insurance!.towerLoss;
  const recovered = Array.from(tower, (loss) => towerRecovery(loss, plan.insurance!.layers));
  return { gross: run.annualLoss, tower, recovered, layers: plan.insurance!.layers };
}

const slack = (x: number) => Math.max(1e-6, 1e-9 * Math.abs(x));

describe('insurance properties over generated scenarios and programmes', () => {
  it('every generated programme is valid', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), (scenario, programme) => {
        const parsed = parseScenario({ ...scenario, insurance: programme });
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the loss to the tower stays within the gross loss, and the tower pays within it and within every limit', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), (scenario, programme) => {
        const { gross, tower, recovered, layers } = yearly(scenario, programme);
        const totalLimit = layers.reduce((sum, layer) => sum + layer.limit, 0);
        for (let i = 0; i < TRIALS; i += 1) {
          const g = gross[i]!;
          expect(tower[i]).toBeGreaterThanOrEqual(0);
          expect(tower[i]).toBeLessThanOrEqual(g + slack(g));
          expect(recovered[i]).toBeLessThanOrEqual(tower[i]! + slack(g));
          expect(recovered[i]).toBeLessThanOrEqual(totalLimit + slack(totalLimit));
        }
      }),
      RUNS,
    );
  });

  it('in every single year, what is withheld plus the loss to the tower is exactly the gross loss', () => {
    // A run of one year makes the run's totals that year's figures, reason by reason.
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), fc.integer({ min: 0, max: 1_000 }), (scenario, programme, seed) => {
        const plan = buildPlan(valid({ ...scenario, insurance: programme }));
        const run = simulate(plan, { trials: 1, seed });
        const withheld = Array.from(run.insurance!.withheldTotals).reduce((sum, value) => sum + value, 0);
        const gross = run.annualLoss[0]!;
        for (const value of run.insurance!.withheldTotals) expect(value).toBeGreaterThanOrEqual(-slack(gross));
        expect(withheld + run.insurance!.towerLoss[0]!).toBeGreaterThanOrEqual(gross - Math.max(1e-6, 1e-9 * gross));
        expect(withheld + run.insurance!.towerLoss[0]!).toBeLessThanOrEqual(gross + Math.max(1e-6, 1e-9 * gross));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each year the same loss to the tower however the run is split into chunks', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), (scenario, programme) => {
        const plan = buildPlan(valid({ ...scenario, insurance: programme }));
        const long = simulate(plan, { trials: 9_000, seed: 4 }).insurance!.towerLoss;
        const short = simulate(plan, { trials: 8_300, seed: 4 }).insurance!.towerLoss;
        expect(Array.from(long.subarray(0, 8_300))).toEqual(Array.from(short));
      }),
      { numRuns: 8 },
    );
  });

  it('the summary’s coverage gap and recovery add up to the mean gross loss; every figure is finite and in range', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), (scenario, programme) => {
        const result = runScenario(valid({ ...scenario, insurance: programme }), { trials: TRIALS, seed: 9 });
        const insurance = result.insurance!;
        const gap = Object.values(insurance.gap).reduce((sum, value) => sum + value, 0);
        // Within a billionth of the mean: the two sides add the same amounts in different orders
        // (a fixed number of decimal places would ask for 1e-15 of a mean in the trillions).
        expect(Math.abs(gap + insurance.expectedRecovery - result.annualLoss.mean)).toBeLessThanOrEqual(slack(result.annualLoss.mean));
        for (const value of Object.values(insurance.gap)) expect(value).toBeGreaterThanOrEqual(-slack(result.annualLoss.mean));
        expect(insurance.probabilityOfClaim).toBeGreaterThanOrEqual(0);
        expect(insurance.probabilityOfClaim).toBeLessThanOrEqual(1);
        for (const layer of insurance.layers) {
          expect(layer.probabilityOfExhaustion).toBeLessThanOrEqual(layer.probabilityOfAttachment);
          expect(layer.expectedLoss).toBeLessThanOrEqual(layer.limit);
          expect(Number.isFinite(layer.technicalPremium)).toBe(true);
        }
        for (let i = 1; i < insurance.curves.length; i += 1) {
          expect(insurance.curves[i]!.insured).toBeLessThanOrEqual(insurance.curves[i - 1]!.insured);
          expect(insurance.curves[i]!.retained).toBeLessThanOrEqual(insurance.curves[i]!.gross);
        }
      }),
      RUNS,
    );
  });

  it('more limit never lowers recovery: a higher top layer or a higher sublimit', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), double(1, 1e7), fc.nat(), (scenario, programme, extra, pick) => {
        const base = yearly(scenario, programme);
        const layers = programme.layers.map((layer, i) => (i === programme.layers.length - 1 ? { ...layer, limit: layer.limit + extra } : layer));
        const higherTop = yearly(scenario, { ...programme, layers });
        const keys = Object.keys(programme.sublimits ?? {});
        const key = keys[pick % Math.max(1, keys.length)];
        const sublimits = key ? { ...programme.sublimits, [key]: (programme.sublimits as Record<string, number>)[key]! + extra } : programme.sublimits;
        const higherSublimit = yearly(scenario, { ...programme, ...(sublimits ? { sublimits } : {}) });
        for (let i = 0; i < TRIALS; i += 1) {
          expect(higherTop.recovered[i]).toBeGreaterThanOrEqual(base.recovered[i]! - slack(base.recovered[i]!));
          expect(higherSublimit.recovered[i]).toBeGreaterThanOrEqual(base.recovered[i]! - slack(base.recovered[i]!));
        }
      }),
      RUNS,
    );
  });

  it('a higher retention never raises recovery (programmes without an aggregate retention, or without sublimits)', () => {
    // With both an aggregate retention and sublimits, reaching the aggregate sooner can move
    // retention from a capped cover to an uncapped one; docs/insurance.md explains the exception.
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), double(0, 1e6), fc.boolean(), (scenario, generated, extra, dropAggregate) => {
        const programme = dropAggregate
          ? { ...generated, annualAggregateRetention: null }
          : { ...generated, sublimits: {}, annualAggregateRetention: generated.annualAggregateRetention === undefined ? null : (generated.annualAggregateRetention ?? 0) + extra };
        const base = yearly(scenario, programme);
        const higher = yearly(scenario, { ...programme, retention: programme.retention + extra });
        for (let i = 0; i < TRIALS; i += 1) {
          expect(higher.recovered[i]).toBeLessThanOrEqual(base.recovered[i]! + slack(base.recovered[i]!));
        }
      }),
      RUNS,
    );
  });

  // An event: its cost lines and custom losses by category, most of them zero, and an outage.
  const CHUNK = 16;
  // Costs of 0 or more as a valid scenario gives, most of them zero, -0 and now and then NaN.
  const amount = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: double(0, 2e6) }, { weight: 1, arbitrary: fc.constant(-0) }, { weight: 1, arbitrary: fc.constant(Number.NaN) });
  const eventArb = fc.record({
    year: fc.integer({ min: 0, max: CHUNK - 1 }),
    lines: fc.array(amount, { minLength: LINE_COUNT, maxLength: LINE_COUNT }),
    custom: fc.array(amount, { minLength: CATEGORY_COUNT, maxLength: CATEGORY_COUNT }),
    outageDays: fc.oneof(fc.constant(0), double(0, 60)),
    rampUpDays: fc.oneof(fc.constant(0), double(0, 30)),
  });
  const chunksArb = fc.array(fc.array(eventArb, { maxLength: 40 }), { minLength: 1, maxLength: 3 });
  type Ledger = Pick<ReferenceLedger, 'beginChunk' | 'addEvent' | 'endChunk' | 'withheld'>;
  /** A chunk closed by one ledger: each year's loss to the tower, the sums withheld; and the amounts it was given, year by year and in all (NaN left out). */
  type Closed = Readonly<{ tower: Float64Array; withheld: Float64Array; yearAmounts: Float64Array; amounts: number }>;

  /** Runs the same events through each ledger, chunk by chunk. */
  function throughLedgers(ledgers: readonly Ledger[], chunks: readonly (readonly (typeof eventArb extends fc.Arbitrary<infer E> ? E : never)[])[]): Closed[][] {
    return chunks.map((events) => {
      for (const ledger of ledgers) ledger.beginChunk();
      const yearAmounts = new Float64Array(CHUNK);
      for (const event of events) {
        const impact = new Float64Array(IMPACT_COUNT);
        impact[IMPACT.outageDays] = event.outageDays;
        impact[IMPACT.rampUpDays] = event.rampUpDays;
        const lines = Float64Array.from(event.lines);
        const custom = Float64Array.from(event.custom);
        yearAmounts[event.year] = [...lines, ...custom].reduce((sum, value) => (Number.isNaN(value) ? sum : sum + value), yearAmounts[event.year] ?? 0);
        for (const ledger of ledgers) ledger.addEvent(event.year, lines, custom, impact);
      }
      const amounts = yearAmounts.reduce((sum, value) => sum + value, 0);
      return ledgers.map((ledger) => {
        const tower = new Float64Array(CHUNK);
        ledger.endChunk(tower);
        return { tower, withheld: Float64Array.from(ledger.withheld), yearAmounts, amounts };
      });
    });
  }

  /** Equal, both NaN, or within `within` of each other; with `zeroIsZero`, a zero only equals a zero. */
  function agrees(actual: number, expected: number, within: number, zeroIsZero = false): boolean {
    if (Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected))) return true;
    if (zeroIsZero && (expected === 0 || actual === 0)) return actual === expected;
    return Math.abs(actual - expected) <= within;
  }

  it('the bucket ledger gives what the plain reference ledger gave, bit for bit, event by event and chunk by chunk', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), chunksArb, (scenario, programme, chunks) => {
        const plan = buildPlan(valid({ ...scenario, insurance: programme })).insurance!;
        const bits = (array: Float64Array) => Buffer.from(array.buffer).toString('hex');
        return throughLedgers([new BucketLedger(plan, CHUNK), new ReferenceLedger(plan, CHUNK)], chunks).every(
          ([fast, reference]) => bits(fast!.tower) === bits(reference!.tower) && bits(fast!.withheld) === bits(reference!.withheld),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('without sublimits, the totals ledger gives what the reference gave: each year to within 1e-12 of its own costs and zero where it gave zero, each sum withheld to within 1e-12 of the chunk’s costs', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(true), chunksArb, (scenario, programme, chunks) => {
        const plan = buildPlan(valid({ ...scenario, insurance: { ...programme, sublimits: {} } })).insurance!;
        expect(createInsuranceLedger(plan, CHUNK)).toBeInstanceOf(TotalsLedger);
        for (const [totals, reference] of throughLedgers([new TotalsLedger(plan, CHUNK), new ReferenceLedger(plan, CHUNK)], chunks)) {
          reference!.tower.forEach((value, year) => {
            const within = 1e-12 * Math.max(1, reference!.yearAmounts[year] ?? 0);
            // A year the tower sees nothing of must stay one: it decides whether the year claims.
            expect(agrees(totals!.tower[year] ?? NaN, value, within, true), `year ${year}: ${totals!.tower[year]} against ${value}`).toBe(true);
          });
          reference!.withheld.forEach((value, reason) => {
            const within = 1e-12 * Math.max(1, reference!.amounts);
            expect(agrees(totals!.withheld[reason] ?? NaN, value, within), `reason ${reason}: ${totals!.withheld[reason]} against ${value}`).toBe(true);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('picks the bucket ledger for a programme with a sublimit, and a totals ledger refuses one', () => {
    fc.assert(
      fc.property(scenarioArb, programmeArb(false), (scenario, programme) => {
        fc.pre(Object.keys(programme.sublimits ?? {}).length > 0);
        const plan = buildPlan(valid({ ...scenario, insurance: programme })).insurance!;
        expect(createInsuranceLedger(plan, CHUNK)).toBeInstanceOf(BucketLedger);
        expect(() => new TotalsLedger(plan, CHUNK)).toThrow(/sublimits/);
      }),
      { numRuns: 20 },
    );
  });
});
