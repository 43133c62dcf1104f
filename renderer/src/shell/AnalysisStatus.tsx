/**
 * The state of a heavier analysis (valuing controls, the tornado): progress with a cancel
 * button while it runs, a failure or cancellation with a button to run it again, and whenever
 * the figures on screen are not for the current inputs, a note saying so. Only the words are
 * announced to screen readers; the progress bar is not re-announced at every step.
 */
export type AnalysisStatusProps = Readonly<{
  what: string;
  progress: number | null;
  /** True when figures from this or an earlier run are on screen. */
  hasResult: boolean;
  /** True when those figures are for earlier inputs. */
  stale: boolean;
  /** True while some input needs attention (nothing new can run). */
  invalidInputs: boolean;
  failure: string | null;
  cancelled: boolean;
  onCancel: () => void;
  onRetry: () => void;
}>;

function staleNote(props: AnalysisStatusProps): string {
  if (!props.hasResult || !props.stale) return '';
  return props.invalidInputs ? ' Showing the figures for the last valid inputs.' : ' Showing the figures for earlier inputs.';
}

export function AnalysisStatus(props: AnalysisStatusProps) {
  const { what, progress, hasResult, invalidInputs, failure, cancelled, onCancel, onRetry } = props;
  const note = staleNote(props);
  if (failure !== null || cancelled) {
    return (
      <div className="run-status analysis-status">
        <span role="status">
          {failure !== null ? `${what} failed: ${failure}.` : `${what} was cancelled.`}
          {note}
        </span>
        <button type="button" onClick={onRetry}>
          Run again
        </button>
      </div>
    );
  }
  if (progress !== null) {
    return (
      <div className="run-status analysis-status">
        <span role="status">
          {what}…{note}
        </span>
        <progress max={1} value={progress} aria-label={`${what}: progress`} />
        <span aria-hidden="true">{Math.round(progress * 100)}%</span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  const text = invalidInputs ? `Some inputs need attention.${note || ' Nothing can be worked out until they are fixed.'}` : !hasResult ? `${what}…` : note.trim();
  return (
    <div className="run-status analysis-status">
      <span role="status">{text}</span>
    </div>
  );
}
