/**
 * Where a default value comes from: published sources with a note on how the number was read
 * or derived, or a plainly labelled assumption where no source exists.
 */
import { citeSource, type SourceId } from './sources';

export type Provenance =
  | Readonly<{ kind: 'sourced'; sources: readonly SourceId[]; note: string }>
  | Readonly<{ kind: 'assumption'; note: string; sources?: readonly SourceId[] }>;

export const sourced = (note: string, ...sources: SourceId[]): Provenance => ({ kind: 'sourced', sources, note });
export const assumption = (note: string, ...sources: SourceId[]): Provenance => ({ kind: 'assumption', note, sources });

/** One line for help texts and reports. */
export function describeProvenance(provenance: Provenance): string {
  const cited = (provenance.sources ?? []).map(citeSource).join('; ');
  if (provenance.kind === 'assumption') {
    return cited ? `Assumption: ${provenance.note} Informed by ${cited}.` : `Assumption: ${provenance.note}`;
  }
  return `${provenance.note} Source: ${cited}.`;
}
