/**
 * The frame every result chart sits in: a heading, a one-line subtitle, the chart with a text
 * alternative, a button switching to a table of the chart's numbers, one copying that table as
 * tab-separated text (the outcome announced in a live region), and buttons saving the chart as
 * an image (ChartImageButtons).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ChartImageButtons } from './ChartImageButtons';
import { COPY_MESSAGES, copyText } from './clipboard';
import { toTsv, type ChartTable } from './tables';

/** How long the "Copied" confirmation stays, in milliseconds. */
const COPIED_STATUS_MS = 2500;

export type ChartCardProps = Readonly<{
  title: string;
  /** One line in plain words: what the chart shows. */
  subtitle: ReactNode;
  /** The text alternative of the chart: what it shows, in words, with its key numbers. */
  description: string;
  table: ChartTable;
  tableCaption: string;
  /** Columns of numbers, right-aligned in the table. */
  numericColumns: readonly number[];
  /** Marks the chart area for tests. */
  chartTestId?: string;
  /** Extra class for the figure, such as one spanning the whole grid. */
  className?: string;
  /** Shown under the chart or table in both views: notes, sources. */
  notes?: ReactNode;
  children: ReactNode;
}>;

export function ChartCard(props: ChartCardProps) {
  const { title, subtitle, description, table, tableCaption, numericColumns, chartTestId, className, notes, children } = props;
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState('');
  const figure = useRef<HTMLElement>(null);

  useEffect(() => {
    if (status !== COPY_MESSAGES.copied) return undefined;
    const timer = window.setTimeout(() => setStatus(''), COPIED_STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async (): Promise<void> => {
    const outcome = await copyText(toTsv(table));
    // Equal messages in a row would not be announced again: clear first.
    setStatus('');
    window.setTimeout(() => setStatus(COPY_MESSAGES[outcome]), 0);
    if (outcome !== 'copied') setShowTable(true);
  };

  return (
    <figure ref={figure} className={className ? `chart ${className}` : 'chart'} aria-labelledby={`${id}-title`} aria-describedby={`${id}-subtitle`}>
      <figcaption className="chart-header">
        <div className="chart-heading">
          <h2 id={`${id}-title`}>{title}</h2>
          <p id={`${id}-subtitle`} className="chart-subtitle">
            {subtitle}
          </p>
        </div>
        <div className="chart-actions">
          <button type="button" aria-pressed={showTable} aria-controls={`${id}-body`} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? 'Show chart' : 'Show table'}
          </button>
          <button type="button" onClick={() => void copy()}>
            Copy table
          </button>
          <ChartImageButtons title={title} card={() => figure.current} showChart={() => setShowTable(false)} />
          <span className="copy-status" role="status" aria-live="polite">
            {status}
          </span>
        </div>
      </figcaption>
      {showTable ? (
        <div id={`${id}-body`} className="chart-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="chart-table">
            <caption id={`${id}-caption`}>{tableCaption}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={numericColumns.includes(index) ? 'numeric' : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => {
                    const align = numericColumns.includes(index) ? 'numeric' : undefined;
                    return index === 0 ? (
                      <th key={index} scope="row" className={align}>
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={align}>
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div id={`${id}-body`} className="chart-body" role="img" aria-label={description} data-testid={chartTestId}>
          {children}
        </div>
      )}
      {notes}
    </figure>
  );
}
