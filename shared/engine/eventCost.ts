/**
 * The cost of one incident, line by line, from the values drawn for it. Used by the Monte
 * Carlo engine (one call per simulated event) and by the deterministic estimate (inputs at
 * their most likely values, yes/no outcomes replaced by their probabilities).
 *
 * With n_k records of type k exposed (records held x share exposed), people P = sum of n_k
 * over the types that identify people, and effective people P' = effectivePeople(P):
 *   notices        = P' x cost per person notified
 *   regulatorNotices = counsel and regulator notices, once if P > 0
 *   identityMonitoring = P' x uptake x cost per enrolee
 *   legalDefence   = sued x defence cost;  settlements = sued x settlement per person x P
 *   regulatoryFines = fined x min(fine, cap)
 *   cardAssessments = n_card' x assessment per card, with n_card' = effectivePeople(n_card)
 * With outage D days, ramp-up R days, share of operations lost s, effective days E = D + R/2:
 *   cancelledCare  = care margin per operating day x (operating days / 365) x s x E
 *   lostRevenue    = max(0, revenue per calendar day x s x E - cancelledCare)
 *   extraOperatingCosts = extra cost per day x E
 *   itRecovery, investigation: as drawn;  ransom = paid x demand
 *   customerChurn  = abnormal churn x affected customers x lifetime value, where affected
 *                    customers = customers x min(1, P / H + s x E / 365): the share of the
 *                    people on record (H) who were exposed, plus the share of the year's
 *                    business the outage turned away
 */
import { COST_LINE_CATEGORY, COST_LINE_IDS, type CostLineId } from '../model/categories';
import { CATEGORY_IDS } from '../model/categories';
import { DAYS_PER_YEAR, effectivePeople, type ModelPlan, type ThreatPlan } from '../model/plan';
import { LIMITS } from '../scenario/limits';
import { RECORD_TYPES } from '../model/vocabulary';

export const LINE_COUNT = COST_LINE_IDS.length;
export const CATEGORY_COUNT = CATEGORY_IDS.length;
const CARD_INDEX = RECORD_TYPES.indexOf('paymentCard');
const OTHER_INDEX = RECORD_TYPES.indexOf('other');

const lineIndex = (id: CostLineId): number => COST_LINE_IDS.indexOf(id);
export const LINE = {
  investigation: lineIndex('investigation'),
  notices: lineIndex('notices'),
  regulatorNotices: lineIndex('regulatorNotices'),
  identityMonitoring: lineIndex('identityMonitoring'),
  legalDefence: lineIndex('legalDefence'),
  settlements: lineIndex('settlements'),
  regulatoryFines: lineIndex('regulatoryFines'),
  cardAssessments: lineIndex('cardAssessments'),
  lostRevenue: lineIndex('lostRevenue'),
  cancelledCare: lineIndex('cancelledCare'),
  extraOperatingCosts: lineIndex('extraOperatingCosts'),
  itRecovery: lineIndex('itRecovery'),
  ransom: lineIndex('ransom'),
  customerChurn: lineIndex('customerChurn'),
  custom: lineIndex('custom'),
} as const;

/** Category index of each built-in line (custom lines carry their own category). */
export const LINE_CATEGORY_INDEX: Int8Array = Int8Array.from(
  COST_LINE_IDS.map((id) => (id === 'custom' ? -1 : CATEGORY_IDS.indexOf(COST_LINE_CATEGORY[id]))),
);

/** What was drawn for one event. Yes/no outcomes are weights: 0 or 1 when simulated. */
export type EventDraws = {
  shares: Float64Array;
  outageDays: number;
  operationsLost: number;
  rampUpDays: number;
  extraCostPerDay: number;
  investigation: number;
  itRecovery: number;
  ransomPaid: number;
  ransomDemand: number;
  notificationCostPerPerson: number;
  regulatorNotificationCost: number;
  monitoringUptake: number;
  monitoringCostPerPerson: number;
  sued: number;
  legalDefenceCost: number;
  settlementPerPerson: number;
  cardAssessmentPerCard: number;
  fined: number;
  fineAmount: number;
  abnormalChurn: number;
  lifetimeValue: number;
  custom: Float64Array;
};

export function newEventDraws(maxCustomLosses: number): EventDraws {
  return {
    shares: new Float64Array(RECORD_TYPES.length),
    outageDays: 0,
    operationsLost: 0,
    rampUpDays: 0,
    extraCostPerDay: 0,
    investigation: 0,
    itRecovery: 0,
    ransomPaid: 0,
    ransomDemand: 0,
    notificationCostPerPerson: 0,
    regulatorNotificationCost: 0,
    monitoringUptake: 0,
    monitoringCostPerPerson: 0,
    sued: 0,
    legalDefenceCost: 0,
    settlementPerPerson: 0,
    cardAssessmentPerCard: 0,
    fined: 0,
    fineAmount: 0,
    abnormalChurn: 0,
    lifetimeValue: 0,
    custom: new Float64Array(Math.max(1, maxCustomLosses)),
  };
}

