/**
 * The state of the simulation: progress with a cancel button for long runs; a failure or a
 * cancellation with a button to run again; otherwise the years and seed of the figures shown,
 * and whether they are for earlier inputs.
 */
import { LONG_RUN_TRIALS } from '../simulation/runQueue';

export type RunPhase = 'current' | 'updating' | 'invalidInputs' | 'failed' | 'cancelled';

export type RunStatusProps = Readonly<{
  progress: number | null;
  /** Trials of the run in progress (a progress bar shows for long runs). */
  runningTrials: number;
  /** Trials and seed of the figures on screen. */
  shown: Readonly<{ trials: number; seed: number }> | null;
  phase: RunPhase;
  failure: string | null;
  onCancel: () => void;
  onRetry: () => void;
}>;

export function RunStatus({ progress, runningTrials, shown, phase, failure, onCancel, onRetry }: RunStatusProps) {
  const shownText = shown ? `${shown.trials.toLocaleString()} simulated years, seed ${shown.seed}` : '';
  if (phase === 'failed' || phase === 'cancelled') {
    return (
      <div className="run-status" role="status" aria-live="polite">
        <span>
          {phase === 'failed' ? `The simulation failed: ${failure ?? 'unknown error'}` : 'Simulation cancelled.'}
          {shown ? ` Showing ${shownText} for earlier inputs.` : ''}
        </span>
        <button type="button" onClick={onRetry}>
          Run again
        </button>
      </div>
    );
  }
  return (
    <div className="run-status" role="status" aria-live="polite">
      {progress !== null && runningTrials >= LONG_RUN_TRIALS ? (
        <>
          <progress max={1} value={progress} aria-label="Simulation progress" />
          <span>{Math.round(progress * 100)}%</span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : progress !== null ? (
        <span>Updating…</span>
      ) : (
        <span>
          {shownText}
          {phase === 'invalidInputs' && shown ? ' (last valid inputs)' : ''}
          {phase === 'updating' && shown ? ' (earlier inputs)' : ''}
        </span>
      )}
    </div>
  );
}
