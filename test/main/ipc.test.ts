/** IPC handlers: sender checked, payload parsed as unknown, every reply a Result. */
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpcHandlers } from '../../main/ipc';
import { IPC_CHANNELS, IPC_PREFIX } from '../../shared/ipc/contract';

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const openExternal = vi.fn(async () => undefined);
  registerIpcHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, {
    appInfo: () => ({ version: '1.2.3', platform: 'linux', electron: '45.0.0' }),
    openExternal,
  });
  return { handlers, openExternal };
}

const fromApp = { senderFrame: { url: 'app://aftermath/index.html' } } as unknown as IpcMainInvokeEvent;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
const fromNowhere = { senderFrame: null } as unknown as IpcMainInvokeEvent;

describe('IPC handlers', () => {
  it('registers every channel of the contract, each with the one prefix', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    for (const channel of handlers.keys()) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
  });

  it('answers the app page with a Result', async () => {
    const { handlers } = setup();
    expect(await handlers.get(IPC_CHANNELS.getAppInfo)!(fromApp)).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', electron: '45.0.0' },
    });
  });

  it('refuses messages from any other frame, and from no frame', async () => {
    const { handlers, openExternal } = setup();
    for (const event of [fromElsewhere, fromNowhere]) {
      const reply = (await handlers.get(IPC_CHANNELS.openExternalLink)!(event, { url: 'https://ibm.com/' })) as { ok: boolean; error: string };
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/refused a message from outside the app/);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    [undefined],
    [null],
    ['https://ibm.com'],
    [{ url: 'http://ibm.com/' }],
    [{ url: 'file:///etc/passwd' }],
    [{ url: 'javascript:alert(1)' }],
    [{ url: 'https://user:pw@ibm.com/' }],
    [{ url: 'https://ibm.com/', extra: 1 }],
    [{ url: 42 }],
  ])('opens no link for the payload %j and says why', async (payload) => {
    const { handlers, openExternal } = setup();
    const reply = (await handlers.get(IPC_CHANNELS.openExternalLink)!(fromApp, payload)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^aftermath:open-external-link: invalid request/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens an https link to a cited source', async () => {
    const { handlers, openExternal } = setup();
    const reply = await handlers.get(IPC_CHANNELS.openExternalLink)!(fromApp, { url: 'https://www.ibm.com/reports/data-breach' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(openExternal).toHaveBeenCalledWith('https://www.ibm.com/reports/data-breach');
  });

  it('turns a failure inside a handler into an error Result', async () => {
    const handlers = new Map<string, Handler>();
    registerIpcHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, {
      appInfo: () => ({ version: '1', platform: 'linux', electron: null }),
      openExternal: () => Promise.reject(new Error('no browser')),
    });
    const reply = await handlers.get(IPC_CHANNELS.openExternalLink)!(fromApp, { url: 'https://ibm.com/' });
    expect(reply).toEqual({ ok: false, error: 'aftermath:open-external-link: no browser' });
  });
});
