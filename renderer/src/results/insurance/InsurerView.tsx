/**
 * The Insurer view: the insurance programme run over the simulated years. Figures first, then
 * the tower, the gross / insured / retained curves, the quote by layer and the coverage gap.
 */
import type { InsuranceSummary } from '../../../../shared/insurance/summary';
import type { Formatters } from '../format';
import { FigureRow } from '../HeadlineFigures';
import { CoverageGapChart } from './CoverageGapChart';
import { InsuranceCurvesChart } from './InsuranceCurvesChart';
import { insuranceFigures } from './insuranceFigures';
import { QuoteTable } from './QuoteTable';
import { TowerChart } from './TowerChart';

export function InsurerView({ insurance, format, currency }: Readonly<{ insurance: InsuranceSummary; format: Formatters; currency: string }>) {
  return (
    <>
      <FigureRow figures={insuranceFigures(insurance, format)} label="Insurance figures" />
      <div className="chart-grid">
        <TowerChart insurance={insurance} format={format} currency={currency} />
        <InsuranceCurvesChart insurance={insurance} format={format} currency={currency} />
        <QuoteTable insurance={insurance} format={format} currency={currency} />
        <CoverageGapChart insurance={insurance} format={format} currency={currency} />
      </div>
    </>
  );
}
