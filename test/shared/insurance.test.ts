/**
 * The insurance programme: exact answers from constant stand-ins (retention, coinsurance, limit,
 * aggregate retention, sublimits, exclusions, waiting and indemnity periods), a layer's expected
 * loss against numerical integration of a lognormal, and the coverage-gap identity.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../shared/model/plan';
import { simulate } from '../../shared/engine/simulate';
import { runScenario } from '../../shared/engine/runScenario';
import { parseScenario } from '../../shared/scenario/parse';
import { accruedDays, businessInterruptionShares } from '../../shared/insurance/businessInterruption';
import { BUILT_IN_LINE_COUNT, buildInsurancePlan } from '../../shared/insurance/plan';
import { WITHHELD_REASONS } from '../../shared/insurance/ledger';
import { summariseInsurance } from '../../shared/insurance/summary';
import { sortedCopy } from '../../shared/stats/quantiles';
import { COST_LINE_IDS } from '../../shared/model/categories';
import { lognormalShape } from '../../shared/distributions/lognormal';
import { normalCdf } from '../../shared/stats/normal';
import type { InsuranceInputs, Scenario } from '../../shared/scenario/schemaV1';
import { CONSTANT_EVENT_LINES, CONSTANT_EVENT_TOTAL, constantScenario } from './fixtures';

const TRIALS = 1_000;

/** A threat that costs exactly `loss` (a custom loss in the recovery category), `events` times a year. */
function constantLossScenario(loss: number, insurance: InsuranceInputs, events = 1): Scenario {
  return {
    format: 'aftermath-scenario',
    version: 1,
    name: 'Constant loss',
    currency: 'USD',
    organisation: { name: 'Org', sector: 'other', region: 'US', annualRevenue: 0, operatingDaysPerYear: 365, records: {} },
    threats: [{ name: 'Loss', kind: 'custom', frequency: events, occurrence: 'exact', customLosses: [{ name: 'Loss', category: 'recovery', perEvent: loss }] }],
    insurance,
  };
}

function valid(scenario: Scenario): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

function insuranceOf(scenario: Scenario, trials = TRIALS) {
  const result = runScenario(valid(scenario), { trials, seed: 7 });
  if (!result.insurance) throw new Error('no insurance summary');
  return { result, insurance: result.insurance };
}

/** The constant fixture, one event every year, with a programme. */
function constantWith(insurance: InsuranceInputs): Scenario {
  const scenario = constantScenario();
  return { ...scenario, threats: scenario.threats.map((threat) => ({ ...threat, occurrence: 'exact' as const })), insurance };
}

const oneLayer = (limit: number, attachment = 0) => [{ name: 'Primary', attachment, limit, premium: 1_000 }];
const BI = CONSTANT_EVENT_LINES.lostRevenue + CONSTANT_EVENT_LINES.cancelledCare + CONSTANT_EVENT_LINES.extraOperatingCosts;

