/**
 * The model plan: a validated scenario with defaults filled in and every uncertain input
 * compiled to a sampler. The engine runs a plan; the plan also lists which defaults it used.
 */
import { compileUncertain } from '../distributions/compile';
import type { Sampler } from '../distributions/sampler';
import type { Scenario, Threat } from '../scenario/schemaV1';
import { CATEGORY_IDS, type CategoryId, type TimingProfile } from './categories';
import {
  CHURN_DEFAULT,
  DEFAULTS_CURRENCY,
  GDPR_TIER_DEFAULT,
  HIPAA_CAP_BASIS_DEFAULT,
  HIPAA_TIER_DEFAULT,
  REGULATION_DEFAULTS,
  RESPONSE_DEFAULTS,
  SCALING_DEFAULTS,
  TIMING_DEFAULTS,
  type Default,
} from './defaults';
import { fineCap } from './regimes';
import { PEOPLE_RECORD_TYPES, RECORD_TYPES, type ThreatKind } from './vocabulary';
import type { DistributionSpec, UncertainInput } from '../distributions/uncertain';
import { LIMITS } from '../scenario/limits';
import { buildInsurancePlan, type InsurancePlan } from '../insurance/plan';
import { compileControls, type CompiledControl } from '../controls/plan';

export const DAYS_PER_YEAR = 365;

export type DisruptionPlan = Readonly<{
  outageDays: Sampler;
  operationsLost: Sampler;
  rampUpDays: Sampler | null;
  extraCostPerDay: Sampler | null;
}>;

export type ThreatPlan = Readonly<{
  name: string;
  kind: ThreatKind;
  frequency: Sampler;
  /** Exactly this many events every year (an incident replay), or null for Poisson counts. */
  exactEvents: number | null;
  /** Share exposed per record type, in RECORD_TYPES order; null where the threat exposes none. */
  exposure: readonly (Sampler | null)[];
  disruption: DisruptionPlan | null;
  investigation: Sampler | null;
  itRecovery: Sampler | null;
  ransom: Readonly<{ demand: Sampler; paymentProbability: Sampler }> | null;
  customLosses: readonly Readonly<{ name: string; category: number; perEvent: Sampler }>[];
}>;

export type ModelPlan = Readonly<{
  threats: readonly ThreatPlan[];
  /** Records held, in RECORD_TYPES order. */
  records: readonly number[];
  /** Records that identify a person (every type but "other"): the base for the share exposed. */
  peopleOnRecord: number;
  /** Annual revenue / 365: revenue earned per calendar day. */
  revenuePerCalendarDay: number;
  /** Operating days / 365: the share of calendar days on which activity happens. */
  operatingDayShare: number;
  /** Healthcare activity per operating day and the margin it earns (zero when not stated). */
  appointmentsPerDay: number;
  proceduresPerDay: number;
  careMarginPerOperatingDay: number;
  response: Readonly<{
    notificationCostPerPerson: Sampler;
    regulatorNotificationCost: Sampler;
    monitoringUptake: Sampler;
    monitoringCostPerPerson: Sampler;
    lawsuitProbability: Sampler;
    legalDefenceCost: Sampler;
    settlementPerPerson: Sampler;
    cardAssessmentPerCard: Sampler;
  }>;
  /** Null when the regime is none. */
  fines: Readonly<{ probability: Sampler; amount: Sampler; cap: number }> | null;
  churn: Readonly<{ customers: number; abnormalChurn: Sampler; lifetimeValue: Sampler }> | null;
  scaling: Readonly<{ referenceRecords: number; slope: number }>;
  timing: Readonly<Record<CategoryId, TimingProfile>>;
  /** The insurance programme, or null when the scenario has none. */
  insurance: InsurancePlan | null;
  /** Controls applied in this plan's runs: those in place (the analysis adds proposed ones). */
  controls: readonly CompiledControl[];
  /** Notes on defaults the scenario relied on (shown to the user, never silent). */
  warnings: readonly string[];
}>;

