/** A collapsible section of inputs with a heading; open by default, remembered while the app runs. */
import type { ReactNode } from 'react';

export function Section({ id, title, summary, children, defaultOpen = true }: Readonly<{ id: string; title: string; summary?: string; children: ReactNode; defaultOpen?: boolean }>) {
  return (
    <details className="section" open={defaultOpen} id={`section-${id}`}>
      <summary>
        <h2 className="section-title">{title}</h2>
        {summary && <span className="section-summary">{summary}</span>}
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