describe('closed forms', () => {
  it.each([
    [1_000_000, 250_000, 0, 5_000_000],
    [1_000_000, 250_000, 0.2, 5_000_000],
    [1_000_000, 250_000, 0.2, 400_000],
    [100_000, 250_000, 0.1, 1_000_000],
    [3_000_000, 0, 0.5, 10_000_000],
  ])('a constant loss L=%d with retention R=%d, coinsurance c=%d and limit M=%d recovers min(max(L - R, 0)(1 - c), M)', (loss, retention, coinsurance, limit) => {
    const { insurance } = insuranceOf(constantLossScenario(loss, { retention, coinsurance, layers: oneLayer(limit) }));
    const expected = Math.min(Math.max(loss - retention, 0) * (1 - coinsurance), limit);
    expect(insurance.expectedRecovery).toBeCloseTo(expected, 6);
    expect(insurance.retained.p99).toBeCloseTo(loss - expected, 6);
    expect(insurance.layers[0]?.sd).toBeCloseTo(0, 6);
    expect(insurance.probabilityOfClaim).toBe(expected > 0 ? 1 : 0);
    expect(insurance.layers[0]?.probabilityOfExhaustion).toBe(Math.max(loss - retention, 0) * (1 - coinsurance) >= limit ? 1 : 0);
  });

  it('layers of a tower split the loss to the tower in order, each up to its limit', () => {
    const layers = [
      { name: 'Primary', attachment: 0, limit: 1_000_000, premium: 40_000 },
      { name: 'Excess', attachment: 1_000_000, limit: 4_000_000, premium: 30_000 },
      { name: 'Top', attachment: 5_000_000, limit: 5_000_000, premium: 10_000 },
    ];
    const { insurance } = insuranceOf(constantLossScenario(3_250_000, { retention: 250_000, layers }));
    expect(insurance.layers.map((layer) => layer.expectedLoss)).toEqual([1_000_000, 2_000_000, 0]);
    expect(insurance.layers.map((layer) => layer.probabilityOfAttachment)).toEqual([1, 1, 0]);
    expect(insurance.layers.map((layer) => layer.probabilityOfExhaustion)).toEqual([1, 0, 0]);
    expect(insurance.layers.map((layer) => layer.rateOnLine)).toEqual([0.04, 0.0075, 0.002]);
    expect(insurance.layers[0]?.lossRatio).toBeCloseTo(25, 12);
    expect(insurance.towerTop).toBe(10_000_000);
    expect(insurance.totalPremium).toBe(80_000);
  });

  it('the annual aggregate retention caps the year’s total of per-event retentions', () => {
    // Three events of 100k a year, 60k retention each, 150k aggregate: 150k kept, 150k to the tower.
    const programme = { retention: 60_000, annualAggregateRetention: 150_000, layers: oneLayer(10_000_000) };
    const { insurance } = insuranceOf(constantLossScenario(100_000, programme, 3));
    expect(insurance.expectedRecovery).toBeCloseTo(150_000, 6);
    expect(insurance.gap.retention).toBeCloseTo(150_000, 6);
    const without = insuranceOf(constantLossScenario(100_000, { retention: 60_000, layers: oneLayer(10_000_000) }, 3)).insurance;
    expect(without.expectedRecovery).toBeCloseTo(120_000, 6);
  });

  it('a 10-hour outage with a 12-hour waiting period pays no business interruption', () => {
    const scenario = constantScenario();
    const threat = { ...scenario.threats[0]!, occurrence: 'exact' as const, disruption: { outageDays: 10 / 24, operationsLost: 0.2 } };
    const onlyBi = { ...scenario, threats: [threat], insurance: { retention: 0, waitingPeriodHours: 12, excluded: ['detection', 'notification', 'response', 'recovery', 'lostBusiness'] as InsuranceInputs['excluded'], layers: oneLayer(1e9) } };
    const { insurance, result } = insuranceOf(onlyBi);
    expect(result.categories.disruption.mean).toBeGreaterThan(0);
    expect(insurance.expectedRecovery).toBe(0);
    expect(insurance.gap.waitingPeriod).toBeCloseTo(result.categories.disruption.mean, 6);
    expect(insurance.probabilityOfClaim).toBe(0);
  });

  it('a longer outage pays only what accrues after the waiting period and before the indemnity period ends', () => {
    // Outage 10 days, ramp-up 4: loss accrues over 12 full-rate days. Waiting 12 hours (0.5 day),
    // indemnity 12 days: A(12) = 10 + 2 - 4/8 = 11.5, so the policy pays (11.5 - 0.5) / 12 of BI.
    const everythingButBi = ['detection', 'notification', 'response', 'recovery', 'lostBusiness'] as InsuranceInputs['excluded'];
    const { insurance } = insuranceOf(constantWith({ retention: 0, waitingPeriodHours: 12, indemnityPeriodDays: 12, excluded: everythingButBi, layers: oneLayer(1e9) }));
    expect(insurance.expectedRecovery).toBeCloseTo((BI * 11) / 12, 4);
    expect(insurance.gap.waitingPeriod).toBeCloseTo((BI * 0.5) / 12, 4);
    expect(insurance.gap.beyondIndemnity).toBeCloseTo((BI * 0.5) / 12, 4);
    expect(insurance.gap.excluded).toBeCloseTo(CONSTANT_EVENT_TOTAL - BI, 4);
  });

  it('sublimits on lines apply first, then sublimits on categories, each an annual aggregate', () => {
    const recovery = CONSTANT_EVENT_LINES.itRecovery + CONSTANT_EVENT_LINES.ransom; // 1.2M
    const base = { retention: 0, layers: oneLayer(1e9) };
    const none = insuranceOf(constantWith(base)).insurance.expectedRecovery;
    expect(none).toBeCloseTo(CONSTANT_EVENT_TOTAL, 4);
    const ransomCapped = insuranceOf(constantWith({ ...base, sublimits: { ransom: 500_000 } })).insurance;
    expect(ransomCapped.expectedRecovery).toBeCloseTo(CONSTANT_EVENT_TOTAL - 500_000, 4);
    expect(ransomCapped.gap.sublimits).toBeCloseTo(500_000, 4);
    const both = insuranceOf(constantWith({ ...base, sublimits: { ransom: 500_000, recovery: 600_000 } })).insurance;
    expect(both.expectedRecovery).toBeCloseTo(CONSTANT_EVENT_TOTAL - recovery + 600_000, 4);
    const category = insuranceOf(constantWith({ ...base, sublimits: { recovery: 1_000_000 } })).insurance;
    expect(category.expectedRecovery).toBeCloseTo(CONSTANT_EVENT_TOTAL - recovery + 1_000_000, 4);
  });

  it('an exclusion by category reaches custom losses in that category; an exclusion by line only that line', () => {
    const custom = constantLossScenario(100_000, { retention: 0, excluded: ['recovery'], layers: oneLayer(1e9) });
    expect(insuranceOf(custom).insurance.expectedRecovery).toBe(0);
    const byLine = insuranceOf(constantWith({ retention: 0, excluded: ['ransom'], layers: oneLayer(1e9) })).insurance;
    expect(byLine.expectedRecovery).toBeCloseTo(CONSTANT_EVENT_TOTAL - CONSTANT_EVENT_LINES.ransom, 4);
    expect(byLine.gap.excluded).toBeCloseTo(CONSTANT_EVENT_LINES.ransom, 4);
  });

  it('the coverage gap and the recovery add up to the mean gross loss', () => {
    const programme: InsuranceInputs = {
      retention: 250_000,
      coinsurance: 0.1,
      waitingPeriodHours: 12,
      indemnityPeriodDays: 120,
      sublimits: { disruption: 2_000_000, ransom: 500_000, regulatoryFines: 1_000_000 },
      excluded: ['lostBusiness'],
      layers: [
        { name: 'Primary', attachment: 500_000, limit: 1_000_000 },
        { name: 'Excess', attachment: 2_000_000, limit: 2_000_000 },
      ],
      allowLayerGaps: true,
    };
    const scenario = constantScenario();
    const { insurance, result } = insuranceOf({ ...scenario, insurance: programme }, 20_000);
    const gapTotal = Object.values(insurance.gap).reduce((sum, value) => sum + value, 0);
    expect(gapTotal + insurance.expectedRecovery).toBeCloseTo(result.annualLoss.mean, 4);
    expect(insurance.gap.belowOrBetweenLayers).toBeGreaterThan(0);
    expect(insurance.gap.aboveTower).toBeGreaterThan(0);
    expect(insurance.retained.mean + insurance.expectedRecovery).toBeCloseTo(result.annualLoss.mean, 4);
  });

  it('a scenario without a programme has no insurance result, and adding one never changes the gross numbers', () => {
    const scenario = constantScenario();
    const without = runScenario(valid(scenario), { trials: 2_000, seed: 3 });
    const withCover = runScenario(valid({ ...scenario, insurance: { retention: 1, layers: oneLayer(1) } }), { trials: 2_000, seed: 3 });
    expect(without.insurance).toBeNull();
    expect(withCover.annualLoss).toEqual(without.annualLoss);
    expect(withCover.categories).toEqual(without.categories);
  });
});

