/**
 * The desktop shell, composed: the main window, the document session (title and close prompt),
 * recent files, autosave, the menu, exports and the IPC handlers wired to real dialogs and files.
 * main/index.ts calls startShell once the app is ready.
 */
import { boardReportPdfOptions } from './pdfOptions';
import { makeFreshFolder } from './files/freshFolder';
import path from 'node:path';
import type { BrowserWindow as BrowserWindowType, Dialog, IpcMain, Menu as MenuType, Shell, WebContents } from 'electron';
import { MENU_COMMAND_CHANNEL, type AppInfo, type DocumentState, type MenuMessage } from '../shared/ipc/contract';
import { PRESETS } from '../shared/presets/index';
import { Autosave } from './files/autosave';
import { writeFileAtomic } from './files/atomicWrite';
import { RecentFiles } from './files/recentFiles';
import { readScenarioFile, writeScenarioFile } from './files/scenarioFile';
import { CLOSE_CHOICES, closeDecision, windowTitle } from './documentSession';
import { registerIpcHandlers, type SaveDialogKind } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL } from './protocol';
import { mainWindowOptions } from './window';

export type ShellParts = Readonly<{
  BrowserWindow: typeof BrowserWindowType;
  Menu: typeof MenuType;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBoxSync' | 'showMessageBox'>;
  ipcMain: Pick<IpcMain, 'handle'>;
  shell: Pick<Shell, 'openExternal'>;
  appInfo: () => AppInfo;
  appName: string;
  userData: string;
  preloadPath: string;
  developer: boolean;
}>;

const FILTERS: Readonly<Record<SaveDialogKind, Readonly<{ name: string; extensions: string[] }>>> = {
  scenario: { name: 'Aftermath scenario', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

export type RunningShell = Readonly<{ window: BrowserWindowType; openFromOs: (file: string) => void }>;

export function startShell(parts: ShellParts, initialOpen: string | null): RunningShell {
  const window = new parts.BrowserWindow(mainWindowOptions(parts.preloadPath, parts.developer));
  let documentState: DocumentState = { fileName: null, edited: false };
  let allowClose = false;
  let pendingOpen = initialOpen;
  const recent = new RecentFiles(path.join(parts.userData, 'recent-files.json'));
  const autosave = new Autosave(path.join(parts.userData, 'autosave.json'));
  const send = (message: MenuMessage) => (window.webContents as WebContents).send(MENU_COMMAND_CHANNEL, message);

  const rebuildMenu = async () => {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: parts.appName, presets: PRESETS.map((preset) => ({ id: preset.id, label: preset.label })), recent: await recent.list(), developer: parts.developer },
      send,
    );
    parts.Menu.setApplicationMenu(parts.Menu.buildFromTemplate(template));
  };

  registerIpcHandlers(parts.ipcMain, {
    appInfo: parts.appInfo,
    openExternal: (url) => parts.shell.openExternal(url),
    chooseFileToOpen: async () => {
      const result = await parts.dialog.showOpenDialog(window, { properties: ['openFile'], filters: [FILTERS.scenario] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSaveTarget: async (kind, suggestedName) => {
      const result = await parts.dialog.showSaveDialog(window, { defaultPath: suggestedName, filters: [FILTERS[kind]] });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    readScenario: readScenarioFile,
    writeScenario: (file, scenario) => writeScenarioFile(file, scenario),
    writeExport: (file, data) => writeFileAtomic(file, data, { keepBackup: false }),
    printPdf: async (pageSize) => window.webContents.printToPDF(boardReportPdfOptions(pageSize)),
    chooseFolder: async () => {
      const result = await parts.dialog.showOpenDialog(window, { title: 'Choose where to save the CSV files', buttonLabel: 'Save here', properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    makeFreshFolder,
    recent,
    autosave,
    setDocumentState: (state) => {
      documentState = state;
      window.setTitle(windowTitle(state));
      window.setDocumentEdited(state.edited);
    },
    confirmClose: () => {
      allowClose = true;
      window.close();
    },
    takePendingOpen: () => {
      const file = pendingOpen;
      pendingOpen = null;
      return file;
    },
    recentChanged: () => void rebuildMenu(),
  });

  window.on('close', (event) => {
    if (allowClose) return;
    const choice = documentState.edited
      ? parts.dialog.showMessageBoxSync(window, {
          type: 'question',
          buttons: [...CLOSE_CHOICES],
          defaultId: 0,
          cancelId: 2,
          message: `Save the changes to ${documentState.fileName ?? 'this scenario'} before closing?`,
          detail: 'Your changes are lost if you close without saving.',
        })
      : null;
    const decision = closeDecision(documentState.edited, choice);
    if (decision === 'stay') event.preventDefault();
    else if (decision === 'saveThenClose') {
      event.preventDefault();
      send({ command: 'saveThenClose' });
    } else void autosave.clear();
  });
  window.once('ready-to-show', () => window.show());
  window.setTitle(windowTitle(documentState));
  void window.loadURL(APP_ENTRY_URL);
  void rebuildMenu();

  return {
    window,
    openFromOs: (file) => {
      if (window.isMinimized()) window.restore();
      window.focus();
      send({ command: 'openPath', path: file });
    },
  };
}
