/**
 * Controls compiled for the engine: each control's effects as quantile functions of one
 * uniform "effect level" per simulated year, so a control that works well in a year works well
 * on every input it touches (its effects move together), and the level can be replayed to see
 * how the control's value depends on it. Scenario overrides replace the library's default for
 * that effect; the others keep their defaults.
 */
import { quantileOf, type Quantile } from '../distributions/quantile';
import type { ShareInput } from '../distributions/uncertain';
import type { ThreatKind } from '../model/vocabulary';
import type { ControlInput } from '../scenario/controlsSchema';
import type { ControlStatus } from '../scenario/controlsSchema';
import { AMORTISATION_YEARS_DEFAULT, CONTROL_IDS, SCALAR_TARGETS, controlDefinition, type ControlId, type ScalarTarget } from './library';

export type CompiledControl = Readonly<{
  id: ControlId;
  label: string;
  /** Place in the library: keys the control's random stream, whatever order a scenario lists it in. */
  libraryIndex: number;
  overlapGroup: string | null;
  status: ControlStatus;
  frequency: Readonly<Partial<Record<ThreatKind, Quantile>>>;
  scalar: Readonly<Partial<Record<ScalarTarget, Quantile>>>;
  annualCost: number;
  oneOffCost: number;
  amortisationYears: number;
  /** annual cost + one-off cost / amortisation years */
  annualisedCost: number;
  /** When set, the control works at this effect level every year (used to see how its value depends on the level). */
  fixedLevel?: number;
}>;

export function compileControl(input: ControlInput): CompiledControl {
  const definition = controlDefinition(input.id);
  const overrides = input.effects ?? {};
  const frequencySpecs: Partial<Record<ThreatKind, ShareInput | undefined>> = { ...definition.effects.frequency, ...overrides.frequency };
  const frequency: Partial<Record<ThreatKind, Quantile>> = {};
  for (const [kind, spec] of Object.entries(frequencySpecs) as [ThreatKind, ShareInput | undefined][]) {
    if (spec !== undefined) frequency[kind] = quantileOf(spec);
  }
  const scalar: Partial<Record<ScalarTarget, Quantile>> = {};
  for (const target of SCALAR_TARGETS) {
    const spec: ShareInput | undefined = overrides[target] ?? definition.effects[target];
    if (spec !== undefined) scalar[target] = quantileOf(spec);
  }
  const annualCost = input.annualCost ?? 0;
  const oneOffCost = input.oneOffCost ?? 0;
  const amortisationYears = input.amortisationYears ?? AMORTISATION_YEARS_DEFAULT.value;
  return {
    id: input.id,
    label: definition.label,
    libraryIndex: CONTROL_IDS.indexOf(input.id),
    overlapGroup: definition.overlapGroup,
    status: input.status,
    frequency,
    scalar,
    annualCost,
    oneOffCost,
    amortisationYears,
    annualisedCost: annualCost + oneOffCost / amortisationYears,
  };
}

/** Every control the scenario lists, compiled, in its order. */
export function compileControls(inputs: readonly ControlInput[] | undefined): CompiledControl[] {
  return (inputs ?? []).map(compileControl);
}
