/**
 * The document shown in the window: its file name and whether it has unsaved edits. The window
 * title follows it ("name.aftermath.json • edited - Aftermath"), and closing with unsaved edits
 * asks first: save, close without saving, or cancel.
 */
import type { DocumentState } from '../shared/ipc/contract';

export const APP_TITLE = 'Aftermath';

export function windowTitle(state: DocumentState): string {
  const name = state.fileName ?? 'Untitled scenario';
  return `${name}${state.edited ? ' \u2022 edited' : ''} - ${APP_TITLE}`;
}

export const CLOSE_CHOICES = ['Save', 'Close without saving', 'Cancel'] as const;

export type CloseDecision = 'close' | 'saveThenClose' | 'stay';

/** What to do when the window is asked to close, given the document state and the user's answer. */
export function closeDecision(edited: boolean, choiceIndex: number | null): CloseDecision {
  if (!edited) return 'close';
  switch (choiceIndex) {
    case 0:
      return 'saveThenClose';
    case 1:
      return 'close';
    default:
      return 'stay';
  }
}
