/**
 * The worked example in docs/insurance.md, run through the engine: one year with a ransomware
 * attack and a data breach under a programme with every term set. Each figure the document
 * works out by hand must come out of the simulation exactly.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { parseScenario } from '../../shared/scenario/parse';
import type { Scenario } from '../../shared/scenario/schemaV1';

const DOC_EXAMPLE: Scenario = {
  format: 'aftermath-scenario',
  version: 1,
  name: 'Worked example',
  currency: 'USD',
  organisation: { name: 'Example', sector: 'other', region: 'US', annualRevenue: 73_000_000, operatingDaysPerYear: 365, records: {} },
  threats: [
    {
      name: 'Ransomware',
      kind: 'ransomware',
      frequency: 1,
      occurrence: 'exact',
      // 10 days down and 4 to recover: 12 full-rate days at half of 200,000 revenue a day.
      disruption: { outageDays: 10, operationsLost: 0.5, rampUpDays: 4, extraCostPerDay: 10_000 },
      investigation: 200_000,
      itRecovery: 800_000,
      ransom: { demand: 900_000, paymentProbability: 1 },
    },
    {
      name: 'Data breach',
      kind: 'custom',
      frequency: 1,
      occurrence: 'exact',
      customLosses: [
        { name: 'Forensics', category: 'detection', perEvent: 100_000 },
        { name: 'Notification', category: 'notification', perEvent: 150_000 },
        { name: 'Legal', category: 'response', perEvent: 250_000 },
      ],
    },
  ],
  regulation: { regime: 'none' },
  // 100,000 customers x 10% x (0.5 x 12 / 365 of the year's business) x 1,825 = 300,000.
  lostBusiness: { customers: 100_000, abnormalChurn: 0.1, lifetimeValue: 1_825 },
  insurance: {
    retention: 250_000,
    annualAggregateRetention: 400_000,
    coinsurance: 0.1,
    waitingPeriodHours: 12,
    indemnityPeriodDays: 30,
    sublimits: { ransom: 500_000, disruption: 2_000_000 },
    excluded: ['lostBusiness'],
    layers: [
      { name: 'Primary', attachment: 0, limit: 1_000_000, premium: 60_000 },
      { name: 'Excess', attachment: 1_000_000, limit: 4_000_000, premium: 80_000 },
    ],
  },
};

describe('the worked example in docs/insurance.md', () => {
  const parsed = parseScenario(DOC_EXAMPLE);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const result = runScenario(parsed.scenario, { trials: 100, seed: 1 });
  const insurance = result.insurance!;

  it('has the gross loss worked out by hand', () => {
    expect(result.annualLoss.mean).toBeCloseTo(4_020_000, 6);
    expect(result.costLines.lostRevenue).toBeCloseTo(1_200_000, 6);
    expect(result.costLines.customerChurn).toBeCloseTo(300_000, 6);
  });

  it('withholds exactly what the document says, reason by reason', () => {
    expect(insurance.gap.excluded).toBeCloseTo(300_000, 6);
    expect(insurance.gap.waitingPeriod).toBeCloseTo(55_000, 6);
    expect(insurance.gap.beyondIndemnity).toBeCloseTo(0, 6);
    expect(insurance.gap.retention).toBeCloseTo(400_000, 6);
    expect(insurance.gap.coinsurance).toBeCloseTo(326_500, 6);
    expect(insurance.gap.sublimits).toBeCloseTo(900_000 * (1 - 200_000 / 3_165_000) * 0.9 - 500_000, 6);
    expect(insurance.gap.aboveTower).toBe(0);
  });

  it('pays 1,000,000 from the primary and the rest of 2,679,684.83 from the excess', () => {
    const towerLoss = 2_938_500 - (900_000 * (1 - 200_000 / 3_165_000) * 0.9 - 500_000);
    expect(towerLoss).toBeCloseTo(2_679_684.83, 2);
    expect(insurance.layers[0]?.expectedLoss).toBeCloseTo(1_000_000, 6);
    expect(insurance.layers[0]?.probabilityOfExhaustion).toBe(1);
    expect(insurance.layers[1]?.expectedLoss).toBeCloseTo(towerLoss - 1_000_000, 6);
    expect(insurance.layers[1]?.probabilityOfExhaustion).toBe(0);
    expect(insurance.expectedRecovery).toBeCloseTo(towerLoss, 6);
    expect(insurance.retained.mean).toBeCloseTo(4_020_000 - towerLoss, 6);
    expect(insurance.layers[0]?.lossRatio).toBeCloseTo(1_000_000 / 60_000, 9);
  });
});
