/**
 * Where an input's value comes from: the loaded preset's own citation for that input, else the
 * cited default the model falls back on, else nothing (the user's own figure).
 */
import type { Provenance } from '../sources/provenance';
import { CHURN_DEFAULT, GDPR_TIER_DEFAULT, HIPAA_CAP_BASIS_DEFAULT, HIPAA_TIER_DEFAULT, REGULATION_DEFAULTS, RESPONSE_DEFAULTS, SCALING_DEFAULTS } from './defaults';
import type { Regime } from './vocabulary';

export function defaultProvenance(path: string, regime: Regime | undefined): Provenance | undefined {
  const [block, field] = path.split('.');
  if (block === 'response' && field && field in RESPONSE_DEFAULTS) {
    return RESPONSE_DEFAULTS[field as keyof typeof RESPONSE_DEFAULTS].provenance;
  }
  if (block === 'scaling' && field && field in SCALING_DEFAULTS) {
    return SCALING_DEFAULTS[field as keyof typeof SCALING_DEFAULTS].provenance;
  }
  if (path === 'lostBusiness.abnormalChurn') return CHURN_DEFAULT.provenance;
  if (block === 'regulation' && regime && regime !== 'none') {
    if (field === 'fineProbability' || field === 'fineIfImposed' || field === 'provisionsViolated') return REGULATION_DEFAULTS[regime][field].provenance;
    if (field === 'hipaaTier') return HIPAA_TIER_DEFAULT.provenance;
    if (field === 'hipaaCapBasis') return HIPAA_CAP_BASIS_DEFAULT.provenance;
    if (field === 'gdprTier') return GDPR_TIER_DEFAULT.provenance;
  }
  return undefined;
}

/** The preset's citation for this exact path, else the model default's. */
export function sourceOfInput(
  path: string,
  presetProvenance: Readonly<Record<string, Provenance>> | undefined,
  regime: Regime | undefined,
): Provenance | undefined {
  return presetProvenance?.[path] ?? defaultProvenance(path, regime);
}

/** The value the model uses when an optional input is left out, or undefined when none applies. */
export function defaultValueOf(path: string, regime: Regime | undefined): unknown {
  const [block, field] = path.split('.');
  if (block === 'response' && field && field in RESPONSE_DEFAULTS) return RESPONSE_DEFAULTS[field as keyof typeof RESPONSE_DEFAULTS].value;
  if (block === 'scaling' && field && field in SCALING_DEFAULTS) return SCALING_DEFAULTS[field as keyof typeof SCALING_DEFAULTS].value;
  if (path === 'lostBusiness.abnormalChurn') return CHURN_DEFAULT.value;
  if (block === 'regulation' && regime && regime !== 'none') {
    if (field === 'fineProbability' || field === 'fineIfImposed' || field === 'provisionsViolated') return REGULATION_DEFAULTS[regime][field].value;
    if (field === 'hipaaTier') return HIPAA_TIER_DEFAULT.value;
    if (field === 'hipaaCapBasis') return HIPAA_CAP_BASIS_DEFAULT.value;
    if (field === 'gdprTier') return GDPR_TIER_DEFAULT.value;
  }
  return undefined;
}
