/**
 * An all-constant scenario gives the exact closed-form total: the cost of one event, worked out
 * here independently from the formulas in docs/model.md, times the number of events. Checked
 * over generated scenarios whose every input is certain and every yes/no outcome is 0 or 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../shared/engine/simulate';
import { buildPlan } from '../../shared/model/plan';
import { RECORD_TYPES, type RecordType } from '../../shared/model/vocabulary';
import type { Scenario, Threat } from '../../shared/scenario/schemaV1';

const HIPAA_DISCRETION = { 1: 36_505.5, 2: 146_053, 3: 365_052, 4: 2_190_294 } as const;
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The documented per-event formulas, for scenarios whose inputs are all plain numbers. */
function closedFormEventCost(scenario: Scenario, threat: Threat): number {
  const org = scenario.organisation;
  const records = (type: RecordType) => org.records[type] ?? 0;
  const exposed = (type: RecordType) => records(type) * num(threat.exposure?.[type]);
  const people = RECORD_TYPES.filter((type) => type !== 'other').reduce((sum, type) => sum + (threat.exposure?.[type] === undefined ? 0 : exposed(type)), 0);
  const n0 = scenario.scaling?.referenceRecords ?? 10_000;
  const slope = scenario.scaling?.slope ?? 0.7584;
  const scale = (n: number) => (n <= n0 ? n : n0 * (n / n0) ** slope);
  const r = scenario.response!;
  let cost = num(threat.investigation) + num(threat.itRecovery) + num(threat.ransom?.demand) * num(threat.ransom?.paymentProbability);
  if (people > 0) {
    cost += scale(people) * num(r.notificationCostPerPerson) + num(r.regulatorNotificationCost);
    cost += scale(people) * num(r.monitoringUptake) * num(r.monitoringCostPerPerson);
    cost += num(r.lawsuitProbability) * (num(r.legalDefenceCost) + num(r.settlementPerPerson) * people);
    const reg = scenario.regulation;
    if (reg && reg.regime === 'hipaa') {
      const cap = HIPAA_DISCRETION[reg.hipaaTier ?? 2] * (reg.provisionsViolated ?? 3) * (reg.exchangeRate ?? 1);
      cost += num(reg.fineProbability) * Math.min(num(reg.fineIfImposed), cap);
    }
  }
  cost += scale(exposed('paymentCard')) * num(r.cardAssessmentPerCard);
  let disrupted = 0;
  if (threat.disruption) {
    const d = threat.disruption;
    const days = Math.min(num(d.outageDays), 365) + Math.min(num(d.rampUpDays), 365) / 2;
    const share = num(d.operationsLost);
    const care = org.healthcare
      ? (org.healthcare.appointmentsPerDay * org.healthcare.marginPerAppointment + org.healthcare.proceduresPerDay * org.healthcare.marginPerProcedure) *
        (org.operatingDaysPerYear / 365) * share * days
      : 0;
    cost += Math.max(care, (org.annualRevenue / 365) * share * days) + num(d.extraCostPerDay) * days;
    disrupted = (share * days) / 365;
  }
  const lb = scenario.lostBusiness;
  if (lb) {
    const onRecord = RECORD_TYPES.filter((type) => type !== 'other').reduce((sum, type) => sum + records(type), 0);
    const affected = lb.customers * Math.min(1, (onRecord > 0 ? people / onRecord : 0) + disrupted);
    cost += num(lb.abnormalChurn) * affected * num(lb.lifetimeValue);
  }
  for (const loss of threat.customLosses ?? []) cost += num(loss.perEvent);
  return cost;
}

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const coin = fc.constantFrom(0, 1);
const exposure = fc.record(Object.fromEntries(RECORD_TYPES.map((type) => [type, double(0, 1)])) as Record<RecordType, fc.Arbitrary<number>>, {
  requiredKeys: [],
});

const constantScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    annualRevenue: double(0, 1e9),
    operatingDaysPerYear: fc.integer({ min: 1, max: 366 }),
    records: fc.record(Object.fromEntries(RECORD_TYPES.map((type) => [type, fc.integer({ min: 0, max: 5_000_000 })])) as Record<RecordType, fc.Arbitrary<number>>),
    healthcare: fc.option(
      fc.record({ appointmentsPerDay: double(0, 2_000), marginPerAppointment: double(0, 500), proceduresPerDay: double(0, 50), marginPerProcedure: double(0, 5_000) }),
      { nil: undefined },
    ),
    events: fc.integer({ min: 0, max: 3 }),
    exposure,
    disruption: fc.option(
      fc.record({ outageDays: double(0, 400), operationsLost: double(0, 1), rampUpDays: double(0, 100), extraCostPerDay: double(0, 1e5) }),
      { nil: undefined },
    ),
    investigation: double(0, 1e6),
    itRecovery: double(0, 1e6),
    ransom: fc.record({ demand: double(0, 1e7), paymentProbability: coin }),
    response: fc.record({
      notificationCostPerPerson: double(0, 20),
      regulatorNotificationCost: double(0, 1e5),
      monitoringUptake: double(0, 1),
      monitoringCostPerPerson: double(0, 20),
      lawsuitProbability: coin,
      legalDefenceCost: double(0, 1e6),
      settlementPerPerson: double(0, 10),
      cardAssessmentPerCard: double(0, 100),
    }),
    fine: fc.record({ fineProbability: coin, fineIfImposed: double(0, 1e7), hipaaTier: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), provisionsViolated: fc.integer({ min: 1, max: 4 }) }),
    lostBusiness: fc.option(fc.record({ customers: fc.integer({ min: 0, max: 1e6 }), abnormalChurn: double(0, 1), lifetimeValue: double(0, 5_000) }), { nil: undefined }),
    scaling: fc.record({ referenceRecords: double(1, 1e6), slope: double(0.1, 1) }),
    custom: fc.array(double(0, 1e6), { maxLength: 2 }),
  })
  .map(
    (g): Scenario => ({
      format: 'aftermath-scenario',
      version: 1,
      name: 'Constant',
      currency: 'USD',
      organisation: {
        name: 'Org',
        sector: 'healthcare',
        region: 'US',
        annualRevenue: g.annualRevenue,
        operatingDaysPerYear: g.operatingDaysPerYear,
        records: g.records,
        ...(g.healthcare ? { healthcare: g.healthcare } : {}),
      },
      threats: [
        {
          name: 'Constant threat',
          kind: 'ransomware',
          frequency: g.events,
          occurrence: 'exact',
          exposure: g.exposure,
          ...(g.disruption ? { disruption: g.disruption } : {}),
          investigation: g.investigation,
          itRecovery: g.itRecovery,
          ransom: g.ransom,
          customLosses: g.custom.map((perEvent, i) => ({ name: `Custom ${i}`, category: 'recovery' as const, perEvent })),
        },
      ],
      response: g.response,
      regulation: { regime: 'hipaa', ...g.fine },
      ...(g.lostBusiness ? { lostBusiness: g.lostBusiness } : {}),
      scaling: g.scaling,
    }),
  );

describe('all-constant scenarios', () => {
  it('cost exactly events x the closed-form cost of one event, in every simulated year', () => {
    fc.assert(
      fc.property(constantScenarioArb, (scenario) => {
        const threat = scenario.threats[0]!;
        const expected = num(threat.frequency) * closedFormEventCost(scenario, threat);
        const run = simulate(buildPlan(scenario), { trials: 50, seed: 1 });
        for (const annual of run.annualLoss) expect(annual).toBeCloseTo(expected, Math.max(0, 6 - Math.ceil(Math.log10(Math.max(1, expected)))));
        expect(Math.abs(run.annualLoss[0]! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
      { numRuns: 300 },
    );
  });
});
