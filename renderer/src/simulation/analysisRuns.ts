/**
 * The heavier analyses of a variant's main run: valuing its controls, and its tornado. Curve marks
 * do not change them, so they are left out of their keys; the tornado runs on at most
 * TORNADO_TRIALS_CAP years, as the CLI's does.
 */
import { TORNADO_TRIALS_CAP } from '../../../shared/sensitivity/analyse';
import { runKey } from './runKey';
import type { WantedRun } from './useResults';

/** The controls valuation of a main run, or undefined when its scenario lists no controls. */
export function controlsRunOf(main: WantedRun, variantId: string): WantedRun | undefined {
  if ((main.scenario.controls?.length ?? 0) === 0) return undefined;
  const settings = { ...main.settings, thresholds: [] };
  return { ...main, settings, kind: 'controls', key: runKey(main.scenario, settings, 'controls'), group: `${variantId}:controls` };
}

/** The main run again with every year's loss kept, for the raw annual-losses file. */
export function rawRunOf(main: WantedRun, variantId: string): WantedRun {
  const settings = { ...main.settings, thresholds: [] };
  return { ...main, settings, kind: 'raw', key: runKey(main.scenario, settings, 'raw'), group: `${variantId}:raw` };
}

export function sensitivityRunOf(main: WantedRun, variantId: string): WantedRun {
  const settings = { ...main.settings, thresholds: [], trials: Math.min(main.settings.trials, TORNADO_TRIALS_CAP) };
  return { ...main, settings, kind: 'sensitivity', key: runKey(main.scenario, settings, 'sensitivity'), group: `${variantId}:sensitivity` };
}
