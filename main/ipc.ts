/**
 * The IPC handlers: one per channel of the contract, each behind the guard (sender check, zod
 * payload, Result reply). Everything that touches the OS (dialogs, files, the window) comes in
 * as a dependency, so every handler is tested with Electron mocked.
 */
import path from 'node:path';
import type { IpcMain } from 'electron';
import { IPC_CHANNELS, type AppInfo, type DocumentState, type FileExportKind, type OpenedScenario, type Recovery, type RecentFile, type SavedScenario } from '../shared/ipc/contract';
import {
  autosavePayload,
  documentStatePayload,
  exportFilePayload,
  exportFilesPayload,
  exportPdfPayload,
  getAppInfoPayload,
  noPayload,
  openExternalLinkPayload,
  openScenarioPathPayload,
  saveScenarioPayload,
} from '../shared/ipc/payloads';
import { parseScenario } from '../shared/scenario/parse';
import { errorToText } from '../shared/scenario/issues';
import { guardedHandler } from './ipcGuard';
import { withScenarioExtension } from './files/scenarioFile';

export { guardedHandler, isTrustedSender } from './ipcGuard';

export type SaveDialogKind = 'scenario' | FileExportKind | 'pdf';

export type IpcDependencies = Readonly<{
  appInfo: () => AppInfo;
  openExternal: (url: string) => Promise<void>;
  /** The file the user picked to open, or null when cancelled. */
  chooseFileToOpen: () => Promise<string | null>;
  /** Where the user chose to save, or null when cancelled. */
  chooseSaveTarget: (kind: SaveDialogKind, suggestedName: string) => Promise<string | null>;
  readScenario: (file: string) => Promise<OpenedScenario>;
  writeScenario: (file: string, scenario: unknown) => Promise<void>;
  writeExport: (file: string, data: string | Uint8Array) => Promise<void>;
  printPdf: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array>;
  /** The folder the user picked to export into, or null when cancelled. */
  chooseFolder: () => Promise<string | null>;
  /** Makes a new folder `name` in `parent` (or `name (2)`, `name (3)`... if taken) and returns its path. */
  makeFreshFolder: (parent: string, name: string) => Promise<string>;
  recent: Readonly<{ list: () => Promise<readonly RecentFile[]>; add: (file: string) => Promise<unknown> }>;
  autosave: Readonly<{ write: (scenario: unknown, file: string | null) => Promise<void>; read: () => Promise<Recovery | null>; clear: () => Promise<void> }>;
  setDocumentState: (state: DocumentState) => void;
  confirmClose: () => void;
  /** A file the OS asked the app to open at launch, taken once. */
  takePendingOpen: () => string | null;
  recentChanged: () => void;
}>;

const EXTENSIONS: Readonly<Record<SaveDialogKind, string>> = { scenario: '.aftermath.json', csv: '.csv', xlsx: '.xlsx', png: '.png', svg: '.svg', pdf: '.pdf' };

