/**
 * What every input needs from the workspace: the document being edited, its problems, where
 * each starting value came from, and the ways to change it. Provided once by the workspace.
 */
import { createContext, useContext } from 'react';
import type { EditorState } from '../workspace/editorState';
import type { Validation } from '../workspace/validation';

export type EditorApi = Readonly<{
  state: EditorState;
  validation: Validation;
  currency: string;
  locale: string | undefined;
  /** Store a valid value (merging keystrokes in the same input into one undo step). */
  setValue: (path: string, value: unknown) => void;
  /** Keep text that is not a valid number, with the reason. */
  setPending: (path: string, text: string, message: string) => void;
  /** Remove an optional value or block. */
  remove: (path: string) => void;
  /** Any other change, as one undo step. */
  edit: (change: (state: EditorState) => EditorState) => void;
}>;

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor must be used inside the workspace editor.');
  return editor;
}
