/**
 * Where a starting value comes from, in one line: the citations (publisher, title, year) or the
 * assumption it rests on. Cited sources with an https address get a button that opens the page
 * in the system browser, only when clicked.
 */
import type { Provenance } from '../../../shared/sources/provenance';
import { SOURCES, citeSource, type Source } from '../../../shared/sources/sources';
import { platformApi } from '../platform/platformApi';

export function SourceNote({ provenance }: Readonly<{ provenance: Provenance | undefined }>) {
  if (!provenance) return <p className="source-note">Your own figure: no default applies.</p>;
  const sources = provenance.sources ?? [];
  return (
    <div className="source-note">
      <p>
        <strong>{provenance.kind === 'assumption' ? 'Assumption. ' : 'Source. '}</strong>
        {provenance.note}
      </p>
      {sources.length > 0 && (
        <ul>
          {sources.map((id) => {
            const source: Source = SOURCES[id];
            return (
              <li key={id}>
                {citeSource(id)}
                {source.url?.startsWith('https://') && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void platformApi().openExternalLink(source.url as string)}
                    aria-label={`Open ${source.title} in your browser`}
                  >
                    open
                  </button>
                )}
                {source.readVia && <span className="read-via"> (read via {source.readVia})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
