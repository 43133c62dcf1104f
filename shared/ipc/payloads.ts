/**
 * Payload schemas for each IPC channel. Main parses every payload as unknown with these before
 * acting on it.
 */
import * as z from 'zod';

/** https://host[:port][/path][?query][#fragment]; no spaces, no user:password@ part. */
const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?([/?#][^\s@]*)?$/;

/** Links to cited sources: https only, opened in the system browser when the user asks. */
export const openExternalLinkPayload = z.strictObject({
  url: z
    .string()
    .max(2048)
    .regex(HTTPS_URL, 'must be an https:// address without a user name or password'),
});
export type OpenExternalLinkPayload = z.infer<typeof openExternalLinkPayload>;

export const getAppInfoPayload = z.undefined();
