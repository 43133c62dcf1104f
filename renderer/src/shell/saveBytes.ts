/**
 * Saving an export (CSV, workbook, chart image): through the native save dialog in the desktop
 * app, as a download in the browser build. A failure is thrown as an Error with the reason, for
 * the caller to show; a cancelled dialog is an outcome, not an error.
 */
import type { FileExportKind } from '../../../shared/ipc/contract';
import { isDesktop, platformApi } from '../platform/platformApi';
import { downloadBytes } from './scenarioFiles';

export type SaveOutcome =
  | Readonly<{ status: 'saved'; path: string }>
  | Readonly<{ status: 'downloaded'; fileName: string }>
  | Readonly<{ status: 'cancelled' }>;

const MEDIA_TYPES: Readonly<Record<FileExportKind, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/** The longest slug a file name part gets, in characters (the save dialog's name is limited to 200). */
const MAX_SLUG_CHARS = 80;

/** Text as a file-name part: letters and digits kept, spaces to hyphens, the rest dropped, lower case. */
export function fileSlug(text: string): string {
  const slug = text
    .trim()
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-$/, '');
  return slug;
}

/** Saves `data` as `suggestedName` plus the kind's extension. */
export async function saveBytes(kind: FileExportKind, suggestedName: string, data: string | Uint8Array): Promise<SaveOutcome> {
  if (!isDesktop()) {
    const fileName = `${suggestedName}.${kind}`;
    downloadBytes(data, fileName, MEDIA_TYPES[kind]);
    return { status: 'downloaded', fileName };
  }
  const reply = await platformApi().exportFile({ kind, suggestedName, data });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value === null ? { status: 'cancelled' } : { status: 'saved', path: reply.value.path };
}
