/** The citation for an input in the editor: the loaded preset's or template's, else the model default's. */
import { sourceOfInput } from '../../../shared/model/defaultSources';
import type { Provenance } from '../../../shared/sources/provenance';
import type { Regime } from '../../../shared/model/vocabulary';
import { getAt } from '../workspace/draftPath';
import type { EditorApi } from './editorContext';

/** The id of the control at each place in the scenario's list, for control-effect defaults. */
export function controlIdsOf(editor: EditorApi): readonly unknown[] {
  const controls = getAt(editor.state.doc, 'controls');
  return Array.isArray(controls) ? controls.map((control: unknown) => (control as { id?: unknown } | null)?.id) : [];
}

export function sourceFor(editor: EditorApi, path: string): Provenance | undefined {
  const regime = getAt(editor.state.doc, 'regulation.regime') as Regime | undefined;
  return sourceOfInput(path, editor.state.provenance, regime, controlIdsOf(editor));
}
