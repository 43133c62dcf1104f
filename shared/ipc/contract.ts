/**
 * The one IPC contract between the renderer and the main process: channel names (all with one
 * prefix), reply types, and the API the preload exposes. Payload schemas are in payloads.ts
 * (kept apart so the preload stays free of zod). Every reply is a Result, never a thrown error.
 */
export const IPC_PREFIX = 'aftermath:';

export const IPC_CHANNELS = {
  getAppInfo: `${IPC_PREFIX}get-app-info`,
  openExternalLink: `${IPC_PREFIX}open-external-link`,
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export type Result<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: string }>;

export type AppInfo = Readonly<{
  version: string;
  /** Where the renderer runs: the desktop app (with its OS) or a plain browser. */
  platform: 'darwin' | 'win32' | 'linux' | 'other' | 'browser';
  electron: string | null;
}>;

/** What the preload exposes on `window.aftermath`, and what the browser build implements too. */
export type AftermathApi = Readonly<{
  getAppInfo(): Promise<Result<AppInfo>>;
  openExternalLink(url: string): Promise<Result<null>>;
}>;

/** Name of the global the preload exposes. */
export const API_GLOBAL = 'aftermath';
