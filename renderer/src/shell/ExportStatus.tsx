/**
 * A data export waiting for its figures: what it is waiting for (valuing the controls, keeping each
 * year's loss), why it cannot go on (inputs need attention, the run failed or was cancelled), and
 * a button to drop it. Announced politely; the export itself starts as soon as the figures are in.
 */
import { DATA_EXPORT_LABELS, type DataExportKind } from './dataExports';

export type ExportStatusProps = Readonly<{
  kind: DataExportKind;
  /** What the run it waits for is doing, in words; null when it waits for nothing. */
  waitingFor: string | null;
  invalidInputs: boolean;
  failure: string | null;
  onDismiss: () => void;
}>;

export function ExportStatus({ kind, waitingFor, invalidInputs, failure, onDismiss }: ExportStatusProps) {
  const what = DATA_EXPORT_LABELS[kind];
  const message = failure
    ? `Could not prepare ${what}: ${failure}`
    : invalidInputs
      ? `Exporting ${what} waits for valid inputs: fix the inputs that need attention, or cancel.`
      : waitingFor
        ? `Preparing ${what}: ${waitingFor}…`
        : `Writing ${what}…`;
  return (
    <div className={failure ? 'banner banner-alert export-status' : 'banner export-status'} role="status" aria-live="polite" data-testid="export-status">
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {failure ? 'Dismiss' : 'Cancel'}
      </button>
    </div>
  );
}
