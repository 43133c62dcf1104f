/**
 * The state of a heavier analysis (valuing controls, the tornado): progress with a cancel
 * button while it runs, a failure or cancellation with a button to run it again, or a note that
 * the figures shown are for earlier inputs.
 */
export type AnalysisStatusProps = Readonly<{
  what: string;
  progress: number | null;
  /** True when figures from this or an earlier run are on screen. */
  hasResult: boolean;
  stale: boolean;
  failure: string | null;
  cancelled: boolean;
  onCancel: () => void;
  onRetry: () => void;
}>;

export function AnalysisStatus({ what, progress, hasResult, stale, failure, cancelled, onCancel, onRetry }: AnalysisStatusProps) {
  if (failure !== null || cancelled) {
    return (
      <div className="run-status analysis-status" role="status" aria-live="polite">
        <span>{failure !== null ? `${what} failed: ${failure}` : `${what} was cancelled.`}</span>
        <button type="button" onClick={onRetry}>
          Run again
        </button>
      </div>
    );
  }
  if (progress !== null) {
    return (
      <div className="run-status analysis-status" role="status" aria-live="polite">
        <span>{what}…</span>
        <progress max={1} value={progress} aria-label={`${what}: progress`} />
        <span>{Math.round(progress * 100)}%</span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="run-status analysis-status" role="status" aria-live="polite">
      {!hasResult ? <span>{what}…</span> : stale ? <span>Showing the figures for earlier inputs; they update once the inputs settle.</span> : null}
    </div>
  );
}
