/** The state of the simulation: progress with a cancel button for long runs, then trials and seed. */
export type RunStatusProps = Readonly<{
  progress: number | null;
  trials: number;
  seed: number;
  onCancel: () => void;
  stale: boolean;
}>;

export function RunStatus({ progress, trials, seed, onCancel, stale }: RunStatusProps) {
  return (
    <div className="run-status" role="status" aria-live="polite">
      {progress !== null && trials >= 500_000 ? (
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
          {trials.toLocaleString()} simulated years, seed {seed}
          {stale ? ' (last valid inputs)' : ''}
        </span>
      )}
    </div>
  );
}
