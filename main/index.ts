/**
 * Aftermath's main process: app lifecycle only. One instance at a time (opening a scenario file
 * from the OS while the app runs focuses it and opens the file there); the shell, IPC, protocol
 * and guards live in their own modules.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { scenarioPathFromArgs } from './openFromArgs';
import { denyAllPermissions, installSecurityGuards } from './security';
import { startShell, type RunningShell } from './shell';

declare const __AFTERMATH_VERSION__: string;

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

registerAppScheme(protocol);
installSecurityGuards(app);

let current: RunningShell | null = null;
let pendingOpen: string | null = scenarioPathFromArgs(process.argv);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = scenarioPathFromArgs(argv);
    if (current) {
      if (file) current.openFromOs(file);
      else current.window.focus();
    }
  });
  // macOS hands files opened from Finder to a running app, or before it is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (current) current.openFromOs(file);
    else pendingOpen = file;
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    handleAppProtocol(protocol, rendererRoot);
    const start = () => {
      current = startShell(
        {
          BrowserWindow,
          Menu,
          dialog,
          ipcMain,
          shell,
          appName: app.getName(),
          userData: app.getPath('userData'),
          preloadPath,
          developer: !app.isPackaged,
          appInfo: () => ({
            version: __AFTERMATH_VERSION__,
            platform: process.platform === 'darwin' || process.platform === 'win32' || process.platform === 'linux' ? process.platform : 'other',
            electron: process.versions.electron ?? null,
          }),
        },
        pendingOpen,
      );
      pendingOpen = null;
    };
    start();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) start();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
