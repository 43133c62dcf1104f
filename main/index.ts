/** Aftermath's main process: app lifecycle only; windows, IPC, protocol and guards live in their own modules. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, ipcMain, protocol, session, shell } from 'electron';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { APP_ENTRY_URL } from './protocol';
import { denyAllPermissions, installSecurityGuards } from './security';
import { mainWindowOptions } from './window';

declare const __AFTERMATH_VERSION__: string;

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

registerAppScheme(protocol);
installSecurityGuards(app);

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(protocol, rendererRoot);
  registerIpcHandlers(ipcMain, {
    appInfo: () => ({
      version: __AFTERMATH_VERSION__,
      platform: process.platform === 'darwin' || process.platform === 'win32' || process.platform === 'linux' ? process.platform : 'other',
      electron: process.versions.electron ?? null,
    }),
    openExternal: (url) => shell.openExternal(url),
  });
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
