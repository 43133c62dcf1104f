/**
 * The board report itself: a title page, the executive summary, the charts, the variants side by
 * side, every assumption with its source, and the methodology. Charts are the workspace's own
 * components (SVG, so they print as vectors with selectable text); their buttons are hidden in
 * print by the report's style sheet.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { SensitivityResult } from '../../../shared/sensitivity/analyse';
import type { AssumptionRow } from '../../../shared/report/assumptions';
import type { SourceId } from '../../../shared/sources/sources';
import type { Formatters } from '../results/format';
import { headlineFigures } from '../results/HeadlineFigures';
import { ExceedanceChart } from '../results/ExceedanceChart';
import { CategoryChart } from '../results/CategoryChart';
import { CashflowChart } from '../results/CashflowChart';
import { TornadoChart } from '../results/sensitivity/TornadoChart';
import { TowerChart } from '../results/insurance/TowerChart';
import { InsuranceCurvesChart } from '../results/insurance/InsuranceCurvesChart';
import { CoverageGapChart } from '../results/insurance/CoverageGapChart';
import { ControlValueChart } from '../results/controls/ControlValueChart';
import { CombinationChart } from '../results/controls/CombinationChart';
import { AppetiteBanner } from '../results/appetite';
import { CompareView, type ComparedVariant } from '../shell/CompareView';
import { executiveSummary } from './executiveSummary';
import { AssumptionsTable } from './AssumptionsTable';
import { Methodology } from './methodology';
import type { AssumptionFormat } from './assumptionText';

export type ReportContent = Readonly<{
  organisation: string;
  scenarioName: string;
  description: string | undefined;
  variantName: string;
  /** The date the report is written, already in words. */
  dateText: string;
  version: string;
  hash: string;
  result: ScenarioResult;
  controls: ScenarioResult | null;
  sensitivity: SensitivityResult | null;
  variants: readonly ComparedVariant[];
  assumptions: readonly AssumptionRow[];
}>;

function citedSources(rows: readonly AssumptionRow[]): SourceId[] {
  return [...new Set(rows.flatMap((row) => row.sourceIds))];
}

export function ReportDocument({ content, format, assumptionFormat }: Readonly<{ content: ReportContent; format: Formatters; assumptionFormat: AssumptionFormat }>) {
  const { result } = content;
  const summary = executiveSummary({ organisation: content.organisation, result, controls: content.controls, sensitivity: content.sensitivity }, format);
  const figures = headlineFigures(result, format);
  const hasControls = (content.controls?.controls?.length ?? 0) > 0;
  return (
    <>
      <section className="report-title-page" aria-labelledby="report-title">
        <p className="report-kicker">Cyber loss estimate · board report</p>
        <h1 id="report-title">{content.organisation}</h1>
        <p className="report-scenario">
          {content.scenarioName}
          {content.variants.length > 1 ? ` · variant “${content.variantName}”` : ''}
        </p>
        {content.description && <p className="report-description">{content.description}</p>}
        <dl className="report-facts">
          <dt>Date</dt>
          <dd>{content.dateText}</dd>
          <dt>Currency</dt>
          <dd>{result.currency}</dd>
          <dt>Simulated years</dt>
          <dd>{result.trials.toLocaleString()}</dd>
          <dt>Seed</dt>
          <dd>{result.seed}</dd>
          <dt>Scenario file SHA-256</dt>
          <dd className="report-hash">{content.hash}</dd>
          <dt>Made with</dt>
          <dd>Aftermath {content.version}</dd>
        </dl>
        <p className="report-note">
          Figures are estimates from a simulation of many possible years, not forecasts of one. Every input, with its source, is listed in the assumptions table;
          the same inputs, seed and number of years give the same figures on any machine.
        </p>
      </section>

      <section className="report-section" aria-labelledby="report-summary">
        <h2 id="report-summary">Executive summary</h2>
        <dl className="report-figures">
          {figures.map((figure) => (
            <div key={figure.id} className="report-figure" data-figure={figure.id}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
        <div className="report-points">
          {summary.map((point) => (
            <div key={point.id} className="report-point" data-point={point.id}>
              <h3>{point.title}</h3>
              <p>{point.text}</p>
            </div>
          ))}
        </div>
      </section>

      <section className="report-section" aria-labelledby="report-losses">
        <h2 id="report-losses">Losses</h2>
        {result.appetite && <AppetiteBanner verdict={result.appetite} format={format} />}
        <ExceedanceChart result={result} format={format} />
        <CategoryChart result={result} format={format} />
        <CashflowChart result={result} format={format} />
      </section>

      {content.sensitivity && (
        <section className="report-section" aria-labelledby="report-drivers">
          <h2 id="report-drivers">Drivers of the loss</h2>
          <TornadoChart result={content.sensitivity} format={format} />
        </section>
      )}

      {result.insurance && (
        <section className="report-section" aria-labelledby="report-insurance">
          <h2 id="report-insurance">Insurance</h2>
          <TowerChart insurance={result.insurance} format={format} currency={result.currency} />
          <InsuranceCurvesChart insurance={result.insurance} format={format} currency={result.currency} />
          <CoverageGapChart insurance={result.insurance} format={format} currency={result.currency} />
        </section>
      )}

      {hasControls && content.controls && (
        <section className="report-section" aria-labelledby="report-controls">
          <h2 id="report-controls">Security controls</h2>
          <ControlValueChart result={content.controls} format={format} />
          <CombinationChart result={content.controls} format={format} />
        </section>
      )}

      {content.variants.length > 1 && (
        <section className="report-section" aria-label="Variants compared">
          <CompareView variants={content.variants} format={format} />
        </section>
      )}

      <section className="report-section" aria-labelledby="report-assumptions">
        <h2 id="report-assumptions">Assumptions</h2>
        <p className="report-lead">
          Every input behind the figures, with its value or range and where it comes from. “Default” marks an input the scenario leaves to the model’s cited
          default.
        </p>
        <AssumptionsTable rows={content.assumptions} format={assumptionFormat} />
      </section>

      <Methodology sourceIds={citedSources(content.assumptions)} trials={result.trials} seed={result.seed} />
    </>
  );
}
