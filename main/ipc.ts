/**
 * IPC handlers. Each one checks that the message comes from the app's own page (the sender
 * frame's origin), parses its payload as unknown with the contract's zod schema, and replies
 * with a Result: { ok: true, value } or { ok: false, error }, never a thrown error.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type * as z from 'zod';
import { IPC_CHANNELS, type AppInfo, type IpcChannel, type Result } from '../shared/ipc/contract';
import { getAppInfoPayload, openExternalLinkPayload } from '../shared/ipc/payloads';
import { isAppUrl } from './security';

export type IpcDependencies = Readonly<{
  appInfo: () => AppInfo;
  openExternal: (url: string) => Promise<void>;
}>;

type Handler<T> = (payload: T) => Promise<unknown> | unknown;

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && isAppUrl(frame.url);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
}

/** Wraps a handler with the sender check, payload parsing and the Result reply. */
export function guardedHandler<T>(channel: IpcChannel, schema: z.ZodType<T>, handler: Handler<T>) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: `${channel}: refused a message from outside the app` };
    }
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

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDependencies): void {
  ipcMain.handle(IPC_CHANNELS.getAppInfo, guardedHandler(IPC_CHANNELS.getAppInfo, getAppInfoPayload, () => deps.appInfo()));
  ipcMain.handle(
    IPC_CHANNELS.openExternalLink,
    guardedHandler(IPC_CHANNELS.openExternalLink, openExternalLinkPayload, async ({ url }) => {
      await deps.openExternal(url);
      return null;
    }),
  );
}
