/**
 * Every uncertain input of a built plan: each sampler that is not a constant, with its JSON-style
 * path (`threats[0].disruption.outageDays`, `response.notificationCostPerPerson`), its label in
 * plain words, what it feeds (the cost of an incident, or the number of incidents in a year),
 * and a way to put another sampler in its place. It walks the plan, not the scenario, so model
 * defaults the plan filled in (converted to the scenario's currency) are inputs too. Plans are
 * never mutated: a replacement copies the path down to the sampler with spreads.
 */
import { constantSampler } from '../distributions/constant';
import type { Sampler } from '../distributions/sampler';
import type { DisruptionPlan, ModelPlan, ThreatPlan } from '../model/plan';
import { fieldFor, type InputUnit } from '../model/inputCatalogue';
import { RECORD_TYPES } from '../model/vocabulary';

/** What an input feeds: the cost of each incident that draws it, or a threat's incidents a year. */
export type InputScope = 'incident' | 'year';

export type PlanInput = Readonly<{
  /** JSON-style path into the scenario: `threats[1].customLosses[0].perEvent`. */
  path: string;
  /** Plain words; a threat's inputs start with its name: "Ransomware: days systems are down". */
  label: string;
  unit: InputUnit;
  sampler: Sampler;
  scope: InputScope;
  /** Threat indices whose incidents draw the input (for a frequency, its own threat). */
  threats: readonly number[];
  /** A copy of `plan` (of the same shape as the walked one) with this input's sampler replaced. */
  replace: (plan: ModelPlan, sampler: Sampler) => ModelPlan;
}>;

type Replace = PlanInput['replace'];

function required<T>(value: T | null | undefined, path: string): T {
  if (value === null || value === undefined) throw new Error(`the plan has no ${path}`);
  return value;
}

const inThreat =
  (t: number, change: (threat: ThreatPlan, sampler: Sampler) => ThreatPlan): Replace =>
  (plan, sampler) => ({ ...plan, threats: plan.threats.map((threat, i) => (i === t ? change(threat, sampler) : threat)) });

const inDisruption = (t: number, path: string, key: keyof DisruptionPlan): Replace =>
  inThreat(t, (threat, sampler) => ({ ...threat, disruption: { ...required(threat.disruption, path), [key]: sampler } }));

/** "Days systems are down" -> "days systems are down"; "IT rebuild..." keeps its capitals. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function catalogued(path: string): Readonly<{ label: string; unit: InputUnit }> {
  return { label: fieldFor(path)?.label ?? path, unit: inputUnit(path) };
}

/** What an input feeds, by its path: a threat's frequency sets its incidents a year; every other input an incident's cost. */
export function inputScope(path: string): InputScope {
  return /^threats\[\d+\]\.frequency$/.test(path) ? 'year' : 'incident';
}

/** The unit of an input by its path (a custom loss, not in the catalogue, is money). */
export function inputUnit(path: string): InputUnit {
  return fieldFor(path)?.unit ?? 'money';
}

