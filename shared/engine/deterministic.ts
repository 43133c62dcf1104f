/**
 * The quick deterministic estimate: every input at its most likely value (the mode, or the
 * median for a lognormal), every yes/no outcome replaced by its probability, and each threat's
 * annual cost = most likely frequency x cost of one such event; controls in place act at their
 * median effect. No randomness; a sanity
 * check against the simulation and a figure that updates instantly while typing.
 */
import { CATEGORY_IDS, type CategoryId } from '../model/categories';
import type { ModelPlan, ThreatPlan } from '../model/plan';
import { combineEffects, inLibraryOrder, newYearMultipliers, SCALAR_INDEX } from '../controls/effects';
import { THREAT_KINDS } from '../model/vocabulary';
import { CATEGORY_COUNT, IMPACT_COUNT, LINE_COUNT, eventCost, newEventDraws, type EventDraws } from './eventCost';

export type DeterministicEstimate = Readonly<{
  annualLoss: number;
  byCategory: Readonly<Record<CategoryId, number>>;
  threats: readonly Readonly<{ name: string; eventsPerYear: number; eventLoss: number; annualLoss: number }>[];
}>;

function mostLikelyDraws(plan: ModelPlan, threat: ThreatPlan, draws: EventDraws): void {
  threat.exposure.forEach((sampler, k) => {
    draws.shares[k] = sampler ? sampler.mostLikely : 0;
  });
  const d = threat.disruption;
  draws.outageDays = d ? d.outageDays.mostLikely : 0;
  draws.operationsLost = d ? d.operationsLost.mostLikely : 0;
  draws.rampUpDays = d?.rampUpDays ? d.rampUpDays.mostLikely : 0;
  draws.extraCostPerDay = d?.extraCostPerDay ? d.extraCostPerDay.mostLikely : 0;
  draws.investigation = threat.investigation?.mostLikely ?? 0;
  draws.itRecovery = threat.itRecovery?.mostLikely ?? 0;
  draws.ransomDemand = threat.ransom?.demand.mostLikely ?? 0;
  draws.ransomPaid = threat.ransom?.paymentProbability.mostLikely ?? 0;
  const r = plan.response;
  draws.notificationCostPerPerson = r.notificationCostPerPerson.mostLikely;
  draws.regulatorNotificationCost = r.regulatorNotificationCost.mostLikely;
  draws.monitoringUptake = r.monitoringUptake.mostLikely;
  draws.monitoringCostPerPerson = r.monitoringCostPerPerson.mostLikely;
  draws.sued = r.lawsuitProbability.mostLikely;
  draws.legalDefenceCost = r.legalDefenceCost.mostLikely;
  draws.settlementPerPerson = r.settlementPerPerson.mostLikely;
  draws.cardAssessmentPerCard = r.cardAssessmentPerCard.mostLikely;
  draws.fined = plan.fines?.probability.mostLikely ?? 0;
  draws.fineAmount = plan.fines?.amount.mostLikely ?? 0;
  draws.abnormalChurn = plan.churn?.abnormalChurn.mostLikely ?? 0;
  draws.lifetimeValue = plan.churn?.lifetimeValue.mostLikely ?? 0;
  threat.customLosses.forEach((loss, c) => {
    draws.custom[c] = loss.perEvent.mostLikely;
  });
}

export function deterministicEstimate(plan: ModelPlan): DeterministicEstimate {
  const maxCustom = Math.max(0, ...plan.threats.map((threat) => threat.customLosses.length));
  const draws = newEventDraws(maxCustom);
  const lines = new Float64Array(LINE_COUNT);
  const categories = new Float64Array(CATEGORY_COUNT);
  const impact = new Float64Array(IMPACT_COUNT);
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  const effects = newYearMultipliers();
  combineEffects(inLibraryOrder(plan.controls), () => 0.5, effects, new Map());
  const scalar = (target: number): number => effects.scalar[target] ?? 1;
  let annualLoss = 0;
  const threats = plan.threats.map((threat) => {
    mostLikelyDraws(plan, threat, draws);
    for (let k = 0; k < draws.shares.length; k += 1) draws.shares[k] = (draws.shares[k] ?? 0) * scalar(SCALAR_INDEX.recordsExposed);
    draws.notificationCostPerPerson *= scalar(SCALAR_INDEX.costPerRecord);
    draws.monitoringCostPerPerson *= scalar(SCALAR_INDEX.costPerRecord);
    draws.settlementPerPerson *= scalar(SCALAR_INDEX.costPerRecord);
    draws.cardAssessmentPerCard *= scalar(SCALAR_INDEX.costPerRecord);
    draws.outageDays *= scalar(SCALAR_INDEX.outageDays);
    draws.investigation *= scalar(SCALAR_INDEX.detectionAndContainment);
    draws.ransomPaid *= scalar(SCALAR_INDEX.ransomPayment);
    const eventLoss = eventCost(plan, threat, draws, lines, categories, impact);
    const eventsPerYear = threat.frequency.mostLikely * (effects.frequency[THREAT_KINDS.indexOf(threat.kind)] ?? 1);
    CATEGORY_IDS.forEach((id, c) => {
      byCategory[id] += eventsPerYear * (categories[c] ?? 0);
    });
    annualLoss += eventsPerYear * eventLoss;
    return { name: threat.name, eventsPerYear, eventLoss, annualLoss: eventsPerYear * eventLoss };
  });
  return { annualLoss, byCategory, threats };
}