describe('business interruption shares', () => {
  it('accrues at full rate through the outage and falls linearly to zero over the ramp-up', () => {
    expect(accruedDays(5, 10, 4)).toBe(5);
    expect(accruedDays(12, 10, 4)).toBe(11.5);
    expect(accruedDays(14, 10, 4)).toBe(12);
    expect(accruedDays(100, 10, 4)).toBe(12);
    expect(accruedDays(100, 10, 0)).toBe(10);
  });

  it('splits into waiting, covered and beyond the indemnity period, adding up to 1', () => {
    const out = { covered: 0, waiting: 0, beyondIndemnity: 0 };
    businessInterruptionShares(10, 4, 0.5, 12, out);
    expect(out).toEqual({ waiting: 0.5 / 12, covered: 11 / 12, beyondIndemnity: expect.closeTo(0.5 / 12, 12) as number });
    businessInterruptionShares(10, 0, 20, 30, out);
    expect(out).toEqual({ waiting: 1, covered: 0, beyondIndemnity: 0 });
    businessInterruptionShares(10, 0, 2, 1, out); // indemnity shorter than the waiting period: nothing paid
    expect(out.covered).toBe(0);
    expect(out.waiting + out.beyondIndemnity).toBeCloseTo(1, 12);
    businessInterruptionShares(0, 0, 0.5, 30, out);
    expect(out).toEqual({ waiting: 0, covered: 0, beyondIndemnity: 0 });
  });

  it('reads built-in cost lines by the engine’s line index (custom is the last line)', () => {
    expect(COST_LINE_IDS.indexOf('custom')).toBe(BUILT_IN_LINE_COUNT);
    expect(COST_LINE_IDS.length).toBe(BUILT_IN_LINE_COUNT + 1);
  });
});

