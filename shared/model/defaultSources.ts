/**
 * Where an input's value comes from: the loaded preset's own citation for that input, else the
 * cited default the model falls back on, else nothing (the user's own figure).
 */
import type { Provenance } from '../sources/provenance';
import { CHURN_DEFAULT, GDPR_TIER_DEFAULT, HIPAA_CAP_BASIS_DEFAULT, HIPAA_TIER_DEFAULT, REGULATION_DEFAULTS, RESPONSE_DEFAULTS, SCALING_DEFAULTS } from './defaults';
import type { Regime } from './vocabulary';
import { AMORTISATION_YEARS_DEFAULT, CONTROL_IDS, controlDefinition, type ControlId } from '../controls/library';

/** What a default depends on besides the path: the regime, and which control sits at each place in the list. */
export type DefaultContext = Readonly<{ regime: Regime | undefined; controlIds?: readonly unknown[] }>;

const CONTROL_EFFECT_PATH = /^controls\[(\d+)\]\.effects\.(.+)$/;

/** The library control at `controls[i]` of the path, and the effect path inside it, if the path is a control effect. */
function controlEffectAt(path: string, controlIds: readonly unknown[] | undefined): Readonly<{ id: ControlId; effect: string }> | undefined {
  const match = CONTROL_EFFECT_PATH.exec(path);
  if (!match || !controlIds) return undefined;
  const id = controlIds[Number(match[1])];
  if (typeof id !== 'string' || !(CONTROL_IDS as readonly string[]).includes(id)) return undefined;
  return { id: id as ControlId, effect: match[2] ?? '' };
}

/** The library's default effect for a control effect path, or undefined. */
function controlEffectDefault(path: string, controlIds: readonly unknown[] | undefined): Readonly<{ value: unknown; provenance: Provenance | undefined }> | undefined {
  const at = controlEffectAt(path, controlIds);
  if (!at) return undefined;
  const definition = controlDefinition(at.id);
  const [target, kind] = at.effect.split('.');
  const value = target === 'frequency' ? (definition.effects.frequency as Readonly<Record<string, unknown>> | undefined)?.[kind ?? ''] : (definition.effects as Readonly<Record<string, unknown>>)[target ?? ''];
  return value === undefined ? undefined : { value, provenance: definition.provenance[at.effect] };
}

export function defaultProvenance(path: string, regime: Regime | undefined, controlIds?: readonly unknown[]): Provenance | undefined {
  const control = controlEffectDefault(path, controlIds);
  if (control) return control.provenance;
  if (/^controls\[\d+\]\.amortisationYears$/.test(path)) return AMORTISATION_YEARS_DEFAULT.provenance;
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
  controlIds?: readonly unknown[],
): Provenance | undefined {
  return presetProvenance?.[path] ?? defaultProvenance(path, regime, controlIds);
}

/** The value the model uses when an optional input is left out, or undefined when none applies. */
export function defaultValueOf(path: string, regime: Regime | undefined, controlIds?: readonly unknown[]): unknown {
  const control = controlEffectDefault(path, controlIds);
  if (control) return control.value;
  if (/^controls\[\d+\]\.amortisationYears$/.test(path)) return AMORTISATION_YEARS_DEFAULT.value;
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