/** Operational impact of one event, alongside its cost. */
export const IMPACT = { peopleNotified: 0, outageDays: 1, appointmentsCancelled: 2, proceduresCancelled: 3, rampUpDays: 4 } as const;
export const IMPACT_COUNT = 5;

/**
 * Writes the event's cost per line into `lines` and per category into `categories`
 * (both overwritten), its impact into `impact`, and returns the total.
 */
export function eventCost(
  plan: ModelPlan,
  threat: ThreatPlan,
  draws: EventDraws,
  lines: Float64Array,
  categories: Float64Array,
  impact: Float64Array,
  customByCategory?: Float64Array,
): number {
  let people = 0;
  let cards = 0;
  for (let k = 0; k < RECORD_TYPES.length; k += 1) {
    if (threat.exposure[k] === null) continue;
    const exposed = (plan.records[k] ?? 0) * (draws.shares[k] ?? 0);
    if (k !== OTHER_INDEX) people += exposed;
    if (k === CARD_INDEX) cards = exposed;
  }
  const hasPeople = people > 0;
  const { referenceRecords, slope } = plan.scaling;
  const effective = hasPeople ? effectivePeople(people, referenceRecords, slope) : 0;

  lines.fill(0);
  lines[LINE.investigation] = threat.investigation ? draws.investigation : 0;
  lines[LINE.notices] = effective * draws.notificationCostPerPerson;
  lines[LINE.regulatorNotices] = hasPeople ? draws.regulatorNotificationCost : 0;
  lines[LINE.identityMonitoring] = effective * draws.monitoringUptake * draws.monitoringCostPerPerson;
  const sued = hasPeople ? draws.sued : 0;
  lines[LINE.legalDefence] = sued * draws.legalDefenceCost;
  lines[LINE.settlements] = sued * draws.settlementPerPerson * people;
  lines[LINE.regulatoryFines] = hasPeople && plan.fines ? draws.fined * Math.min(draws.fineAmount, plan.fines.cap) : 0;
  lines[LINE.cardAssessments] = effectivePeople(cards, referenceRecords, slope) * draws.cardAssessmentPerCard;

  let outageDays = 0;
  let rampUpDays = 0;
  let disruptedYearShare = 0;
  let appointments = 0;
  let procedures = 0;
  if (threat.disruption) {
    outageDays = Math.min(draws.outageDays, LIMITS.days);
    rampUpDays = threat.disruption.rampUpDays ? Math.min(draws.rampUpDays, LIMITS.days) : 0;
    const effectiveDays = outageDays + rampUpDays / 2;
    const lostShare = draws.operationsLost;
    const operatingDaysLost = plan.operatingDayShare * lostShare * effectiveDays;
    disruptedYearShare = Math.min(1, (lostShare * effectiveDays) / DAYS_PER_YEAR);
    const cancelledCare = plan.careMarginPerOperatingDay * operatingDaysLost;
    lines[LINE.cancelledCare] = cancelledCare;
    lines[LINE.lostRevenue] = Math.max(0, plan.revenuePerCalendarDay * lostShare * effectiveDays - cancelledCare);
    lines[LINE.extraOperatingCosts] = threat.disruption.extraCostPerDay ? draws.extraCostPerDay * effectiveDays : 0;
    appointments = plan.appointmentsPerDay * operatingDaysLost;
    procedures = plan.proceduresPerDay * operatingDaysLost;
  }
  lines[LINE.itRecovery] = threat.itRecovery ? draws.itRecovery : 0;
  lines[LINE.ransom] = threat.ransom ? draws.ransomPaid * draws.ransomDemand : 0;
  if (plan.churn) {
    const exposedShare = plan.peopleOnRecord > 0 ? people / plan.peopleOnRecord : 0;
    const affected = plan.churn.customers * Math.min(1, exposedShare + disruptedYearShare);
    lines[LINE.customerChurn] = draws.abnormalChurn * affected * draws.lifetimeValue;
  }

  categories.fill(0);
  let total = 0;
  for (let line = 0; line < LINE_COUNT; line += 1) {
    const category = LINE_CATEGORY_INDEX[line] ?? -1;
    const value = lines[line] ?? 0;
    if (category >= 0) {
      categories[category] = (categories[category] ?? 0) + value;
      total += value;
    }
  }
  customByCategory?.fill(0);
  let customTotal = 0;
  for (let c = 0; c < threat.customLosses.length; c += 1) {
    const loss = threat.customLosses[c];
    const value = draws.custom[c] ?? 0;
    if (!loss) continue;
    categories[loss.category] = (categories[loss.category] ?? 0) + value;
    if (customByCategory) customByCategory[loss.category] = (customByCategory[loss.category] ?? 0) + value;
    customTotal += value;
  }
  lines[LINE.custom] = customTotal;
  total += customTotal;

  impact[IMPACT.peopleNotified] = people;
  impact[IMPACT.outageDays] = outageDays;
  impact[IMPACT.appointmentsCancelled] = appointments;
  impact[IMPACT.proceduresCancelled] = procedures;
  impact[IMPACT.rampUpDays] = rampUpDays;
  return total;
}
