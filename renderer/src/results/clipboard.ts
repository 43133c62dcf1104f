/**
 * Copies text to the system clipboard and says how it went, so the interface can tell the
 * reader instead of failing silently (the clipboard is absent outside a secure context).
 */

export type CopyOutcome = 'copied' | 'unavailable' | 'failed';

type TextClipboard = Readonly<{ writeText: (text: string) => Promise<void> }>;

function systemClipboard(): TextClipboard | undefined {
  if (typeof navigator === 'undefined') return undefined;
  // Typed as always present, but undefined at run time outside a secure context.
  const clipboard: Clipboard | undefined = navigator.clipboard;
  return clipboard;
}

export async function copyText(text: string, clipboard: TextClipboard | undefined = systemClipboard()): Promise<CopyOutcome> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export const COPY_MESSAGES: Readonly<Record<CopyOutcome, string>> = {
  copied: 'Copied',
  unavailable: 'The clipboard is not available here: the table is shown so you can select and copy it.',
  failed: 'Could not copy: the clipboard refused. The table is shown so you can select and copy it.',
};
