/**
 * Edits to the control list and the risk appetite that touch more than one value: a control's
 * status (not used, in place, proposed), and adding or removing appetite points. Removing an
 * entry renumbers the typed text and citations of the entries after it.
 */
import type { ControlId } from '../../../shared/controls/library';
import type { ControlStatus } from '../../../shared/scenario/controlsSchema';
import { deleteAt, getAt, setAt } from './draftPath';
import type { EditorState } from './editorState';

type ListEntry = Readonly<Record<string, unknown>>;

const listAt = (state: EditorState, path: string): readonly ListEntry[] => {
  const list = getAt(state.doc, path);
  return Array.isArray(list) ? (list as ListEntry[]) : [];
};

/** Moves keys under `<list>[j]` down by one for j > index; drops the removed entry's keys. */
function shiftKeys<T>(map: Readonly<Record<string, T>>, list: string, index: number): Record<string, T> {
  const pattern = new RegExp(`^${list.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](.*)$`);
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) {
    const match = pattern.exec(key);
    if (!match) out[key] = value;
    else if (Number(match[1]) > index) out[`${list}[${Number(match[1]) - 1}]${match[2] ?? ''}`] = value;
    else if (Number(match[1]) < index) out[key] = value;
  }
  return out;
}

/** Removes entry `index` of a list, deleting the list when it empties. */
function removeEntry(state: EditorState, list: string, index: number): EditorState {
  const remaining = listAt(state, list).length - 1;
  return {
    doc: remaining > 0 ? deleteAt(state.doc, `${list}[${index}]`) : deleteAt(state.doc, list),
    pending: shiftKeys(state.pending, list, index),
    provenance: shiftKeys(state.provenance, list, index),
  };
}

/** Where the control sits in the scenario's list, or -1. */
export function controlIndex(state: EditorState, id: ControlId): number {
  return listAt(state, 'controls').findIndex((control) => control['id'] === id);
}

/** Sets a control in place, proposed, or not used (null: removed from the list, costs and all). */
export function setControlStatus(state: EditorState, id: ControlId, status: ControlStatus | null): EditorState {
  const index = controlIndex(state, id);
  if (status === null) return index < 0 ? state : removeEntry(state, 'controls', index);
  if (index >= 0) return { ...state, doc: setAt(state.doc, `controls[${index}].status`, status) };
  return { ...state, doc: setAt(state.doc, `controls[${listAt(state, 'controls').length}]`, { id, status }) };
}

/** A new appetite point above the last one: ten times its loss, a tenth of its chance. */
export function addAppetitePoint(state: EditorState, firstLoss: number): EditorState {
  const points = listAt(state, 'appetite');
  const last = points[points.length - 1];
  const loss = typeof last?.['loss'] === 'number' ? last['loss'] * 10 : firstLoss;
  const probability = typeof last?.['probability'] === 'number' ? last['probability'] / 10 : 0.1;
  return { ...state, doc: setAt(state.doc, `appetite[${points.length}]`, { loss, probability }) };
}

export function removeAppetitePoint(state: EditorState, index: number): EditorState {
  return removeEntry(state, 'appetite', index);
}