function withExtension(file: string, kind: SaveDialogKind): string {
  if (kind === 'scenario') return withScenarioExtension(file);
  return file.toLowerCase().endsWith(EXTENSIONS[kind]) ? file : `${file}${EXTENSIONS[kind]}`;
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDependencies): void {
  const open = async (file: string): Promise<OpenedScenario> => {
    const opened = await deps.readScenario(file);
    if (opened.status === 'opened') {
      await deps.recent.add(file);
      deps.recentChanged();
    }
    return opened;
  };

  ipcMain.handle(IPC_CHANNELS.getAppInfo, guardedHandler(IPC_CHANNELS.getAppInfo, getAppInfoPayload, () => deps.appInfo()));
  ipcMain.handle(
    IPC_CHANNELS.openExternalLink,
    guardedHandler(IPC_CHANNELS.openExternalLink, openExternalLinkPayload, async ({ url }) => {
      await deps.openExternal(url);
      return null;
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.openScenario,
    guardedHandler(IPC_CHANNELS.openScenario, noPayload, async () => {
      const file = await deps.chooseFileToOpen();
      return file === null ? null : open(file);
    }),
  );
  ipcMain.handle(IPC_CHANNELS.openScenarioPath, guardedHandler(IPC_CHANNELS.openScenarioPath, openScenarioPathPayload, ({ path: file }) => open(file)));
  ipcMain.handle(
    IPC_CHANNELS.saveScenario,
    guardedHandler(IPC_CHANNELS.saveScenario, saveScenarioPayload, async (request): Promise<SavedScenario | null> => {
      const parsed = parseScenario(request.scenario);
      if (!parsed.ok) throw new Error(`the scenario is not valid, so it was not saved: ${parsed.errors.map(errorToText).join('; ')}`);
      const chosen = !request.saveAs && request.path !== null ? request.path : await deps.chooseSaveTarget('scenario', withScenarioExtension(request.suggestedName));
      if (chosen === null) return null;
      const target = withExtension(chosen, 'scenario');
      await deps.writeScenario(target, parsed.scenario);
      await deps.autosave.clear();
      await deps.recent.add(target);
      deps.recentChanged();
      return { path: target, fileName: path.basename(target) };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.setDocumentState,
    guardedHandler(IPC_CHANNELS.setDocumentState, documentStatePayload, (state) => {
      deps.setDocumentState(state);
      return null;
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.autosave,
    guardedHandler(IPC_CHANNELS.autosave, autosavePayload, async ({ scenario, path: file }) => {
      await deps.autosave.write(scenario, file);
      return null;
    }),
  );
  ipcMain.handle(IPC_CHANNELS.takeRecovery, guardedHandler(IPC_CHANNELS.takeRecovery, noPayload, () => deps.autosave.read()));
  ipcMain.handle(
    IPC_CHANNELS.discardRecovery,
    guardedHandler(IPC_CHANNELS.discardRecovery, noPayload, async () => {
      await deps.autosave.clear();
      return null;
    }),
  );
  ipcMain.handle(IPC_CHANNELS.listRecent, guardedHandler(IPC_CHANNELS.listRecent, noPayload, () => deps.recent.list()));
  ipcMain.handle(
    IPC_CHANNELS.exportFile,
    guardedHandler(IPC_CHANNELS.exportFile, exportFilePayload, async ({ kind, suggestedName, data }) => {
      const chosen = await deps.chooseSaveTarget(kind, withExtension(suggestedName || 'aftermath', kind));
      if (chosen === null) return null;
      const target = withExtension(chosen, kind);
      await deps.writeExport(target, data);
      return { path: target };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.exportPdf,
    guardedHandler(IPC_CHANNELS.exportPdf, exportPdfPayload, async ({ suggestedName, pageSize }) => {
      const chosen = await deps.chooseSaveTarget('pdf', withExtension(suggestedName || 'aftermath-report', 'pdf'));
      if (chosen === null) return null;
      const target = withExtension(chosen, 'pdf');
      await deps.writeExport(target, await deps.printPdf(pageSize));
      return { path: target };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.exportFiles,
    guardedHandler(IPC_CHANNELS.exportFiles, exportFilesPayload, async ({ suggestedFolder, files }) => {
      const parent = await deps.chooseFolder();
      if (parent === null) return null;
      // A folder of its own, made fresh: nothing already on disk is written over.
      const folder = await deps.makeFreshFolder(parent, suggestedFolder);
      for (const file of files) await deps.writeExport(path.join(folder, file.name), file.data);
      return { path: folder, files: files.map((file) => file.name) };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.confirmClose,
    guardedHandler(IPC_CHANNELS.confirmClose, noPayload, () => {
      deps.confirmClose();
      return null;
    }),
  );
  ipcMain.handle(IPC_CHANNELS.takePendingOpen, guardedHandler(IPC_CHANNELS.takePendingOpen, noPayload, () => deps.takePendingOpen()));
}
