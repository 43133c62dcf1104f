/**
 * The workspace as React state: variants with undo histories, the active variant's validation,
 * and the editing API the inputs use. Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y)
 * redoes any edit, wherever the focus is.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { EditorApi } from '../inputs/editorContext';
import { removeValue, setPending, setValue, type EditorState } from './editorState';
import { validateEditor } from './validation';
import { activeVariant, duplicateActive, editActive, redoActive, removeVariant, renameVariant, selectVariant, undoActive, type Workspace } from './workspace';

export type WorkspaceAction =
  | Readonly<{ type: 'edit'; change: (state: EditorState) => EditorState; mergeKey: string | null }>
  | Readonly<{ type: 'undo' }>
  | Readonly<{ type: 'redo' }>
  | Readonly<{ type: 'duplicate' }>
  | Readonly<{ type: 'rename'; id: string; name: string }>
  | Readonly<{ type: 'removeVariant'; id: string }>
  | Readonly<{ type: 'select'; id: string }>
  | Readonly<{ type: 'replace'; workspace: Workspace }>;

export function workspaceReducer(workspace: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'edit':
      return editActive(workspace, action.change, action.mergeKey, Date.now());
    case 'undo':
      return undoActive(workspace);
    case 'redo':
      return redoActive(workspace);
    case 'duplicate':
      return duplicateActive(workspace);
    case 'rename':
      return renameVariant(workspace, action.id, action.name);
    case 'removeVariant':
      return removeVariant(workspace, action.id);
    case 'select':
      return selectVariant(workspace, action.id);
    case 'replace':
      return action.workspace;
  }
}

/** True when the key event is the platform's undo or redo shortcut. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * @param keyboardUndo handle Ctrl/Cmd+Z here; off in the desktop app, whose Edit menu owns the keys
 */
export function useWorkspace(initial: () => Workspace, currency: (state: EditorState) => string, locale: string | undefined, keyboardUndo = true) {
  const [workspace, dispatch] = useReducer(workspaceReducer, undefined, initial);
  const variant = activeVariant(workspace);
  const state = variant.history.present;
  const validation = useMemo(() => validateEditor(state), [state]);

  useEffect(() => {
    if (!keyboardUndo) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      dispatch({ type: shortcut });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyboardUndo]);

  const edit = useCallback((change: (state: EditorState) => EditorState, mergeKey: string | null = null) => dispatch({ type: 'edit', change, mergeKey }), []);

  // The ways to change the document stay the same functions across edits, so inputs that an edit
  // does not touch can skip rendering (their memoised views compare props).
  const actions = useMemo(
    (): Pick<EditorApi, 'setValue' | 'setPending' | 'remove' | 'edit'> => ({
      setValue: (path, value) => edit((current) => setValue(current, path, value), `value:${path}`),
      // Invalid text is its own undo step, so the last valid value is always one step back.
      setPending: (path, text, message) => edit((current) => setPending(current, path, text, message), `pending:${path}`),
      remove: (path) => edit((current) => removeValue(current, path)),
      edit: (change) => edit(change),
    }),
    [edit],
  );
  const editor: EditorApi = useMemo(() => ({ state, validation, currency: currency(state), locale, ...actions }), [state, validation, currency, locale, actions]);

  return { workspace, dispatch, variant, editor, canUndo: variant.history.past.length > 0, canRedo: variant.history.future.length > 0 };
}
