/** The report's assumptions: one row per input, grouped by section, with its value and its source. */
import { Fragment } from 'react';
import type { AssumptionRow } from '../../../shared/report/assumptions';
import { assumptionValueText, type AssumptionFormat } from './assumptionText';

export function AssumptionsTable({ rows, format }: Readonly<{ rows: readonly AssumptionRow[]; format: AssumptionFormat }>) {
  const sections = [...new Set(rows.map((row) => row.section))];
  return (
    <table className="report-assumptions">
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {sections.map((section) => (
          <Fragment key={section}>
            <tr className="report-assumptions-section">
              <th scope="rowgroup" colSpan={3}>
                {section}
              </th>
            </tr>
            {rows
              .filter((row) => row.section === section)
              .map((row) => (
                <tr key={row.path} data-path={row.path}>
                  <th scope="row">
                    {row.label}
                    {row.unitText && <span className="report-unit"> ({row.unitText})</span>}
                  </th>
                  <td>
                    {assumptionValueText(row, format)}
                    {row.isDefault && <span className="report-default"> · default</span>}
                  </td>
                  <td className="report-source">{row.source}</td>
                </tr>
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
