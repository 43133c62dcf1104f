/**
 * Payload schemas for each IPC channel. Main parses every payload as unknown with these before
 * acting on it.
 */
import * as z from 'zod';
import { FILE_EXPORT_KINDS } from './contract';

/** https://host[:port][/path][?query][#fragment]; no spaces, no user:password@ part. */
const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?([/?#][^\s@]*)?$/;

/** A scenario document as JSON is validated by the scenario schema, not here; here only its size. */
const MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;
const documentPayload = z.unknown().refine((value) => {
  try {
    return JSON.stringify(value).length <= MAX_DOCUMENT_CHARS;
  } catch {
    return false;
  }
}, 'must be a JSON document under 5 MB');

const filePath = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'must not contain NUL');
const suggestedName = z.string().max(200);

/** Links to cited sources: https only, opened in the system browser when the user asks. */
export const openExternalLinkPayload = z.strictObject({
  url: z.string().max(2048).regex(HTTPS_URL, 'must be an https:// address without a user name or password'),
});
export type OpenExternalLinkPayload = z.infer<typeof openExternalLinkPayload>;

export const noPayload = z.undefined();
export const getAppInfoPayload = noPayload;

export const openScenarioPathPayload = z.strictObject({ path: filePath });

export const saveScenarioPayload = z.strictObject({
  scenario: documentPayload,
  path: filePath.nullable(),
  saveAs: z.boolean(),
  suggestedName,
});

export const documentStatePayload = z.strictObject({ fileName: z.string().max(512).nullable(), edited: z.boolean() });

export const autosavePayload = z.strictObject({ scenario: documentPayload, path: filePath.nullable() });

export const exportFilePayload = z.strictObject({
  kind: z.enum(FILE_EXPORT_KINDS),
  suggestedName,
  data: z.union([z.string().max(200 * 1024 * 1024), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 200 * 1024 * 1024, 'must be under 200 MB')]),
});

export const exportPdfPayload = z.strictObject({ suggestedName, pageSize: z.enum(['A4', 'Letter']) });

/** A plain file name: letters, digits, spaces, dots, dashes and underscores, never a path, ending .csv. */
const EXPORT_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9 _.-]{0,99}\.csv$/;
/** A folder name to make: the same characters, no dots at the start, no separators. */
const EXPORT_FOLDER_NAME = /^[A-Za-z0-9_][A-Za-z0-9 _.-]{0,99}$/;
const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

export const exportFilesPayload = z
  .strictObject({
    suggestedFolder: z.string().regex(EXPORT_FOLDER_NAME, 'must be a plain folder name (letters, digits, spaces, dots, dashes, underscores)'),
    files: z
      .array(
        z.strictObject({
          name: z.string().regex(EXPORT_FILE_NAME, 'must be a plain file name ending .csv, without any folder'),
          data: z.union([z.string().max(MAX_EXPORT_BYTES), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'must be under 200 MB')]),
        }),
      )
      .min(1)
      .max(20),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.files.forEach((file, index) => {
      const key = file.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['files', index, 'name'], message: `repeats the file name "${file.name}"` });
      seen.add(key);
    });
  });
