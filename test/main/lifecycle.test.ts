/**
 * The main process with Electron mocked: the app:// scheme is registered before ready, guards are
 * installed, permissions denied, one instance only (a second launch hands its file over), the
 * window opens with the secure options on app://, its title follows the document, and closing
 * with unsaved edits asks first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';

const calls: string[] = [];
type Listener = (...args: unknown[]) => void;
const appHandlers = new Map<string, Listener>();
const ipcHandlers = new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>();
const permissionHandler = vi.fn();
const permissionCheckHandler = vi.fn();
const sent: unknown[] = [];
let readyResolve: () => void = () => undefined;
let messageBoxAnswer = 2;

class FakeWindow {
  static all: FakeWindow[] = [];
  static getAllWindows = () => FakeWindow.all;
  readonly listeners = new Map<string, Listener>();
  url = '';
  title = '';
  edited = false;
  closed = false;
  readonly webContents = { send: (channel: string, message: unknown) => sent.push({ channel, message }), printToPDF: vi.fn(async () => new Uint8Array()) };
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    FakeWindow.all.push(this);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
  }
  once(event: string, listener: Listener) {
    this.listeners.set(event, listener);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    calls.push('focus');
  }
  show() {}
  close() {
    const event = { defaultPrevented: false, preventDefault() {
      this.defaultPrevented = true;
    } };
    this.listeners.get('close')?.(event);
    if (!event.defaultPrevented) this.closed = true;
  }
}

const userData = mkdtempSync(path.join(tmpdir(), 'aftermath-userdata-'));

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: { buildFromTemplate: (template: unknown[]) => ({ template }), setApplicationMenu: () => calls.push('menu') },
  app: {
    on: (event: string, handler: Listener) => {
      calls.push(`app.on:${event}`);
      appHandlers.set(event, handler);
    },
    whenReady: () => new Promise<void>((resolve) => (readyResolve = resolve)),
    requestSingleInstanceLock: () => true,
    getName: () => 'Aftermath',
    getPath: () => userData,
    isPackaged: true,
    quit: vi.fn(),
  },
  dialog: {
    showMessageBoxSync: () => messageBoxAnswer,
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showMessageBox: vi.fn(),
  },
  ipcMain: { handle: (channel: string, handler: (event: unknown, payload?: unknown) => Promise<unknown>) => ipcHandlers.set(channel, handler) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) =>
      calls.push(`privileged:${schemes.map((s) => `${s.scheme}:${s.privileges['secure']}:${s.privileges['standard']}`).join(',')}`),
    handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
  },
  session: { defaultSession: { setPermissionRequestHandler: permissionHandler, setPermissionCheckHandler: permissionCheckHandler } },
  shell: { openExternal: vi.fn() },
}));

const fromApp = { senderFrame: { url: 'app://aftermath/index.html' } };

beforeAll(async () => {
  await import('../../main/index');
  readyResolve();
  await new Promise((resolve) => setTimeout(resolve, 20));
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

  it('serves the renderer over app://, registers the IPC handlers and builds the menu', () => {
    expect(calls).toContain('protocol.handle:app');
    expect([...ipcHandlers.keys()]).toContain('aftermath:save-scenario');
    expect(calls).toContain('menu');
  });

  it('opens one secure window on app://aftermath/index.html, titled for an untitled scenario', () => {
    expect(FakeWindow.all).toHaveLength(1);
    const window = FakeWindow.all[0]!;
    expect(window.url).toBe('app://aftermath/index.html');
    const web = window.options.webPreferences!;
    expect(web.sandbox && web.contextIsolation && !web.nodeIntegration && web.webSecurity).toBe(true);
    expect(web.preload).toMatch(/preload[\\/]preload\.cjs$/);
    expect(window.title).toBe('Untitled scenario - Aftermath');
  });

  it('keeps one instance: a second launch with a file focuses the window and opens the file there', () => {
    expect(calls).toContain('app.on:second-instance');
    appHandlers.get('second-instance')!({}, ['aftermath', '/docs/other.aftermath.json']);
    expect(calls).toContain('focus');
    expect(sent).toContainEqual({ channel: MENU_COMMAND_CHANNEL, message: { command: 'openPath', path: '/docs/other.aftermath.json' } });
  });

  it('shows the document in the title and asks before closing with unsaved edits', async () => {
    const window = FakeWindow.all[0]!;
    await ipcHandlers.get('aftermath:set-document-state')!(fromApp, { fileName: 'h.aftermath.json', edited: true });
    expect(window.title).toBe('h.aftermath.json \u2022 edited - Aftermath');
    expect(window.edited).toBe(true);
    messageBoxAnswer = 2; // Cancel
    window.close();
    expect(window.closed).toBe(false);
    messageBoxAnswer = 0; // Save: the renderer is asked to save, then confirms
    window.close();
    expect(window.closed).toBe(false);
    expect(sent).toContainEqual({ channel: MENU_COMMAND_CHANNEL, message: { command: 'saveThenClose' } });
    await ipcHandlers.get('aftermath:confirm-close')!(fromApp, undefined);
    expect(window.closed).toBe(true);
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