describe('a layer’s expected loss against numerical integration', () => {
  it('matches the integral of the lognormal survival function over the layer, within 4.5 standard errors', () => {
    // One event a year whose cost is lognormal with 90% interval [100k, 5M]; no retention, so the
    // loss to the tower is the annual loss X, and a layer m xs a expects the integral of P(X > x)
    // from a to a + m.
    const layers = [
      { name: 'Primary', attachment: 0, limit: 500_000 },
      { name: 'Excess', attachment: 500_000, limit: 1_500_000 },
      { name: 'High', attachment: 2_000_000, limit: 8_000_000 },
    ];
    const scenario: Scenario = {
      ...constantLossScenario(1, { retention: 0, layers }),
      threats: [{ name: 'Loss', kind: 'custom', frequency: 1, occurrence: 'exact', customLosses: [{ name: 'Loss', category: 'recovery', perEvent: { dist: 'lognormal', low: 100_000, high: 5_000_000 } }] }],
    };
    const trials = 200_000;
    const { insurance } = insuranceOf(scenario, trials);
    const { mu, sigma } = lognormalShape(100_000, 5_000_000);
    const survival = (x: number) => 1 - normalCdf((Math.log(x) - mu) / sigma);
    const simpson = (a: number, b: number, steps: number) => {
      const h = (b - a) / steps;
      let sum = survival(Math.max(a, 1e-9)) + survival(b);
      for (let i = 1; i < steps; i += 1) sum += (i % 2 === 1 ? 4 : 2) * survival(a + i * h);
      return (sum * h) / 3;
    };
    layers.forEach((layer, i) => {
      const stats = insurance.layers[i]!;
      const expected = simpson(layer.attachment, layer.attachment + layer.limit, 20_000);
      const standardError = stats.sd / Math.sqrt(trials);
      expect(Math.abs(stats.expectedLoss - expected)).toBeLessThan(4.5 * standardError);
      expect(stats.probabilityOfAttachment).toBeCloseTo(survival(Math.max(layer.attachment, 1e-9)), 2);
      expect(stats.probabilityOfExhaustion).toBeCloseTo(survival(layer.attachment + layer.limit), 2);
    });
  });
});

