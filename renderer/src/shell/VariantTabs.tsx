/** The variants of the scenario as tabs: switch, rename, duplicate, remove. */
import { useState } from 'react';
import type { Workspace } from '../workspace/workspace';
import { MAX_VARIANTS } from '../workspace/workspace';
import type { WorkspaceAction } from '../workspace/useWorkspace';

export function VariantTabs({ workspace, dispatch }: Readonly<{ workspace: Workspace; dispatch: (action: WorkspaceAction) => void }>) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  return (
    <div className="variants">
      <div role="tablist" aria-label="Variants of this scenario" className="variant-tabs">
        {workspace.variants.map((variant) =>
          renaming === variant.id ? (
            <input
              key={variant.id}
              className="variant-rename"
              aria-label={`Rename ${variant.name}`}
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => {
                dispatch({ type: 'rename', id: variant.id, name: draft });
                setRenaming(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  dispatch({ type: 'rename', id: variant.id, name: draft });
                  setRenaming(null);
                }
                if (event.key === 'Escape') setRenaming(null);
              }}
            />
          ) : (
            <button
              key={variant.id}
              type="button"
              role="tab"
              aria-selected={variant.id === workspace.activeId}
              className={variant.id === workspace.activeId ? 'variant-tab variant-tab-on' : 'variant-tab'}
              onClick={() => dispatch({ type: 'select', id: variant.id })}
              onDoubleClick={() => {
                setDraft(variant.name);
                setRenaming(variant.id);
              }}
            >
              {variant.name}
            </button>
          ),
        )}
      </div>
      <button type="button" onClick={() => dispatch({ type: 'duplicate' })} disabled={workspace.variants.length >= MAX_VARIANTS}>
        Duplicate variant
      </button>
      <button
        type="button"
        onClick={() => {
          const active = workspace.variants.find((variant) => variant.id === workspace.activeId);
          setDraft(active?.name ?? '');
          setRenaming(workspace.activeId);
        }}
      >
        Rename
      </button>
      {workspace.variants.length > 1 && (
        <button type="button" onClick={() => dispatch({ type: 'removeVariant', id: workspace.activeId })}>
          Remove variant
        </button>
      )}
    </div>
  );
}
