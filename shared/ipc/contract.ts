/**
 * The one IPC contract between the renderer and the main process: channel names (all with one
 * prefix), reply types, and the API the preload exposes. Payload schemas are in payloads.ts
 * (kept apart so the preload stays free of zod). Every reply is a Result, never a thrown error.
 */
import type { Scenario } from '../scenario/schemaV1';

export const IPC_PREFIX = 'aftermath:';

export const IPC_CHANNELS = {
  getAppInfo: `${IPC_PREFIX}get-app-info`,
  openExternalLink: `${IPC_PREFIX}open-external-link`,
  openScenario: `${IPC_PREFIX}open-scenario`,
  openScenarioPath: `${IPC_PREFIX}open-scenario-path`,
  saveScenario: `${IPC_PREFIX}save-scenario`,
  setDocumentState: `${IPC_PREFIX}set-document-state`,
  autosave: `${IPC_PREFIX}autosave`,
  takeRecovery: `${IPC_PREFIX}take-recovery`,
  discardRecovery: `${IPC_PREFIX}discard-recovery`,
  listRecent: `${IPC_PREFIX}list-recent`,
  exportFile: `${IPC_PREFIX}export-file`,
  exportPdf: `${IPC_PREFIX}export-pdf`,
  exportFiles: `${IPC_PREFIX}export-files`,
  confirmClose: `${IPC_PREFIX}confirm-close`,
  takePendingOpen: `${IPC_PREFIX}take-pending-open`,
} as const;

/** Main to renderer: a menu command or a file the OS asked the app to open. */
export const MENU_COMMAND_CHANNEL = `${IPC_PREFIX}menu-command`;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export type Result<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: string }>;

export type AppInfo = Readonly<{
  version: string;
  /** Where the renderer runs: the desktop app (with its OS) or a plain browser. */
  platform: 'darwin' | 'win32' | 'linux' | 'other' | 'browser';
  electron: string | null;
}>;

/** A scenario file read by the main process: valid, or every problem by path (the file untouched). */
export type OpenedScenario =
  | Readonly<{ status: 'opened'; path: string; fileName: string; scenario: Scenario; migratedFrom: number }>
  | Readonly<{ status: 'invalid'; path: string; fileName: string; problems: readonly string[] }>;

export type SavedScenario = Readonly<{ path: string; fileName: string }>;
export type RecentFile = Readonly<{ path: string; fileName: string; openedAt: string }>;
export type Recovery = Readonly<{ scenario: unknown; path: string | null; savedAt: string }>;
export type DocumentState = Readonly<{ fileName: string | null; edited: boolean }>;

export type SaveRequest = Readonly<{ scenario: unknown; path: string | null; saveAs: boolean; suggestedName: string }>;
export type AutosaveRequest = Readonly<{ scenario: unknown; path: string | null }>;
export const FILE_EXPORT_KINDS = ['csv', 'xlsx', 'png', 'svg'] as const;
export type FileExportKind = (typeof FILE_EXPORT_KINDS)[number];
export type ExportFileRequest = Readonly<{ kind: FileExportKind; suggestedName: string; data: string | Uint8Array }>;
export type ExportPdfRequest = Readonly<{ suggestedName: string; pageSize: 'A4' | 'Letter' }>;
export type ExportedFile = Readonly<{ path: string }>;
/** Several files written together (the CSV tables) into a new folder the app makes in the one the user picks. */
export type ExportFilesRequest = Readonly<{ suggestedFolder: string; files: readonly Readonly<{ name: string; data: string | Uint8Array }>[] }>;
/** The folder made, and the files written in it. */
export type ExportedFolder = Readonly<{ path: string; files: readonly string[] }>;

export const MENU_COMMANDS = [
  'newFromExample',
  'open',
  'openPath',
  'save',
  'saveAs',
  'exportPdf',
  'exportCsv',
  'exportCsvTables',
  'exportRaw',
  'exportXlsx',
  'exportPng',
  'exportSvg',
  'undo',
  'redo',
  'present',
  'toggleTheme',
  'methodology',
  'about',
  'saveThenClose',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export type MenuMessage = Readonly<{ command: MenuCommand; presetId?: string; path?: string }>;

/** What the preload exposes on `window.aftermath`, and what the browser build implements too. */
export type AftermathApi = Readonly<{
  getAppInfo(): Promise<Result<AppInfo>>;
  openExternalLink(url: string): Promise<Result<null>>;
  /** Shows the open dialog; null when the user cancels. */
  openScenario(): Promise<Result<OpenedScenario | null>>;
  openScenarioPath(path: string): Promise<Result<OpenedScenario>>;
  /** Saves atomically; asks for a name when there is no path or when saveAs; null when cancelled. */
  saveScenario(request: SaveRequest): Promise<Result<SavedScenario | null>>;
  /** The window title and the close prompt follow the document's name and edited state. */
  setDocumentState(state: DocumentState): Promise<Result<null>>;
  autosave(request: AutosaveRequest): Promise<Result<null>>;
  /** Work autosaved before a crash, if any. */
  takeRecovery(): Promise<Result<Recovery | null>>;
  discardRecovery(): Promise<Result<null>>;
  listRecent(): Promise<Result<readonly RecentFile[]>>;
  exportFile(request: ExportFileRequest): Promise<Result<ExportedFile | null>>;
  exportPdf(request: ExportPdfRequest): Promise<Result<ExportedFile | null>>;
  /** Asks for a folder, makes a new folder in it (never reusing one), writes the files there; null when cancelled. */
  exportFiles(request: ExportFilesRequest): Promise<Result<ExportedFolder | null>>;
  /** After saving in answer to a close, lets the window close. */
  confirmClose(): Promise<Result<null>>;
  /** A scenario file the OS asked the app to open at launch (taken once), or null. */
  takePendingOpen(): Promise<Result<string | null>>;
  /** Menu commands and files opened from the OS; returns a function that stops listening. */
  onMenuCommand(listener: (message: MenuMessage) => void): () => void;
}>;

/** Name of the global the preload exposes. */
export const API_GLOBAL = 'aftermath';
