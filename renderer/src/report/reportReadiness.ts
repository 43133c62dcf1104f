/**
 * Whether the board report can be written yet, and if not what it waits for: the variant's main
 * run, the valuation of its controls, its tornado, and the main run of every other valid variant.
 * A report is written from current, valid results only: never from figures that no longer match
 * the inputs.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import type { SensitivityResult } from '../../../shared/sensitivity/analyse';
import { assumptionRows } from '../../../shared/report/assumptions';
import { reportProvenance } from '../../../shared/report/reportProvenance';
import { scenarioHash } from '../../../shared/report/fingerprint';
import type { WantedRun } from '../simulation/useResults';
import { controlsRunOf, sensitivityRunOf } from '../simulation/analysisRuns';
import type { ComparedVariant } from '../shell/CompareView';
import type { ReportReadiness } from './ReportView';

export type ReadinessInputs = Readonly<{
  mainRun: WantedRun | undefined;
  variantId: string;
  variantName: string;
  invalidInputs: boolean;
  results: ReadonlyMap<string, ScenarioResult>;
  sensitivities: ReadonlyMap<string, SensitivityResult>;
  errors: ReadonlyMap<string, string>;
  cancelled: ReadonlySet<string>;
  variants: readonly ComparedVariant[];
  version: string;
  dateText: string;
}>;

export function reportReadiness(inputs: ReadinessInputs): ReportReadiness {
  const { mainRun, results, sensitivities, errors, cancelled } = inputs;
  if (inputs.invalidInputs || !mainRun) {
    return { ready: false, waitingFor: [], problem: 'Some inputs need attention. The report is written from valid inputs only; fix them and it follows.' };
  }
  const controlsRun = controlsRunOf(mainRun, inputs.variantId);
  const sensitivityRun = sensitivityRunOf(mainRun, inputs.variantId);
  const needed: readonly (readonly [WantedRun | undefined, string])[] = [
    [mainRun, 'the simulation'],
    [controlsRun, 'the value of each control'],
    [sensitivityRun, 'what drives the loss'],
  ];
  for (const [run, what] of needed) {
    if (!run) continue;
    const failure = errors.get(run.key);
    if (failure) return { ready: false, waitingFor: [], problem: `The report cannot be written: ${what} failed (${failure}).` };
    if (cancelled.has(run.key)) return { ready: false, waitingFor: [], problem: `The report cannot be written: ${what} was cancelled. Close the report and open it again to retry.` };
  }
  const result = results.get(mainRun.key);
  const controls = controlsRun ? results.get(controlsRun.key) : null;
  const sensitivity = sensitivities.get(sensitivityRun.key);
  const waitingFor: string[] = [];
  if (!result) waitingFor.push('the simulation');
  if (controls === undefined) waitingFor.push('the value of each control');
  if (!sensitivity) waitingFor.push('what drives the loss');
  const others = inputs.variants.filter((variant) => variant.id !== inputs.variantId && variant.valid);
  for (const variant of others) if (variant.stale || !variant.result) waitingFor.push(`variant “${variant.name}”`);
  if (!result || controls === undefined || !sensitivity || waitingFor.length > 0) return { ready: false, waitingFor, problem: null };
  const scenario = mainRun.scenario;
  return {
    ready: true,
    content: {
      organisation: scenario.organisation.name,
      scenarioName: scenario.name,
      description: scenario.description,
      variantName: inputs.variantName,
      dateText: inputs.dateText,
      version: inputs.version,
      hash: scenarioHash(scenario),
      result,
      controls,
      sensitivity,
      variants: inputs.variants.filter((variant) => variant.valid && variant.result !== undefined),
      assumptions: assumptionRows(scenario, reportProvenance(scenario)),
    },
  };
}
