/**
 * fast-check generators of valid scenarios: every distribution kind, every threat kind, optional
 * blocks present or not, regimes with their settings. Frequencies stay modest so that a run of a
 * few hundred trials is quick.
 */
import fc from 'fast-check';
import type { Scenario } from '../../shared/scenario/schemaV1';
import type { DistributionSpec, UncertainInput } from '../../shared/distributions/uncertain';
import { RECORD_TYPES, REGIONS, SECTORS, THREAT_KINDS } from '../../shared/model/vocabulary';
import { CATEGORY_IDS } from '../../shared/model/categories';

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const sorted2 = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
const sorted3 = (a: number, b: number, c: number): [number, number, number] => {
  const s = [a, b, c].sort((x, y) => x - y);
  return [s[0]!, s[1]!, s[2]!];
};

/** An uncertain quantity in [min, max]; lognormal only when allowed (never for shares). */
export function uncertainArb(max: number, allowLognormal = true, min = 0): fc.Arbitrary<UncertainInput> {
  const value = double(min, max);
  const options: fc.Arbitrary<UncertainInput>[] = [
    value,
    value.map((v): DistributionSpec => ({ dist: 'constant', value: v })),
    fc.tuple(value, value).map(([a, b]): DistributionSpec => {
      const [low, high] = sorted2(a, b);
      return { dist: 'uniform', low, high };
    }),
    fc.tuple(value, value, value).map(([a, b, c]): DistributionSpec => {
      const [low, mode, high] = sorted3(a, b, c);
      return { dist: 'triangular', low, mode, high };
    }),
    fc.tuple(value, value, value, fc.option(double(0, 10), { nil: undefined })).map(([a, b, c, gamma]): DistributionSpec => {
      const [low, mode, high] = sorted3(a, b, c);
      return gamma === undefined ? { dist: 'pert', low, mode, high } : { dist: 'pert', low, mode, high, gamma };
    }),
  ];
  if (allowLognormal) {
    options.push(
      fc.tuple(double(Math.max(min, 1e-3), max), double(Math.max(min, 1e-3), max)).map(([a, b]): DistributionSpec => {
        const [low, high] = sorted2(a, b);
        return { dist: 'lognormal', low, high };
      }),
    );
  }
  return fc.oneof(...options);
}

export const shareArb = (): fc.Arbitrary<UncertainInput> => uncertainArb(1, false);
export const moneyArb = (): fc.Arbitrary<UncertainInput> => uncertainArb(1e7);

const recordsArb = fc.record(
  Object.fromEntries(RECORD_TYPES.map((type) => [type, fc.integer({ min: 0, max: 2_000_000 })])) as Record<string, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);

const exposureArb = fc.record(Object.fromEntries(RECORD_TYPES.map((type) => [type, shareArb()])) as Record<string, fc.Arbitrary<UncertainInput>>, {
  requiredKeys: [],
});

const customLossArb = fc.record({
  name: fc.constantFrom('Loss A', 'Loss B', 'Fraud'),
  category: fc.constantFrom(...CATEGORY_IDS),
  perEvent: moneyArb(),
});

function threatArb(index: number) {
  const frequency = uncertainArb(3);
  const modelled = fc.record(
    {
      name: fc.constant(`Threat ${index}`),
      kind: fc.constantFrom(...THREAT_KINDS.filter((kind) => kind !== 'custom')),
      frequency,
      exposure: exposureArb,
      disruption: fc.record(
        {
          outageDays: uncertainArb(60),
          operationsLost: shareArb(),
          rampUpDays: uncertainArb(60),
          extraCostPerDay: uncertainArb(1e5),
        },
        { requiredKeys: ['outageDays', 'operationsLost'] },
      ),
      investigation: moneyArb(),
      itRecovery: moneyArb(),
      ransom: fc.record({ demand: moneyArb(), paymentProbability: shareArb() }),
      customLosses: fc.array(customLossArb, { maxLength: 2 }),
    },
    { requiredKeys: ['name', 'kind', 'frequency'] },
  );
  const custom = fc.record({
    name: fc.constant(`Threat ${index}`),
    kind: fc.constant('custom' as const),
    frequency,
    customLosses: fc.array(customLossArb, { minLength: 1, maxLength: 2 }),
  });
  return fc.oneof({ arbitrary: modelled, weight: 4 }, { arbitrary: custom, weight: 1 });
}

