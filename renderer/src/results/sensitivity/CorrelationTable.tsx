/**
 * Rank correlations of the uncertain inputs with the loss each feeds (the incident's cost for
 * per-incident inputs, the year's loss for frequencies), strongest first: a second view of what
 * drives the loss, from the base run's own draws.
 */
import { useId } from 'react';
import type { SensitivityResult } from '../../../../shared/sensitivity/analyse';

/** How many inputs the table lists; the rest are in the CLI's JSON. */
const SHOWN = 15;

export function correlationRows(result: Pick<SensitivityResult, 'correlations'>): readonly (readonly [string, string])[] {
  return result.correlations
    .slice(0, SHOWN)
    .map((row) => [row.label, row.rankCorrelation === null ? 'not defined (the input or the loss did not vary)' : row.rankCorrelation.toFixed(2)] as const);
}

export function CorrelationTable({ result }: Readonly<{ result: SensitivityResult }>) {
  const id = useId();
  const rows = correlationRows(result);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart-header">
        <div className="chart-heading">
          <h2 id={`${id}-title`}>How closely each input moves with the loss</h2>
          <p className="chart-subtitle">
            Rank correlation in the base run: near 1, higher values of the input go with higher losses; near 0, no pattern. Per-incident inputs are compared with the incident’s cost,
            frequencies with the year’s loss.
          </p>
        </div>
      </figcaption>
      <div className="chart-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="chart-table" data-testid="correlation-table">
          <caption id={`${id}-caption`}>
            Rank correlation with the loss, strongest first ({Math.min(SHOWN, result.correlations.length)} of {result.correlations.length} inputs)
          </caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col" className="numeric">
                Rank correlation
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="numeric">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