const MONEY = LIMITS.money;
const DAYS = LIMITS.days;

const optionalSampler = (input: UncertainInput | undefined, cap: number): Sampler | null =>
  input === undefined ? null : compileUncertain(input, cap);

function compileThreat(threat: Threat): ThreatPlan {
  const exposure = RECORD_TYPES.map((type) => {
    const input = threat.exposure?.[type];
    if (input === undefined) return null;
    const sampler = compileUncertain(input, 1);
    return sampler.isConstant && sampler.mean === 0 ? null : sampler;
  });
  const disruption = threat.disruption;
  return {
    name: threat.name,
    kind: threat.kind,
    frequency: compileUncertain(threat.frequency, LIMITS.frequencyPerYear),
    exactEvents: threat.occurrence === 'exact' && typeof threat.frequency === 'number' ? threat.frequency : null,
    exposure,
    disruption: disruption
      ? {
          outageDays: compileUncertain(disruption.outageDays, DAYS),
          operationsLost: compileUncertain(disruption.operationsLost, 1),
          rampUpDays: optionalSampler(disruption.rampUpDays, DAYS),
          extraCostPerDay: optionalSampler(disruption.extraCostPerDay, MONEY),
        }
      : null,
    investigation: optionalSampler(threat.investigation, MONEY),
    itRecovery: optionalSampler(threat.itRecovery, MONEY),
    ransom: threat.ransom
      ? { demand: compileUncertain(threat.ransom.demand, MONEY), paymentProbability: compileUncertain(threat.ransom.paymentProbability, 1) }
      : null,
    customLosses: (threat.customLosses ?? []).map((loss) => ({
      name: loss.name,
      category: CATEGORY_IDS.indexOf(loss.category),
      perEvent: compileUncertain(loss.perEvent, MONEY),
    })),
  };
}

