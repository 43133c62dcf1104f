/**
 * The preload script (sandboxed, CommonJS): exposes exactly the named API of the IPC contract
 * on window.aftermath, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, IPC_CHANNELS, type AftermathApi, type AppInfo, type Result } from '../shared/ipc/contract';

const api = {
  getAppInfo: (): Promise<Result<AppInfo>> => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string): Promise<Result<null>> => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, { url }),
} satisfies AftermathApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
