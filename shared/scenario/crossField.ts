/** Checks that span several fields, run once every field is valid on its own. */
import type { Scenario } from './schemaV1';
import type { ScenarioError } from './issues';
import { REGIME_RULES } from '../model/regimes';

export function crossFieldErrors(scenario: Scenario): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const regulation = scenario.regulation;
  if (regulation && regulation.regime !== 'none') {
    const rule = REGIME_RULES[regulation.regime];
    if (rule.currency !== scenario.currency && regulation.exchangeRate === undefined) {
      errors.push({
        path: 'regulation.exchangeRate',
        message: `is required: ${rule.label} caps are set in ${rule.currency} and this scenario is in ${scenario.currency}; give how many ${scenario.currency} one ${rule.currency} is worth`,
      });
    }
  }
  if (regulation && regulation.regime !== 'none' && regulation.exchangeRate !== undefined && REGIME_RULES[regulation.regime].currency === scenario.currency) {
    errors.push({
      path: 'regulation.exchangeRate',
      message: `must be left out: ${REGIME_RULES[regulation.regime].label} caps are already in ${scenario.currency}, the scenario's currency`,
    });
  }
  if (regulation && regulation.regime === 'none') {
    for (const field of ['fineProbability', 'fineIfImposed', 'exchangeRate'] as const) {
      if (regulation[field] !== undefined) errors.push({ path: `regulation.${field}`, message: 'does not apply when the regime is none (no fines are modelled)' });
    }
  }
  if (regulation) {
    const hipaaOnly = (['hipaaTier', 'hipaaCapBasis', 'provisionsViolated'] as const).filter((field) => regulation[field] !== undefined);
    if (regulation.regime !== 'hipaa') {
      for (const field of hipaaOnly) {
        errors.push({ path: `regulation.${field}`, message: `applies only to the hipaa regime (this scenario's regime is ${regulation.regime})` });
      }
    }
    if (regulation.gdprTier !== undefined && regulation.regime !== 'gdpr' && regulation.regime !== 'ukGdpr') {
      errors.push({ path: 'regulation.gdprTier', message: `applies only to the gdpr and ukGdpr regimes (this scenario's regime is ${regulation.regime})` });
    }
  }
  const names = new Map<string, number>();
  scenario.threats.forEach((threat, index) => {
    const earlier = names.get(threat.name);
    if (earlier !== undefined) {
      errors.push({ path: `threats[${index}].name`, message: `repeats the name of threats[${earlier}] ("${threat.name}"); names must be unique` });
    } else {
      names.set(threat.name, index);
    }
  });
  return errors;
}