function threatInputs(threat: ThreatPlan, t: number): PlanInput[] {
  const inputs: PlanInput[] = [];
  const add = (suffix: string, sampler: Sampler | null | undefined, replace: Replace, scope: InputScope = 'incident'): void => {
    if (!sampler || sampler.isConstant) return;
    const path = `threats[${t}].${suffix}`;
    const { label, unit } = catalogued(path);
    inputs.push({ path, label: `${threat.name}: ${lowerFirst(label)}`, unit, sampler, scope, threats: [t], replace });
  };
  add('frequency', threat.frequency, inThreat(t, (plan, sampler) => ({ ...plan, frequency: sampler })), 'year');
  threat.exposure.forEach((sampler, k) => {
    add(
      `exposure.${RECORD_TYPES[k] ?? k}`,
      sampler,
      inThreat(t, (plan, next) => ({ ...plan, exposure: plan.exposure.map((old, j) => (j === k ? next : old)) })),
    );
  });
  const disruption = threat.disruption;
  for (const key of ['outageDays', 'operationsLost', 'rampUpDays', 'extraCostPerDay'] as const) {
    add(`disruption.${key}`, disruption?.[key], inDisruption(t, `threats[${t}].disruption`, key));
  }
  add('itRecovery', threat.itRecovery, inThreat(t, (plan, sampler) => ({ ...plan, itRecovery: sampler })));
  add('investigation', threat.investigation, inThreat(t, (plan, sampler) => ({ ...plan, investigation: sampler })));
  for (const key of ['demand', 'paymentProbability'] as const) {
    add(
      `ransom.${key}`,
      threat.ransom?.[key],
      inThreat(t, (plan, sampler) => ({ ...plan, ransom: { ...required(plan.ransom, `threats[${t}].ransom`), [key]: sampler } })),
    );
  }
  threat.customLosses.forEach((loss, c) => {
    if (loss.perEvent.isConstant) return;
    inputs.push({
      path: `threats[${t}].customLosses[${c}].perEvent`,
      label: `${threat.name}: ${loss.name}`,
      unit: 'money',
      sampler: loss.perEvent,
      scope: 'incident',
      threats: [t],
      replace: inThreat(t, (plan, sampler) => ({
        ...plan,
        customLosses: plan.customLosses.map((old, j) => (j === c ? { ...old, perEvent: sampler } : old)),
      })),
    });
  });
  return inputs;
}

const RESPONSE_KEYS = [
  'notificationCostPerPerson',
  'regulatorNotificationCost',
  'monitoringUptake',
  'monitoringCostPerPerson',
  'lawsuitProbability',
  'legalDefenceCost',
  'settlementPerPerson',
  'cardAssessmentPerCard',
] as const satisfies readonly (keyof ModelPlan['response'])[];

/**
 * The uncertain inputs of a plan, in the order people read them: threat by threat, then the
 * shared blocks. Left out: constants, and inputs no incident can draw (the inputs of a threat
 * that never happens; response costs and fines when no threat exposes records).
 */
export function uncertainInputs(plan: ModelPlan): PlanInput[] {
  const happens = (threat: ThreatPlan): boolean => !(threat.frequency.isConstant && threat.frequency.mean === 0);
  const inputs = plan.threats.flatMap((threat, t) => (happens(threat) ? threatInputs(threat, t) : []));
  // Response costs and fines are drawn only for incidents that expose records; churn for every incident.
  const exposing = plan.threats.flatMap((threat, t) => (happens(threat) && threat.exposure.some((sampler) => sampler !== null) ? [t] : []));
  const everyThreat = plan.threats.flatMap((threat, t) => (happens(threat) ? [t] : []));
  const add = (path: string, sampler: Sampler | null | undefined, threats: readonly number[], replace: Replace): void => {
    // An input no incident ever draws (response costs when no threat exposes records) cannot move the loss.
    if (!sampler || sampler.isConstant || threats.length === 0) return;
    inputs.push({ path, ...catalogued(path), sampler, scope: 'incident', threats, replace });
  };
  for (const key of RESPONSE_KEYS) {
    add(`response.${key}`, plan.response[key], exposing, (p, sampler) => ({ ...p, response: { ...p.response, [key]: sampler } }));
  }
  add('regulation.fineProbability', plan.fines?.probability, exposing, (p, sampler) => ({
    ...p,
    fines: { ...required(p.fines, 'regulation'), probability: sampler },
  }));
  add('regulation.fineIfImposed', plan.fines?.amount, exposing, (p, sampler) => ({ ...p, fines: { ...required(p.fines, 'regulation'), amount: sampler } }));
  add('lostBusiness.abnormalChurn', plan.churn?.abnormalChurn, everyThreat, (p, sampler) => ({
    ...p,
    churn: { ...required(p.churn, 'lostBusiness'), abnormalChurn: sampler },
  }));
  add('lostBusiness.lifetimeValue', plan.churn?.lifetimeValue, everyThreat, (p, sampler) => ({
    ...p,
    churn: { ...required(p.churn, 'lostBusiness'), lifetimeValue: sampler },
  }));
  return inputs;
}

/** A copy of the plan with the input certain at `value`. */
export function fixInput(plan: ModelPlan, input: PlanInput, value: number): ModelPlan {
  return input.replace(plan, constantSampler(value));
}
