/**
 * The quote per layer, as a table an underwriter can read and paste: the market's premium and
 * rate on line beside the model's expected loss, spread, attachment and exhaustion chances,
 * loss ratio and technical premium.
 */
import { useEffect, useId, useState } from 'react';
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import { COPY_MESSAGES, copyText } from '../clipboard';
import type { Formatters } from '../format';
import { quoteTable } from '../insuranceTables';
import { toTsv } from '../tables';

const COPIED_STATUS_MS = 2500;

export function QuoteTable({ insurance, format, currency }: Readonly<{ insurance: InsuranceSummary; format: Formatters; currency: string }>) {
  const id = useId();
  const [status, setStatus] = useState('');
  const table = quoteTable(insurance, format);
  useEffect(() => {
    if (status !== COPY_MESSAGES.copied) return undefined;
    const timer = window.setTimeout(() => setStatus(''), COPIED_STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const outcome = await copyText(toTsv(table));
    setStatus('');
    window.setTimeout(() => setStatus(COPY_MESSAGES[outcome]), 0);
  };
  const loadings =
    insurance.riskLoad > 0 || insurance.expenseRatio > 0
      ? `Technical premium = (expected loss + ${insurance.riskLoad} × standard deviation) / (1 − ${format.share(insurance.expenseRatio)} expenses).`
      : 'No risk load or expense ratio is set (see Insurance, Underwriting): the technical premium is the expected loss alone.';
  const total = insurance.totalPremium;
  return (
    <figure className="chart chart-wide" aria-labelledby={`${id}-title`}>
      <figcaption className="chart-header">
        <div className="chart-heading">
          <h2 id={`${id}-title`}>Quote by layer</h2>
          <p className="chart-subtitle">
            Premium charged {total === null ? 'not given for every layer' : `${format.money(total)} for the whole tower`}; technical premium {format.money(insurance.totalTechnicalPremium)} for the whole tower.
          </p>
        </div>
        <div className="chart-actions">
          <button type="button" onClick={() => void copy()}>
            Copy table
          </button>
          <span className="copy-status" role="status" aria-live="polite">
            {status}
          </span>
        </div>
      </figcaption>
      <div className="chart-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="chart-table" data-testid="quote-table">
          <caption id={`${id}-caption`}>Quote by layer ({currency}, a year)</caption>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={column} scope="col" className={index > 0 ? 'numeric' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className="numeric">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-notes">
        Expected loss is the layer’s pure premium; its standard error shows how far simulation noise could move it (more simulated years shrink it). Rate on line is premium ÷ limit; loss ratio is expected loss ÷ premium. {loadings}
      </p>
    </figure>
  );
}