export function buildPlan(scenario: Scenario): ModelPlan {
  const warnings: string[] = [];
  const threats = scenario.threats.map(compileThreat);
  // Response costs and fines apply only to events that expose people's records.
  const recordCostsUsed = threats.some((threat) => threat.exposure.some((sampler) => sampler !== null));
  const foreignCurrency = scenario.currency !== DEFAULTS_CURRENCY && recordCostsUsed;
  const withDefault = (given: UncertainInput | undefined, fallback: Default<DistributionSpec>, path: string): Sampler => {
    if (given !== undefined) return compileUncertain(given, MONEY);
    if (fallback.money && foreignCurrency) {
      warnings.push(
        `${path} is not set, so its default in ${DEFAULTS_CURRENCY} is used as if it were ${scenario.currency}; set it in ${scenario.currency}.`,
      );
    }
    return compileUncertain(fallback.value, MONEY);
  };

  const response = scenario.response ?? {};
  const organisation = scenario.organisation;
  const healthcare = organisation.healthcare;
  const regulation = scenario.regulation;
  let fines: ModelPlan['fines'] = null;
  if (regulation && regulation.regime !== 'none') {
    const defaults = REGULATION_DEFAULTS[regulation.regime];
    fines = {
      probability: withDefault(regulation.fineProbability, defaults.fineProbability, 'regulation.fineProbability'),
      amount: withDefault(regulation.fineIfImposed, defaults.fineIfImposed, 'regulation.fineIfImposed'),
      cap: fineCap(regulation.regime, organisation.annualRevenue, {
        hipaaTier: regulation.hipaaTier ?? HIPAA_TIER_DEFAULT.value,
        hipaaCapBasis: regulation.hipaaCapBasis ?? HIPAA_CAP_BASIS_DEFAULT.value,
        provisionsViolated: regulation.provisionsViolated ?? defaults.provisionsViolated.value,
        gdprTier: regulation.gdprTier ?? GDPR_TIER_DEFAULT.value,
        exchangeRate: regulation.exchangeRate ?? 1,
      }),
    };
  }
  const lostBusiness = scenario.lostBusiness;
  const timing = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, scenario.timing?.[id] ?? TIMING_DEFAULTS[id].value]),
  ) as Record<CategoryId, TimingProfile>;

  return {
    threats,
    records: RECORD_TYPES.map((type) => organisation.records[type] ?? 0),
    peopleOnRecord: PEOPLE_RECORD_TYPES.reduce((sum, type) => sum + (organisation.records[type] ?? 0), 0),
    revenuePerCalendarDay: organisation.annualRevenue / DAYS_PER_YEAR,
    operatingDayShare: organisation.operatingDaysPerYear / DAYS_PER_YEAR,
    appointmentsPerDay: healthcare?.appointmentsPerDay ?? 0,
    proceduresPerDay: healthcare?.proceduresPerDay ?? 0,
    careMarginPerOperatingDay: healthcare
      ? healthcare.appointmentsPerDay * healthcare.marginPerAppointment + healthcare.proceduresPerDay * healthcare.marginPerProcedure
      : 0,
    response: {
      notificationCostPerPerson: withDefault(response.notificationCostPerPerson, RESPONSE_DEFAULTS.notificationCostPerPerson, 'response.notificationCostPerPerson'),
      regulatorNotificationCost: withDefault(response.regulatorNotificationCost, RESPONSE_DEFAULTS.regulatorNotificationCost, 'response.regulatorNotificationCost'),
      monitoringUptake: withDefault(response.monitoringUptake, RESPONSE_DEFAULTS.monitoringUptake, 'response.monitoringUptake'),
      monitoringCostPerPerson: withDefault(response.monitoringCostPerPerson, RESPONSE_DEFAULTS.monitoringCostPerPerson, 'response.monitoringCostPerPerson'),
      lawsuitProbability: withDefault(response.lawsuitProbability, RESPONSE_DEFAULTS.lawsuitProbability, 'response.lawsuitProbability'),
      legalDefenceCost: withDefault(response.legalDefenceCost, RESPONSE_DEFAULTS.legalDefenceCost, 'response.legalDefenceCost'),
      settlementPerPerson: withDefault(response.settlementPerPerson, RESPONSE_DEFAULTS.settlementPerPerson, 'response.settlementPerPerson'),
      cardAssessmentPerCard: withDefault(response.cardAssessmentPerCard, RESPONSE_DEFAULTS.cardAssessmentPerCard, 'response.cardAssessmentPerCard'),
    },
    fines,
    churn:
      lostBusiness && lostBusiness.customers > 0
        ? {
            customers: lostBusiness.customers,
            abnormalChurn: withDefault(lostBusiness.abnormalChurn, CHURN_DEFAULT, 'lostBusiness.abnormalChurn'),
            lifetimeValue: compileUncertain(lostBusiness.lifetimeValue, MONEY),
          }
        : null,
    scaling: {
      referenceRecords: scenario.scaling?.referenceRecords ?? SCALING_DEFAULTS.referenceRecords.value,
      slope: scenario.scaling?.slope ?? SCALING_DEFAULTS.slope.value,
    },
    timing,
    insurance: scenario.insurance ? buildInsurancePlan(scenario.insurance) : null,
    controls: compileControls(scenario.controls).filter((control) => control.status === 'inPlace'),
    warnings,
  };
}

/**
 * People counted for record-driven costs: linear up to the reference size, then growing as
 * (n / n0)^slope, so the cost per person falls as breaches grow (Jacobs 2014):
 * effective(n) = n for n <= n0, else n0 (n / n0)^slope.
 */
export function effectivePeople(people: number, referenceRecords: number, slope: number): number {
  if (people <= referenceRecords) return people;
  return referenceRecords * Math.pow(people / referenceRecords, slope);
}
