/** Help > Methodology and sources: how the model works in brief, and every published source it cites. */
import { SOURCES, citeSource, type Source, type SourceId } from '../../../shared/sources/sources';
import { platformApi } from '../platform/platformApi';
import { Dialog } from './Dialog';

export function MethodologyDialog({ onClose }: Readonly<{ onClose: () => void }>) {
  const ids = Object.keys(SOURCES) as SourceId[];
  return (
    <Dialog title="Methodology and sources" buttons={[{ label: 'Close', onClick: onClose }]} onCancel={onClose}>
      <p>
        Aftermath simulates many years. In each, every threat strikes a Poisson number of times at a rate drawn from its range;
        each incident draws every cost driver and is costed line by line in six categories (detection and escalation,
        notification, post-breach response, business disruption, recovery, lost business). Per-person costs fall as breaches
        grow (log-log slope 0.7584, Jacobs 2014); fines follow HIPAA and GDPR caps. The same seed always gives the same numbers.
        The full method is in docs/model.md.
      </p>
      <h3>Sources cited by the defaults and presets</h3>
      <ul className="source-list">
        {ids.map((id) => {
          const source: Source = SOURCES[id];
          return (
            <li key={id}>
              {citeSource(id)}
              {source.url?.startsWith('https://') && (
                <button type="button" className="link-button" onClick={() => void platformApi().openExternalLink(source.url as string)} aria-label={`Open ${source.title} in your browser`}>
                  open
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
