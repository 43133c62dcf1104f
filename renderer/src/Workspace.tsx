/**
 * The scenario workspace: inputs on the left in the order people think about them, live results
 * on the right, variants to compare, and a presentation mode. Simulations run in a worker;
 * results follow each edit at once (a newer edit never waits behind more than one short run),
 * and stay on the last valid inputs while any input needs attention.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SEED, DEFAULT_TRIALS, type ScenarioResult } from '../../shared/engine/runScenario';
import { DEFAULT_PRESET_ID, findPreset } from '../../shared/presets/index';
import type { Scenario } from '../../shared/scenario/schemaV1';
import type { Sector } from '../../shared/model/vocabulary';
import { EditorContext } from './inputs/editorContext';
import { InputsPanel } from './inputs/InputsPanel';
import { InsurerView } from './results/insurance/InsurerView';
import { OverviewResults, type BenchmarkOrganisation } from './results/OverviewResults';
import { ControlsView } from './results/controls/ControlsView';
import { DriversView } from './results/sensitivity/DriversView';
import { AnalysisStatus } from './shell/AnalysisStatus';
import { controlsRunOf, rawRunOf, sensitivityRunOf } from './simulation/analysisRuns';
import { ExportStatus } from './shell/ExportStatus';
import type { DataExportKind } from './shell/dataExports';
import { ReportView } from './report/ReportView';
import { reportReadiness } from './report/reportReadiness';
import { defaultPageSize, type PageSize } from './report/pageStyle';
import { TowerChart, adequacySentence } from './results/insurance/TowerChart';
import { CoverageGapChart } from './results/insurance/CoverageGapChart';
import { ResultsTabs, type ResultsView } from './shell/ResultsTabs';
import { enableInsuranceForOrganisation } from './workspace/insuranceEdit';
import { HeadlineFigures } from './results/HeadlineFigures';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../shared/model/categories';
import type { Formatters } from './results/format';
import { ExceedanceChart } from './results/ExceedanceChart';
import { CategoryChart } from './results/CategoryChart';
import { IncidentHistogram } from './results/IncidentHistogram';
import { CashflowChart } from './results/CashflowChart';
import { formatters, userLocale } from './results/format';
import { runKey, type RunSettings } from './simulation/runKey';
import { useResults, type WantedRun } from './simulation/useResults';
import { TopBar } from './shell/TopBar';
import { VariantTabs } from './shell/VariantTabs';
import { ValidationBanner } from './shell/ValidationBanner';
import { RunStatus } from './shell/RunStatus';
import { CompareView, type ComparedVariant } from './shell/CompareView';
import { PresentationMode, type Slide } from './shell/PresentationMode';
import { DocumentPrompt } from './shell/DocumentPrompt';
import { useDocument } from './shell/useDocument';
import { ThresholdMarks } from './shell/ThresholdMarks';
import { useTheme } from './shell/theme';
import { useWorkspace } from './workspace/useWorkspace';
import { isDesktop } from './platform/platformApi';
import { workspaceFromPreset } from './workspace/workspace';
import { validationOf } from './workspace/validation';
import type { EditorState } from './workspace/editorState';

declare const __AFTERMATH_VERSION__: string;

function settingsOf(scenario: Scenario, thresholds: readonly number[]): RunSettings {
  return { trials: scenario.simulation?.trials ?? DEFAULT_TRIALS, seed: scenario.simulation?.seed ?? DEFAULT_SEED, thresholds };
}

const currencyOf = (state: EditorState): string => String(state.doc['currency'] ?? 'USD');

/** The category that costs most in the worst 10% of years, in a sentence. */
function categoryHeadline(result: ScenarioResult, format: Formatters): string {
  const ranked = [...CATEGORY_IDS].sort((a, b) => result.categories[b].meanInWorst10 - result.categories[a].meanInWorst10);
  const top = ranked[0];
  const second = ranked[1];
  if (!top || !second) return '';
  return `In the worst years, ${CATEGORY_LABELS[top].toLowerCase()} costs most (${format.moneyCompact(result.categories[top].meanInWorst10)} on average), then ${CATEGORY_LABELS[second].toLowerCase()}.`;
}

