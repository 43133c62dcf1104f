/**
 * Decides what the simulation worker should do next, given the runs wanted now (the active
 * variant first, then the others for comparison) and the run in progress. Pure, so the
 * supersede and cancel rules are tested without a worker:
 * - a wanted run already cached needs no work;
 * - the run in progress continues only if it is still wanted and nothing wanted ahead of it
 *   is waiting; otherwise it is stopped, unless it will finish soon (a main run under
 *   LONG_RUN_TRIALS years, a fraction of a second): then it is left to finish (its result is
 *   kept like any other) and the next run starts on the same warm worker, which beats stopping
 *   the worker and starting a cold one;
 * - the first wanted run not cached starts next.
 */

/** From this many simulated years a run is long: it shows a progress bar and a cancel button, and a newer run stops it. */
export const LONG_RUN_TRIALS = 500_000;

export type RunDecision =
  | Readonly<{ action: 'idle' }>
  | Readonly<{ action: 'continue' }>
  | Readonly<{ action: 'wait' }>
  | Readonly<{ action: 'start'; key: string; stopCurrent: boolean }>;

/**
 * @param finishesSoon whether the run in progress is short enough to be left to finish when it is no longer first in line
 */
export function nextRun(wanted: readonly string[], isCached: (key: string) => boolean, running: string | null, finishesSoon = false): RunDecision {
  const missing = wanted.filter((key) => !isCached(key));
  const first = missing[0];
  if (running !== null) {
    if (first === running) return { action: 'continue' };
    if (finishesSoon) return { action: 'wait' };
    if (first === undefined) return { action: 'start', key: '', stopCurrent: true };
    return { action: 'start', key: first, stopCurrent: true };
  }
  return first === undefined ? { action: 'idle' } : { action: 'start', key: first, stopCurrent: false };
}
