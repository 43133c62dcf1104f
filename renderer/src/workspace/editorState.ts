/**
 * The state of one scenario being edited, with undo and redo. The document holds only valid
 * numbers; text a person typed that is not yet a number is kept beside it (`pending`), so
 * nothing typed is ever lost to a validation error. Consecutive keystrokes in the same input
 * are merged into one undo step.
 */
import type { Provenance } from '../../../shared/sources/provenance';
import { deleteAt, setAt } from './draftPath';
import { restackLayers } from './insuranceEdit';

export type ScenarioDoc = Readonly<Record<string, unknown>>;
export type PendingText = Readonly<{ text: string; message: string }>;
export type ProvenanceMap = Readonly<Record<string, Provenance>>;

export type EditorState = Readonly<{
  doc: ScenarioDoc;
  pending: Readonly<Record<string, PendingText>>;
  /** Where each input's starting value came from (the preset's or a template's citations). */
  provenance: ProvenanceMap;
}>;

export type History = Readonly<{
  past: readonly EditorState[];
  present: EditorState;
  future: readonly EditorState[];
  /** Merge key and time of the last edit, to merge keystrokes in one input. */
  lastKey: string | null;
  lastTime: number;
}>;

export const HISTORY_LIMIT = 200;
export const MERGE_WINDOW_MS = 1500;

export function newHistory(doc: ScenarioDoc, provenance: ProvenanceMap = {}): History {
  return { past: [], present: { doc, pending: {}, provenance }, future: [], lastKey: null, lastTime: 0 };
}

/** Records a new present state; merges with the previous step when the key repeats quickly. */
export function record(history: History, next: EditorState, mergeKey: string | null, now: number): History {
  const merge = mergeKey !== null && mergeKey === history.lastKey && now - history.lastTime < MERGE_WINDOW_MS;
  const past = merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: mergeKey, lastTime: now };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null, lastTime: 0 };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), lastKey: null, lastTime: 0 };
}

/** Pending text at path and at any path inside it (an uncertain input's low, mode, high). */
function withoutPending(pending: EditorState['pending'], path: string): EditorState['pending'] {
  const inside = (key: string) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`);
  if (!Object.keys(pending).some(inside)) return pending;
  return Object.fromEntries(Object.entries(pending).filter(([key]) => !inside(key)));
}

/** Stores a valid value and forgets any pending text at or inside that path. */
export function setValue(state: EditorState, path: string, value: unknown): EditorState {
  const doc = setAt(state.doc, path, value);
  return { ...state, doc: path.startsWith('insurance.') ? restackLayers(doc) : doc, pending: withoutPending(state.pending, path) };
}

/** Keeps text that is not (yet) a valid number, with the reason; the document is unchanged. */
export function setPending(state: EditorState, path: string, text: string, message: string): EditorState {
  return { ...state, pending: { ...state.pending, [path]: { text, message } } };
}

/** Removes a value (an optional input cleared, a block switched off, an array item deleted). */
export function removeValue(state: EditorState, path: string): EditorState {
  return { ...state, doc: deleteAt(state.doc, path), pending: withoutPending(state.pending, path) };
}

/** Renumbers keys under threats[...] after threat `index` is removed; drops the removed threat's keys. */
function shiftThreatKeys<T>(map: Readonly<Record<string, T>>, index: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) {
    const match = /^threats\[(\d+)\](.*)$/.exec(key);
    if (!match) out[key] = value;
    else if (Number(match[1]) > index) out[`threats[${Number(match[1]) - 1}]${match[2] ?? ''}`] = value;
    else if (Number(match[1]) < index) out[key] = value;
  }
  return out;
}

/** Adds a threat at the end, with the citations of its starting values. */
export function addThreat(state: EditorState, threat: unknown, provenance: ProvenanceMap): EditorState {
  const threats = Array.isArray(state.doc['threats']) ? (state.doc['threats'] as unknown[]) : [];
  const index = threats.length;
  const cited = Object.fromEntries(Object.entries(provenance).map(([path, source]) => [`threats[${index}].${path}`, source]));
  return { ...state, doc: { ...state.doc, threats: [...threats, threat] }, provenance: { ...state.provenance, ...cited } };
}

/** Removes threat `index`, dropping pending text inside it and renumbering pending text after it. */
export function removeThreat(state: EditorState, index: number): EditorState {
  return {
    doc: deleteAt(state.doc, `threats[${index}]`),
    pending: shiftThreatKeys(state.pending, index),
    provenance: shiftThreatKeys(state.provenance, index),
  };
}
