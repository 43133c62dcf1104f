/**
 * The guard around every IPC handler: the message must come from the app's own page (checked on
 * the sender frame's URL), its payload is parsed as unknown with the contract's zod schema, and
 * the reply is always a Result, { ok: true, value } or { ok: false, error }, never a throw.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type * as z from 'zod';
import type { IpcChannel, Result } from '../shared/ipc/contract';
import { isAppUrl } from './security';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && isAppUrl(frame.url);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
}

export function guardedHandler<T>(channel: IpcChannel, schema: z.ZodType<T>, handler: (payload: T) => Promise<unknown> | unknown) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return { ok: false, error: `${channel}: refused a message from outside the app` };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: `${channel}: invalid request (${describeIssues(parsed.error)})` };
    try {
      const value = await handler(parsed.data);
      return { ok: true, value: value ?? null };
    } catch (error) {
      return { ok: false, error: `${channel}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
