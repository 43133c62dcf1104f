/**
 * The workspace: one or more variants of a scenario ("As is", "With immutable backups"), each
 * with its own undo history, and the one being edited. Pure functions; the hook wires them to
 * React and the keyboard.
 */
import type { Preset } from '../../../shared/presets/preset';
import { newHistory, record, redo, undo, type EditorState, type History, type ProvenanceMap, type ScenarioDoc } from './editorState';

export type Variant = Readonly<{ id: string; name: string; history: History }>;

export type Workspace = Readonly<{
  variants: readonly Variant[];
  activeId: string;
  nextId: number;
  /** The preset (or file name) the workspace started from, for the title bar. */
  origin: string;
}>;

export const MAX_VARIANTS = 6;

export function workspaceFromDoc(doc: ScenarioDoc, provenance: ProvenanceMap, origin: string): Workspace {
  return { variants: [{ id: 'v1', name: 'As is', history: newHistory(doc, provenance) }], activeId: 'v1', nextId: 2, origin };
}

export function workspaceFromPreset(preset: Preset): Workspace {
  return workspaceFromDoc(preset.scenario as unknown as ScenarioDoc, preset.provenance, preset.label);
}

export function activeVariant(workspace: Workspace): Variant {
  return workspace.variants.find((variant) => variant.id === workspace.activeId) ?? (workspace.variants[0] as Variant);
}

function updateActive(workspace: Workspace, change: (history: History) => History): Workspace {
  return {
    ...workspace,
    variants: workspace.variants.map((variant) => (variant.id === workspace.activeId ? { ...variant, history: change(variant.history) } : variant)),
  };
}

export function editActive(workspace: Workspace, edit: (state: EditorState) => EditorState, mergeKey: string | null, now: number): Workspace {
  return updateActive(workspace, (history) => record(history, edit(history.present), mergeKey, now));
}

export const undoActive = (workspace: Workspace): Workspace => updateActive(workspace, undo);
export const redoActive = (workspace: Workspace): Workspace => updateActive(workspace, redo);

/** Copies the active variant's current state into a new variant and switches to it. */
export function duplicateActive(workspace: Workspace, name?: string): Workspace {
  if (workspace.variants.length >= MAX_VARIANTS) return workspace;
  const source = activeVariant(workspace);
  const id = `v${workspace.nextId}`;
  const present = source.history.present;
  const variant: Variant = {
    id,
    name: name ?? `Variant ${workspace.nextId}`,
    history: { ...newHistory(present.doc, present.provenance), present },
  };
  return { ...workspace, variants: [...workspace.variants, variant], activeId: id, nextId: workspace.nextId + 1 };
}

export function renameVariant(workspace: Workspace, id: string, name: string): Workspace {
  const trimmed = name.trim();
  if (trimmed === '') return workspace;
  return { ...workspace, variants: workspace.variants.map((variant) => (variant.id === id ? { ...variant, name: trimmed } : variant)) };
}

export function removeVariant(workspace: Workspace, id: string): Workspace {
  if (workspace.variants.length <= 1) return workspace;
  const variants = workspace.variants.filter((variant) => variant.id !== id);
  const activeId = workspace.activeId === id ? (variants[0] as Variant).id : workspace.activeId;
  return { ...workspace, variants, activeId };
}

export function selectVariant(workspace: Workspace, id: string): Workspace {
  return workspace.variants.some((variant) => variant.id === id) ? { ...workspace, activeId: id } : workspace;
}
