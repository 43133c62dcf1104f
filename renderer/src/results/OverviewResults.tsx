/**
 * The overview of a result: headline figures, the appetite verdict, the charts and any warnings.
 * Memoised, so edits and progress leave it alone until a new result (or currency) arrives; the
 * headline figures then update at once and the charts follow, one per task (useStaggered).
 */
import { memo, useMemo } from 'react';
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { Sector } from '../../../shared/model/vocabulary';
import { AppetiteBanner } from './appetite';
import { BenchmarkChart } from './BenchmarkChart';
import { CashflowChart } from './CashflowChart';
import { CategoryChart } from './CategoryChart';
import { ExceedanceChart } from './ExceedanceChart';
import type { Formatters } from './format';
import { HeadlineFigures } from './HeadlineFigures';
import { IncidentHistogram } from './IncidentHistogram';
import { useStaggered } from './useStaggered';

/** The organisation the benchmark chart compares with: that of the scenario the result is for. */
export type BenchmarkOrganisation = Readonly<{ sector: Sector; annualRevenue: number; currency: string }>;

export type OverviewResultsProps = Readonly<{ result: ScenarioResult; format: Formatters; organisation: BenchmarkOrganisation | undefined }>;

const Exceedance = memo(ExceedanceChart);
const Categories = memo(CategoryChart);
const Incidents = memo(IncidentHistogram);
const Cashflow = memo(CashflowChart);
const Benchmark = memo(BenchmarkChart);
// The figures and the verdict render with the result, not again with each chart that follows it.
const Headline = memo(HeadlineFigures);
const Appetite = memo(AppetiteBanner);

export const OverviewResults = memo(function OverviewResults({ result, format, organisation }: OverviewResultsProps) {
  const shown = useMemo(() => ({ result, format, organisation }), [result, format, organisation]);
  // The headline figures follow at once; the charts one per task, top of the page first.
  const [, exceedance, categories, incidents, cashflow, benchmark] = useStaggered(shown, 6);
  return (
    <>
      <Headline result={result} format={format} />
      {result.appetite && <Appetite verdict={result.appetite} format={format} />}
      {exceedance && <Exceedance result={exceedance.result} format={exceedance.format} />}
      <div className="chart-grid">
        {categories && <Categories result={categories.result} format={categories.format} />}
        {incidents && <Incidents result={incidents.result} format={incidents.format} />}
        {cashflow && <Cashflow result={cashflow.result} format={cashflow.format} />}
        {benchmark?.organisation && (
          <Benchmark
            result={benchmark.result}
            format={benchmark.format}
            sector={benchmark.organisation.sector}
            annualRevenue={benchmark.organisation.annualRevenue}
            currency={benchmark.organisation.currency}
          />
        )}
      </div>
      {result.warnings.length > 0 && (
        <div className="banner" role="note">
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
});
