/**
 * The platform API the UI talks to: the preload's window.aftermath in the desktop app, or a
 * browser implementation with the same contract when the renderer runs in a plain browser.
 * In the browser, files are opened and saved with the page's own file picker and downloads
 * (see shell/scenarioFiles.ts), so the native file calls answer that they are not available.
 */
import { API_GLOBAL, type AftermathApi, type Result } from '../../../shared/ipc/contract';

declare const __AFTERMATH_VERSION__: string;

const desktopOnly = <T>(what: string): Promise<Result<T>> => Promise.resolve({ ok: false, error: `${what} is available in the desktop app only.` });

export const browserApi: AftermathApi = {
  getAppInfo: () => Promise.resolve({ ok: true, value: { version: __AFTERMATH_VERSION__, platform: 'browser', electron: null } }),
  openExternalLink: (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return Promise.resolve({ ok: false, error: `not a web address: ${url}` });
    }
    if (parsed.protocol !== 'https:') return Promise.resolve({ ok: false, error: 'only https:// links are opened' });
    window.open(parsed.href, '_blank', 'noopener,noreferrer');
    return Promise.resolve({ ok: true, value: null });
  },
  openScenario: () => desktopOnly('The native open dialog'),
  openScenarioPath: () => desktopOnly('Opening a file by its path'),
  saveScenario: () => desktopOnly('Saving to a file'),
  setDocumentState: () => Promise.resolve({ ok: true, value: null }),
  autosave: () => Promise.resolve({ ok: true, value: null }),
  takeRecovery: () => Promise.resolve({ ok: true, value: null }),
  discardRecovery: () => Promise.resolve({ ok: true, value: null }),
  listRecent: () => Promise.resolve({ ok: true, value: [] }),
  exportFile: () => desktopOnly('The native save dialog'),
  exportPdf: () => desktopOnly('Saving a PDF'),
  exportFiles: () => desktopOnly('Saving several files into a folder'),
  confirmClose: () => Promise.resolve({ ok: true, value: null }),
  takePendingOpen: () => Promise.resolve({ ok: true, value: null }),
  onMenuCommand: () => () => undefined,
};

export function platformApi(): AftermathApi {
  const exposed = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return exposed ? (exposed as AftermathApi) : browserApi;
}

export function isDesktop(): boolean {
  return (window as unknown as Record<string, unknown>)[API_GLOBAL] !== undefined;
}
