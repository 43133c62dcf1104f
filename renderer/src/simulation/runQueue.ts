/**
 * Decides what the simulation worker should do next, given the runs wanted now (the active
 * variant first, then the others for comparison) and the run in progress. Pure, so the
 * supersede and cancel rules are tested without a worker:
 * - a wanted run already cached needs no work;
 * - the run in progress continues only if it is still wanted and nothing wanted ahead of it
 *   is waiting; otherwise it is stopped;
 * - the first wanted run not cached starts next.
 */

export type RunDecision =
  | Readonly<{ action: 'idle' }>
  | Readonly<{ action: 'continue' }>
  | Readonly<{ action: 'start'; key: string; stopCurrent: boolean }>;

export function nextRun(wanted: readonly string[], isCached: (key: string) => boolean, running: string | null): RunDecision {
  const missing = wanted.filter((key) => !isCached(key));
  const first = missing[0];
  if (running !== null) {
    if (first === running) return { action: 'continue' };
    if (first === undefined) return { action: 'start', key: '', stopCurrent: true };
    return { action: 'start', key: first, stopCurrent: true };
  }
  return first === undefined ? { action: 'idle' } : { action: 'start', key: first, stopCurrent: false };
}
