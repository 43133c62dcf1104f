/**
 * The preload script (sandboxed, CommonJS): exposes exactly the named API of the IPC contract
 * on window.aftermath, never ipcRenderer itself. Menu commands arrive on one channel and are
 * passed to the listener without the Electron event.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL, IPC_CHANNELS, MENU_COMMAND_CHANNEL, type AftermathApi, type MenuMessage } from '../shared/ipc/contract';

const invoke = (channel: string, payload?: unknown) => ipcRenderer.invoke(channel, payload);

const api = {
  getAppInfo: () => invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url) => invoke(IPC_CHANNELS.openExternalLink, { url }),
  openScenario: () => invoke(IPC_CHANNELS.openScenario),
  openScenarioPath: (path) => invoke(IPC_CHANNELS.openScenarioPath, { path }),
  saveScenario: (request) => invoke(IPC_CHANNELS.saveScenario, request),
  setDocumentState: (state) => invoke(IPC_CHANNELS.setDocumentState, state),
  autosave: (request) => invoke(IPC_CHANNELS.autosave, request),
  takeRecovery: () => invoke(IPC_CHANNELS.takeRecovery),
  discardRecovery: () => invoke(IPC_CHANNELS.discardRecovery),
  listRecent: () => invoke(IPC_CHANNELS.listRecent),
  exportFile: (request) => invoke(IPC_CHANNELS.exportFile, request),
  exportPdf: (request) => invoke(IPC_CHANNELS.exportPdf, request),
  exportFiles: (request) => invoke(IPC_CHANNELS.exportFiles, request),
  confirmClose: () => invoke(IPC_CHANNELS.confirmClose),
  takePendingOpen: () => invoke(IPC_CHANNELS.takePendingOpen),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, message: MenuMessage) => listener(message);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
  },
} satisfies AftermathApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
