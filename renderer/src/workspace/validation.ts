/**
 * Checks the document being edited with the shared schema, and puts every problem next to the
 * input it belongs to. Results run only on a valid scenario; otherwise the last valid results
 * stay on screen with a banner listing what to fix.
 */
import { parseScenario } from '../../../shared/scenario/parse';
import type { Scenario } from '../../../shared/scenario/schemaV1';
import type { EditorState } from './editorState';

export type Validation = Readonly<{
  scenario: Scenario | null;
  /** Messages by the path of the input they concern. */
  errors: Readonly<Record<string, readonly string[]>>;
  count: number;
}>;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function validateEditor(state: EditorState): Validation {
  const errors: Record<string, string[]> = {};
  const add = (path: string, message: string) => {
    (errors[path] ??= []).push(message);
  };
  for (const [path, pending] of Object.entries(state.pending)) add(path, pending.message);
  const parsed = parseScenario(state.doc);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      if (!(error.path in state.pending)) add(error.path, error.path === '' ? `The scenario ${error.message}` : capitalise(error.message));
    }
  }
  const count = Object.values(errors).reduce((sum, list) => sum + list.length, 0);
  return { scenario: parsed.ok && count === 0 ? parsed.scenario : null, errors, count };
}

/** Errors for an input and anything inside it (an uncertain input's low, mode and high). */
export function errorsWithin(errors: Validation['errors'], path: string): string[] {
  const out: string[] = [];
  for (const [key, list] of Object.entries(errors)) {
    if (key === path || key.startsWith(`${path}.`)) out.push(...list);
  }
  return out;
}

const memo = new WeakMap<EditorState, Validation>();

/** validateEditor, remembered per state (states are immutable, so the answer never changes). */
export function validationOf(state: EditorState): Validation {
  let validation = memo.get(state);
  if (!validation) {
    validation = validateEditor(state);
    memo.set(state, validation);
  }
  return validation;
}
