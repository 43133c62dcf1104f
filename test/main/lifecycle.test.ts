/**
 * The main process with Electron mocked: the app:// scheme is registered before ready, guards
 * are installed, permissions denied, and the window opens with the secure options on app://.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const created: { options: Electron.BrowserWindowConstructorOptions; url?: string }[] = [];
let readyResolve: () => void = () => undefined;
const appHandlers = new Map<string, (...args: unknown[]) => void>();
const permissionHandler = vi.fn();
const permissionCheckHandler = vi.fn();

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => created;
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push({ options });
    }
    once() {}
    loadURL(url: string) {
      created[created.length - 1]!.url = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: {
      on: (event: string, handler: (...args: unknown[]) => void) => {
        calls.push(`app.on:${event}`);
        appHandlers.set(event, handler);
      },
      whenReady: () => new Promise<void>((resolve) => (readyResolve = resolve)),
      quit: vi.fn(),
    },
    ipcMain: { handle: (channel: string) => calls.push(`ipc:${channel}`) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) =>
        calls.push(`privileged:${schemes.map((s) => `${s.scheme}:${s.privileges['secure']}:${s.privileges['standard']}`).join(',')}`),
      handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
    },
    session: { defaultSession: { setPermissionRequestHandler: permissionHandler, setPermissionCheckHandler: permissionCheckHandler } },
    shell: { openExternal: vi.fn() },
  };
});

beforeAll(async () => {
  await import('../../main/index');
  readyResolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main process lifecycle', () => {
  it('registers app:// as a secure standard scheme before the app is ready', () => {
    expect(calls[0]).toBe('privileged:app:true:true');
  });

  it('guards every web contents and denies all permissions', () => {
    expect(calls).toContain('app.on:web-contents-created');
    const callback = vi.fn();
    permissionHandler.mock.calls[0]![0](null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler.mock.calls[0]![0]()).toBe(false);
  });

  it('serves the renderer over app:// and registers the IPC handlers', () => {
    expect(calls).toContain('protocol.handle:app');
    expect(calls).toContain('ipc:aftermath:get-app-info');
    expect(calls).toContain('ipc:aftermath:open-external-link');
  });

  it('opens one secure window on app://aftermath/index.html', () => {
    expect(created).toHaveLength(1);
    expect(created[0]!.url).toBe('app://aftermath/index.html');
    const web = created[0]!.options.webPreferences!;
    expect(web.sandbox && web.contextIsolation && !web.nodeIntegration && web.webSecurity).toBe(true);
    expect(web.preload).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('blocks navigation away from the app and denies new windows on every web contents', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (event: { preventDefault: () => void }, url: string) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    };
    appHandlers.get('web-contents-created')!({}, contents);
    const blocked = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: blocked }, 'https://evil.example/');
    expect(blocked).toHaveBeenCalled();
    const allowed = vi.fn();
    listeners.get('will-navigate')!({ preventDefault: allowed }, 'app://aftermath/index.html');
    expect(allowed).not.toHaveBeenCalled();
    const webview = vi.fn();
    listeners.get('will-attach-webview')!({ preventDefault: webview }, '');
    expect(webview).toHaveBeenCalled();
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
