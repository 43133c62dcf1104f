import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../main/window';

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/preload.cjs');
  const web = options.webPreferences!;

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
  });

  it('allows developer tools only when asked (development builds)', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', true).webPreferences?.devTools).toBe(true);
  });

  it('loads the CommonJS preload and stays hidden until ready', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
    expect(options.show).toBe(false);
  });
});