const regulationArb = fc.oneof(
  fc.constant({ regime: 'none' as const }),
  fc.record(
    {
      regime: fc.constant('hipaa' as const),
      fineProbability: shareArb(),
      fineIfImposed: moneyArb(),
      hipaaTier: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      hipaaCapBasis: fc.constantFrom('statutory' as const, 'enforcementDiscretion' as const),
      provisionsViolated: fc.integer({ min: 1, max: 5 }),
      exchangeRate: double(0.5, 2),
    },
    { requiredKeys: ['regime', 'exchangeRate'] },
  ),
  fc.record(
    {
      regime: fc.constantFrom('gdpr' as const, 'ukGdpr' as const),
      fineProbability: shareArb(),
      fineIfImposed: moneyArb(),
      gdprTier: fc.constantFrom('lower' as const, 'upper' as const),
      exchangeRate: double(0.5, 2),
    },
    { requiredKeys: ['regime', 'exchangeRate'] },
  ),
);

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record(
    {
      currency: fc.constantFrom('USD', 'GBP', 'EUR'),
      organisation: fc.record(
        {
          name: fc.constant('Generated'),
          sector: fc.constantFrom(...SECTORS),
          region: fc.constantFrom(...REGIONS),
          annualRevenue: double(0, 1e10),
          operatingDaysPerYear: fc.integer({ min: 1, max: 366 }),
          records: recordsArb,
          healthcare: fc.record({
            appointmentsPerDay: double(0, 5_000),
            marginPerAppointment: double(0, 1_000),
            proceduresPerDay: double(0, 100),
            marginPerProcedure: double(0, 10_000),
          }),
        },
        { requiredKeys: ['name', 'sector', 'region', 'annualRevenue', 'operatingDaysPerYear', 'records'] },
      ),
      threats: fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => threatArb(i)))),
      response: fc.record(
        {
          notificationCostPerPerson: uncertainArb(20),
          regulatorNotificationCost: moneyArb(),
          monitoringUptake: shareArb(),
          monitoringCostPerPerson: uncertainArb(20),
          lawsuitProbability: shareArb(),
          legalDefenceCost: moneyArb(),
          settlementPerPerson: uncertainArb(20),
          cardAssessmentPerCard: uncertainArb(100),
        },
        { requiredKeys: [] },
      ),
      regulation: regulationArb,
      lostBusiness: fc.record(
        { customers: fc.integer({ min: 0, max: 1_000_000 }), abnormalChurn: shareArb(), lifetimeValue: uncertainArb(5_000) },
        { requiredKeys: ['customers', 'lifetimeValue'] },
      ),
      scaling: fc.record({ referenceRecords: double(1, 1e6), slope: double(0.1, 1) }),
    },
    { requiredKeys: ['currency', 'organisation', 'threats'] },
  )
  .map((parts) => {
    // An exchange rate is only allowed when the regime's caps are in another currency.
    const regimeCurrency = { hipaa: 'USD', gdpr: 'EUR', ukGdpr: 'GBP', none: parts.currency }[parts.regulation?.regime ?? 'none'];
    const regulation = parts.regulation && regimeCurrency === parts.currency ? Object.fromEntries(Object.entries(parts.regulation).filter(([key]) => key !== 'exchangeRate')) : parts.regulation;
    return { format: 'aftermath-scenario', version: 1, name: 'Generated scenario', ...parts, ...(regulation ? { regulation } : {}) } as Scenario;
  });
