/**
 * The platform API the UI talks to: the preload's window.aftermath in the desktop app, or a
 * browser implementation with the same contract when the renderer runs in a plain browser.
 */
import { API_GLOBAL, type AftermathApi } from '../../../shared/ipc/contract';

declare const __AFTERMATH_VERSION__: string;

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
};

export function platformApi(): AftermathApi {
  const exposed = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return exposed ? (exposed as AftermathApi) : browserApi;
}