describe('the technical premium', () => {
  it('is (expected loss + risk load x sd) / (1 - expense ratio)', () => {
    const scenario: Scenario = {
      ...constantLossScenario(1, { retention: 0, layers: oneLayer(2_000_000), underwriting: { riskLoad: 0.5, expenseRatio: 0.3 } }),
      threats: [{ name: 'Loss', kind: 'custom', frequency: 0.3, customLosses: [{ name: 'Loss', category: 'recovery', perEvent: { dist: 'uniform', low: 0, high: 1_000_000 } }] }],
    };
    const { insurance } = insuranceOf(scenario, 5_000);
    const layer = insurance.layers[0]!;
    expect(layer.technicalPremium).toBeCloseTo((layer.expectedLoss + 0.5 * layer.sd) / 0.7, 6);
    expect(insurance.totalTechnicalPremium).toBeCloseTo(layer.technicalPremium, 6);
  });
});

describe('adequacy', () => {
  it('compares the tower with the loss to the tower in a 1-in-20 and 1-in-100 year', () => {
    const scenario: Scenario = {
      ...constantLossScenario(1, { retention: 0, layers: oneLayer(1_000_000) }),
      threats: [{ name: 'Loss', kind: 'custom', frequency: 1, occurrence: 'exact', customLosses: [{ name: 'Loss', category: 'recovery', perEvent: { dist: 'uniform', low: 0, high: 2_000_000 } }] }],
    };
    const { insurance } = insuranceOf(scenario, 50_000);
    const [p95, p99] = insurance.adequacy;
    expect(p95?.returnPeriod).toBe(20);
    expect(p95?.limitNeeded).toBeCloseTo(1_900_000, -4);
    expect(p95?.shortfall).toBeCloseTo(900_000, -4);
    expect(p99?.limitNeeded).toBeCloseTo(1_980_000, -4);
  });
});