/** The formatters for a currency, the same object until the currency or locale changes (so memoised results stay put). */
function useFormatters(currency: string, locale: string | undefined): Formatters {
  return useMemo(() => formatters(currency, locale), [currency, locale]);
}

/** The organisation the benchmark chart compares with, the same object while its three fields stay the same. */
function useOrganisation(sector: Sector | undefined, annualRevenue: number | undefined, currency: string | undefined): BenchmarkOrganisation | undefined {
  return useMemo(
    () => (sector !== undefined && annualRevenue !== undefined && currency !== undefined ? { sector, annualRevenue, currency } : undefined),
    [sector, annualRevenue, currency],
  );
}

export function Workspace() {
  const locale = userLocale();
  const initialPreset = findPreset(DEFAULT_PRESET_ID);
  if (!initialPreset) throw new Error('The built-in example is missing.');
  const { workspace, dispatch, variant, editor, canUndo, canRedo } = useWorkspace(() => workspaceFromPreset(initialPreset), currencyOf, locale, !isDesktop());
  // The board report's page size while its preview is open; null when it is closed.
  const [reportSize, setReportSize] = useState<PageSize | null>(null);
  // A data export asked for, waiting for the results it is written from.
  const [pendingExport, setPendingExport] = useState<DataExportKind | null>(null);
  const { theme, toggle: toggleTheme } = useTheme(reportSize ? 'light' : null);
  const [comparing, setComparing] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [thresholds, setThresholds] = useState<readonly number[]>([]);
  const [view, setView] = useState<ResultsView>('overview');

  // The run wanted for each variant: its current scenario when valid. While a variant's inputs
  // need attention nothing new runs, and its last finished result stays on screen.
  const runs = useMemo(() => {
    const out = new Map<string, { run: WantedRun | undefined; valid: boolean }>();
    for (const item of workspace.variants) {
      const scenario = validationOf(item.history.present).scenario;
      if (!scenario) {
        out.set(item.id, { run: undefined, valid: false });
        continue;
      }
      const settings = settingsOf(scenario, thresholds);
      out.set(item.id, { run: { key: runKey(scenario, settings), group: item.id, kind: 'main', scenario, settings }, valid: true });
    }
    return out;
  }, [workspace.variants, thresholds]);

  const activeRun = runs.get(variant.id)?.run;
  // The heavier analyses run only for the variant on screen and only while their view is open,
  // once its main results are in (not after a cancelled or failed main run). Marks on the curve
  // do not change them, so they are left out of their key.
  const [mainDone, setMainDone] = useState<string | null>(null);
  const analysisRun = useMemo((): WantedRun | undefined => {
    if (!activeRun || comparing) return undefined;
    if (view === 'controls') return controlsRunOf(activeRun, variant.id);
    if (view === 'drivers') return sensitivityRunOf(activeRun, variant.id);
    return undefined;
  }, [activeRun, comparing, view, variant.id]);
  // The board report needs both analyses of the variant on screen and every variant's main run.
  const reportAnalyses = useMemo((): readonly WantedRun[] => {
    if (!reportSize || !activeRun) return [];
    const controlsRun = controlsRunOf(activeRun, variant.id);
    return [...(controlsRun ? [controlsRun] : []), sensitivityRunOf(activeRun, variant.id)];
  }, [reportSize, activeRun, variant.id]);
  // Data exports are written from the run with the controls valued (or each year's loss kept).
  const exportRun = useMemo((): WantedRun | undefined => {
    if (!pendingExport || !activeRun) return undefined;
    if (pendingExport === 'raw') return rawRunOf(activeRun, variant.id);
    return controlsRunOf(activeRun, variant.id) ?? activeRun;
  }, [pendingExport, activeRun, variant.id]);
  const wanted = useMemo(() => {
    const list: WantedRun[] = [];
    if (activeRun) list.push(activeRun);
    if (analysisRun && mainDone === activeRun?.key) list.push(analysisRun);
    if (activeRun && mainDone === activeRun.key) {
      for (const run of [...reportAnalyses, ...(exportRun ? [exportRun] : [])]) if (!list.some((existing) => existing.key === run.key)) list.push(run);
    }
    if (comparing || reportSize) {
      for (const item of workspace.variants) {
        const run = runs.get(item.id)?.run;
        if (run && !list.some((existing) => existing.key === run.key)) list.push(run);
      }
    }
    return list;
  }, [activeRun, analysisRun, reportAnalyses, exportRun, reportSize, mainDone, comparing, runs, workspace.variants]);

  const { results, latestByGroup, sensitivities, latestSensitivityByGroup, running, errors, cancelled, cancel, retry } = useResults(wanted);
  const mainFinished = activeRun !== undefined && results.has(activeRun.key);
  // The main result comes out of the same hook the analysis is asked of, so whether it is in is
  // remembered from the previous render (React's adjust-state-while-rendering pattern).
  if (mainFinished && activeRun && mainDone !== activeRun.key) setMainDone(activeRun.key);
  const analysisKey = analysisRun?.key;
  // While inputs need attention there is no run to want, but the last figures of each view stay.
  const controlsResult = view === 'controls' ? ((analysisKey ? results.get(analysisKey) : undefined) ?? latestByGroup.get(`${variant.id}:controls`)?.result) : undefined;
  const sensitivityResult = view === 'drivers' ? ((analysisKey ? sensitivities.get(analysisKey) : undefined) ?? latestSensitivityByGroup.get(`${variant.id}:sensitivity`)?.result) : undefined;
  const analysisStale = analysisKey === undefined || (!results.has(analysisKey) && !sensitivities.has(analysisKey));
  const analysisProgress = running && running.key === analysisKey ? running.progress : null;
  const currentResult = activeRun ? results.get(activeRun.key) : undefined;
  const latest = latestByGroup.get(variant.id);
  const result: ScenarioResult | undefined = currentResult ?? latest?.result;
  const stale = !currentResult && result !== undefined;
  const format = useFormatters(result?.currency ?? currencyOf(editor.state), locale);
  const scenarioForCharts = currentResult ? activeRun?.scenario : latest?.scenario;
  const organisation = useOrganisation(scenarioForCharts?.organisation.sector, scenarioForCharts?.organisation.annualRevenue, scenarioForCharts?.currency);

  const openPresentation = useCallback(() => setPresenting(true), []);
  const openReport = useCallback(() => setReportSize((open) => open ?? defaultPageSize(locale)), [locale]);
  const document = useDocument({
    state: editor.state,
    validation: editor.validation,
    dispatch,
    onPresent: openPresentation,
    onReport: openReport,
    onDataExport: setPendingExport,
    onToggleTheme: toggleTheme,
    appVersion: __AFTERMATH_VERSION__,
  });

  // A data export goes ahead once the run it is written from is in; a ref keeps it to one write.
  const exportResult = exportRun ? results.get(exportRun.key) : undefined;
  const exportFailure = exportRun ? (errors.get(exportRun.key) ?? (cancelled.has(exportRun.key) ? 'the simulation was cancelled.' : null)) : null;
  const exporting = useRef(false);
  const { exportData } = document;
  useEffect(() => {
    if (!pendingExport || !exportRun || !exportResult || exporting.current) return;
    const kind = pendingExport;
    exporting.current = true;
    void exportData(kind, { result: exportResult, scenario: exportRun.scenario, appVersion: __AFTERMATH_VERSION__ }).finally(() => {
      exporting.current = false;
      setPendingExport((current) => (current === kind ? null : current));
    });
  }, [pendingExport, exportRun, exportResult, exportData]);

  const compared: ComparedVariant[] = workspace.variants.map((item) => {
    const entry = runs.get(item.id);
    const current = entry?.run ? results.get(entry.run.key) : undefined;
    return { id: item.id, name: item.name, result: current ?? latestByGroup.get(item.id)?.result, valid: entry?.valid ?? false, stale: current === undefined };
  });

  const slides: Slide[] = result
    ? [
        {
          id: 'headline',
          title: String(editor.state.doc['name'] ?? 'Scenario'),
          headline: `Expected annual loss ${format.moneyCompact(result.annualLoss.mean)}; a 1-in-20 year costs ${format.moneyCompact(result.annualLoss.p95)}.`,
          body: <HeadlineFigures result={result} format={format} />,
        },
        {
          id: 'exceedance',
          title: 'How likely is a year this costly?',
          headline: `Once in 20 years, losses reach ${format.moneyCompact(result.annualLoss.p95)} or more; once in 100 years, ${format.moneyCompact(result.annualLoss.p99)} or more.`,
          body: <ExceedanceChart result={result} format={format} />,
        },
        { id: 'categories', title: 'Where the money goes', headline: categoryHeadline(result, format), body: <CategoryChart result={result} format={format} /> },
        { id: 'incident', title: 'What one incident costs', headline: `A typical incident costs ${format.moneyCompact(result.event.p50)}; one in ten costs more than ${format.moneyCompact(result.event.p90)}.`, body: <IncidentHistogram result={result} format={format} /> },
        { id: 'cashflow', title: 'When the money is paid', headline: `Of ${format.moneyCompact(result.annualLoss.mean)} a year on average, ${format.moneyCompact(result.timeline[0]?.total ?? 0)} falls in the first month.`, body: <CashflowChart result={result} format={format} /> },
        ...(result.insurance
          ? [
              {
                id: 'tower',
                title: 'What the insurance covers',
                headline: adequacySentence(result.insurance, format),
                body: <TowerChart insurance={result.insurance} format={format} currency={result.currency} />,
              },
              {
                id: 'gap',
                title: 'What stays with us',
                headline: `The insurance pays ${format.moneyCompact(result.insurance.expectedRecovery)} of an average year's ${format.moneyCompact(result.annualLoss.mean)}; in a 1-in-20 year we keep ${format.moneyCompact(result.insurance.retained.p95)}.`,
                body: <CoverageGapChart insurance={result.insurance} format={format} currency={result.currency} />,
              },
            ]
          : []),
      ]
    : [];

  const invalidCount = editor.validation.count;
  return (
    <EditorContext.Provider value={editor}>
      <div className="workspace">
        <TopBar
          onPreset={document.newFromExample}
          onOpenFile={document.openBrowserFile}
          onOpenDialog={document.desktop ? document.openDialog : undefined}
          onSave={() => void document.save(false)}
          canSave={editor.validation.scenario !== null}
          onCommand={document.handleMenu}
          documentName={document.info.fileName}
          edited={document.edited}
          onUndo={() => dispatch({ type: 'undo' })}
          onRedo={() => dispatch({ type: 'redo' })}
          canUndo={canUndo}
          canRedo={canRedo}
          comparing={comparing}
          onCompare={() => setComparing((value) => !value)}
          onPresent={() => setPresenting(true)}
          canPresent={result !== undefined}
          theme={theme}
          onTheme={toggleTheme}
        />
        <VariantTabs workspace={workspace} dispatch={dispatch} />
        <div className="workspace-body">
          <InputsPanel suggestedLoss={result?.annualLoss.p90} />
          <main className="results" aria-label="Results">
            <div className="results-head">
              <h1 className="scenario-heading">{String(editor.state.doc['name'] ?? '')}</h1>
              <RunStatus
                progress={running && running.key === activeRun?.key ? running.progress : null}
                runningTrials={activeRun?.settings.trials ?? DEFAULT_TRIALS}
                shown={result ? { trials: result.trials, seed: result.seed } : null}
                phase={
                  invalidCount > 0
                    ? 'invalidInputs'
                    : activeRun && errors.has(activeRun.key)
                      ? 'failed'
                      : activeRun && cancelled.has(activeRun.key)
                        ? 'cancelled'
                        : stale
                          ? 'updating'
                          : 'current'
                }
                failure={activeRun ? (errors.get(activeRun.key) ?? null) : null}
                onCancel={cancel}
                onRetry={() => activeRun && retry(activeRun.key)}
              />
            </div>
            <ValidationBanner validation={editor.validation} hasResults={result !== undefined} />
            {pendingExport && (
              <ExportStatus
                kind={pendingExport}
                waitingFor={exportRun && !exportResult ? (exportRun.kind === 'controls' ? 'valuing the controls' : exportRun.kind === 'raw' ? 'simulating again, keeping each year’s loss' : 'simulating') : null}
                invalidInputs={invalidCount > 0}
                failure={exportFailure}
                onDismiss={() => setPendingExport(null)}
              />
            )}
            {!comparing && <ThresholdMarks thresholds={thresholds} onChange={setThresholds} locale={locale} currency={result?.currency ?? currencyOf(editor.state)} format={format} />}
            {!comparing && <ResultsTabs view={view} onView={setView} insured={result?.insurance != null} />}
            <div {...(comparing ? {} : { role: 'tabpanel', id: 'results-panel', 'aria-labelledby': `results-tab-${view}` })}>
              {comparing ? (
                <CompareView variants={compared} format={format} />
              ) : result && view === 'insurer' ? (
                result.insurance ? (
                  <InsurerView insurance={result.insurance} format={format} currency={result.currency} />
                ) : editor.state.doc['insurance'] !== undefined ? (
                  <p className="placeholder-text">The insurance figures appear once the scenario’s inputs are valid and it has been simulated.</p>
                ) : (
                  <div className="empty-state">
                    <p>This scenario has no insurance programme. Add one to see what cover would pay, what stays with the organisation, and what each layer is worth.</p>
                    <button type="button" onClick={() => editor.edit((state) => enableInsuranceForOrganisation(state, editor.currency))}>
                      Add cover sized to this organisation
                    </button>
                  </div>
                )
              ) : result && view === 'controls' ? (
                ((activeRun?.scenario.controls?.length ?? 0) === 0 && !controlsResult) || (!activeRun && !controlsResult && ((editor.state.doc['controls'] as unknown[] | undefined)?.length ?? 0) === 0) ? (
                  <div className="empty-state">
                    <p>No security controls are listed. Mark controls as in place or proposed in the Security controls section to see what each is worth.</p>
                  </div>
                ) : (
                  <>
                    <AnalysisStatus
                      what="Valuing the controls"
                      progress={analysisProgress}
                      hasResult={controlsResult?.controls != null}
                      invalidInputs={invalidCount > 0}
                      stale={analysisStale && controlsResult !== undefined}
                      failure={analysisKey ? (errors.get(analysisKey) ?? null) : null}
                      cancelled={analysisKey ? cancelled.has(analysisKey) : false}
                      onCancel={cancel}
                      onRetry={() => analysisKey && retry(analysisKey)}
                    />
                    {controlsResult?.controls && <ControlsView result={controlsResult} format={format} />}
                  </>
                )
              ) : result && view === 'drivers' ? (
                <>
                  <AnalysisStatus
                    what="Finding what drives the loss"
                    progress={analysisProgress}
                    hasResult={sensitivityResult !== undefined}
                    invalidInputs={invalidCount > 0}
                    stale={analysisStale && sensitivityResult !== undefined}
                    failure={analysisKey ? (errors.get(analysisKey) ?? null) : null}
                    cancelled={analysisKey ? cancelled.has(analysisKey) : false}
                    onCancel={cancel}
                    onRetry={() => analysisKey && retry(analysisKey)}
                  />
                  {sensitivityResult && <DriversView result={sensitivityResult} format={format} />}
                </>
              ) : result ? (
                <OverviewResults result={result} format={format} organisation={organisation} />
              ) : activeRun && (errors.has(activeRun.key) || cancelled.has(activeRun.key)) ? (
                <p className="placeholder-text">No results yet.</p>
              ) : (
                <p className="placeholder-text">Simulating {(activeRun?.settings.trials ?? DEFAULT_TRIALS).toLocaleString()} years…</p>
              )}
            </div>
          </main>
        </div>
        {presenting && slides.length > 0 && <PresentationMode slides={slides} onClose={() => setPresenting(false)} />}
        {reportSize && (
          <ReportView
            readiness={reportReadiness({
              mainRun: activeRun,
              variantId: variant.id,
              variantName: variant.name,
              invalidInputs: invalidCount > 0,
              results,
              sensitivities,
              errors,
              cancelled,
              variants: compared,
              version: __AFTERMATH_VERSION__,
              dateText: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()),
            })}
            pageSize={reportSize}
            onPageSize={setReportSize}
            onSave={() => void document.exportPdf(reportSize)}
            onClose={() => setReportSize(null)}
            format={format}
            assumptionFormat={{ format, currency: result?.currency ?? currencyOf(editor.state), locale }}
            locale={locale}
            desktop={document.desktop}
          />
        )}
        <DocumentPrompt document={document} />
      </div>
    </EditorContext.Provider>
  );
}
