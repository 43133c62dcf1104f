/**
 * Switches the results between the overview (what the organisation stands to lose), what
 * drives it (the tornado), what controls are worth, and the Insurer view (what its cover pays
 * and what each layer is worth). Arrow keys, Home and End move between tabs.
 */
import type { KeyboardEvent } from 'react';

export type ResultsView = 'overview' | 'insurer' | 'controls' | 'drivers';

const VIEWS: readonly Readonly<{ id: ResultsView; label: string }>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'drivers', label: 'What drives the loss' },
  { id: 'controls', label: 'Controls' },
  { id: 'insurer', label: 'Insurer view' },
];

export function ResultsTabs({ view, onView, insured }: Readonly<{ view: ResultsView; onView: (view: ResultsView) => void; insured: boolean }>) {
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = VIEWS.findIndex((item) => item.id === view);
    const targets: Readonly<Record<string, number>> = {
      ArrowRight: (index + 1) % VIEWS.length,
      ArrowLeft: (index + VIEWS.length - 1) % VIEWS.length,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = VIEWS[target];
    if (next) {
      onView(next.id);
      document.getElementById(`results-tab-${next.id}`)?.focus();
    }
  };
  return (
    <div className="results-tabs" role="tablist" aria-label="Results">
      {VIEWS.map((item) => (
        <button
          key={item.id}
          id={`results-tab-${item.id}`}
          type="button"
          role="tab"
          aria-selected={view === item.id}
          aria-controls="results-panel"
          tabIndex={view === item.id ? 0 : -1}
          className={view === item.id ? 'results-tab results-tab-active' : 'results-tab'}
          onClick={() => onView(item.id)}
          onKeyDown={onKey}
        >
          {item.label}
          {item.id === 'insurer' && !insured && <span className="results-tab-note"> (no cover)</span>}
        </button>
      ))}
    </div>
  );
}