describe('the engine', () => {
  it('keeps the loss to the tower per year, never above the gross loss', () => {
    const scenario = valid({ ...constantScenario(), insurance: { retention: 100_000, coinsurance: 0.2, layers: oneLayer(1e6) } });
    const run = simulate(buildPlan(scenario), { trials: 3_000, seed: 11 });
    expect(run.insurance?.towerLoss.length).toBe(3_000);
    for (let i = 0; i < 3_000; i += 1) {
      expect(run.insurance!.towerLoss[i]).toBeLessThanOrEqual(run.annualLoss[i]! + 1e-6);
      expect(run.insurance!.towerLoss[i]).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the hospital preset’s programme against claims data', () => {
  it('pays a share of the mean gross loss between NetDiligence’s 27% (large firms) and 69% (SMEs), and costs the market less than the model expects', async () => {
    const { regionalHospital } = await import('../../shared/presets/regionalHospital');
    const result = runScenario(regionalHospital.scenario, { trials: 100_000, seed: 1 });
    const share = result.insurance!.expectedRecovery / result.annualLoss.mean;
    expect(share).toBeGreaterThan(0.27);
    expect(share).toBeLessThan(0.69);
    expect(result.insurance!.totalPremium).toBe(600_000);
    expect(result.insurance!.expectedRecovery).toBeGreaterThan(600_000);
  });
});

describe('layer boundaries set by a sublimit', () => {
  it('counts a layer that a sublimit stops exactly at its top as used up, and the layer above as never paying', () => {
    // Three recovery losses a year, capped by a 250k recovery sublimit that equals the primary's
    // limit: pro rata scaling lands the loss to the tower a rounding error either side of 250k.
    const scenario: Scenario = {
      ...constantLossScenario(1, {
        retention: 0,
        sublimits: { recovery: 250_000 },
        layers: [
          { name: 'Primary', attachment: 0, limit: 250_000, premium: 10_000 },
          { name: 'Excess', attachment: 250_000, limit: 1_000_000, premium: 5_000 },
        ],
      }),
      threats: [
        {
          name: 'Loss',
          kind: 'custom',
          frequency: 1,
          occurrence: 'exact',
          customLosses: [
            { name: 'A', category: 'recovery', perEvent: { dist: 'uniform', low: 300_000, high: 900_000 } },
            { name: 'B', category: 'recovery', perEvent: { dist: 'uniform', low: 10_000, high: 300_000 } },
            { name: 'C', category: 'recovery', perEvent: { dist: 'uniform', low: 1, high: 77_777 } },
          ],
        },
      ],
    };
    const { insurance } = insuranceOf(scenario, 2_000);
    expect(insurance.layers[0]?.probabilityOfExhaustion).toBe(1);
    expect(insurance.layers[1]?.probabilityOfAttachment).toBe(0);
    expect(insurance.layers[1]?.expectedLoss).toBeLessThan(1e-6);
    expect(insurance.probabilityOfClaim).toBe(1);
  });
});

describe('premiums', () => {
  it('gives no total premium unless every layer has one, and no loss ratio for a zero premium', () => {
    const layers = [
      { name: 'Primary', attachment: 0, limit: 1_000_000, premium: 0 },
      { name: 'Excess', attachment: 1_000_000, limit: 1_000_000 },
    ];
    const { insurance } = insuranceOf(constantLossScenario(500_000, { retention: 0, layers }));
    expect(insurance.totalPremium).toBeNull();
    expect(insurance.layers[0]?.lossRatio).toBeNull();
    expect(insurance.layers[0]?.rateOnLine).toBe(0);
    expect(insurance.layers[1]?.rateOnLine).toBeNull();
  });

  it('states the standard error of each layer’s expected loss: sd over the square root of the years', () => {
    const { insurance } = insuranceOf(constantWith({ retention: 0, layers: oneLayer(3_000_000) }), 4_000);
    const layer = insurance.layers[0]!;
    expect(layer.expectedLossStandardError).toBeCloseTo(layer.sd / Math.sqrt(4_000), 9);
  });
});

describe('adequacy with a gap below the tower', () => {
  it('counts the part of a 1-in-20 year below the bottom layer as not paid', () => {
    const scenario: Scenario = {
      ...constantLossScenario(1, { retention: 0, layers: oneLayer(1_000_000, 1_000_000) }),
      threats: [{ name: 'Loss', kind: 'custom', frequency: 1, occurrence: 'exact', customLosses: [{ name: 'Loss', category: 'recovery', perEvent: 1_500_000 }] }],
    };
    const [p95] = insuranceOf(scenario).insurance.adequacy;
    expect(p95?.limitNeeded).toBe(1_500_000);
    expect(p95?.towerTop).toBe(2_000_000);
    expect(p95?.shortfall).toBe(1_000_000);
  });
});

describe('the retained loss when the tower pays nearly everything', () => {
  it('is exactly 0 when the tower pays every year in full, and never below 0 when it pays all but rounding', () => {
    const plan = buildInsurancePlan({ retention: 0, layers: [{ name: 'All', attachment: 0, limit: 1e12 }] });
    const years = 50_000;
    const gross = Float64Array.from({ length: years }, (_, i) => (i % 3 === 0 ? 0 : 1e6 * (1 + Math.sin(i)) + 0.1 * i));
    const curve = [0, 1e5, 1e6];
    const paysAll = summariseInsurance(plan, { towerLoss: gross, withheldTotals: new Float64Array(WITHHELD_REASONS.length) }, gross, sortedCopy(gross), curve);
    expect(paysAll.retained.mean).toBe(0);
    expect(paysAll.expectedRecovery).toBeCloseTo(gross.reduce((sum, loss) => sum + loss, 0) / years, 6);
    // The loss to the tower a rounding error either side of the gross loss, as a ledger summing in another order gives.
    const nudged = gross.map((loss, i) => loss * (1 + (i % 2 === 0 ? 1 : -1) * Number.EPSILON));
    const nearlyAll = summariseInsurance(plan, { towerLoss: nudged, withheldTotals: new Float64Array(WITHHELD_REASONS.length) }, gross, sortedCopy(gross), curve);
    expect(nearlyAll.retained.mean).toBeGreaterThanOrEqual(0);
    expect(nearlyAll.retained.mean).toBeLessThan(1e-6);
  });
});
