/** IPC handlers: sender checked, payload parsed as unknown, every reply a Result; each channel's behaviour. */
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpcHandlers, type IpcDependencies } from '../../main/ipc';
import { IPC_CHANNELS, IPC_PREFIX, type OpenedScenario } from '../../shared/ipc/contract';
import { regionalHospital } from '../../shared/presets/regionalHospital';

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }>;

function setup(overrides: Partial<IpcDependencies> = {}) {
  const handlers = new Map<string, Handler>();
  const deps = {
    appInfo: () => ({ version: '1.2.3', platform: 'linux' as const, electron: '45.0.0' }),
    openExternal: vi.fn(async () => undefined),
    chooseFileToOpen: vi.fn(async () => '/docs/h.aftermath.json'),
    chooseSaveTarget: vi.fn(async (_kind: string, name: string) => `/chosen/${name}`),
    readScenario: vi.fn(async (file: string): Promise<OpenedScenario> => ({ status: 'opened', path: file, fileName: 'h.aftermath.json', scenario: regionalHospital.scenario, migratedFrom: 1 })),
    writeScenario: vi.fn(async () => undefined),
    writeExport: vi.fn(async () => undefined),
    printPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    chooseFolder: vi.fn(async () => '/chosen'),
    makeFreshFolder: vi.fn(async (parent: string, name: string) => `${parent}/${name} (2)`),
    recent: { list: vi.fn(async () => []), add: vi.fn(async () => undefined) },
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    setDocumentState: vi.fn(),
    confirmClose: vi.fn(),
    takePendingOpen: vi.fn(() => '/from/os.aftermath.json'),
    recentChanged: vi.fn(),
    ...overrides,
  } satisfies IpcDependencies;
  registerIpcHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, deps);
  const call = (channel: string, payload?: unknown, event: IpcMainInvokeEvent = fromApp) => handlers.get(channel)!(event, payload);
  return { handlers, deps, call };
}

const fromApp = { senderFrame: { url: 'app://aftermath/index.html' } } as unknown as IpcMainInvokeEvent;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
const fromNowhere = { senderFrame: null } as unknown as IpcMainInvokeEvent;

describe('IPC guard', () => {
  it('registers every channel of the contract, each with the one prefix', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    for (const channel of handlers.keys()) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
  });

  it('refuses every channel from another frame, and from no frame, before doing anything', async () => {
    const { handlers, deps } = setup();
    for (const channel of handlers.keys()) {
      for (const event of [fromElsewhere, fromNowhere]) {
        const reply = await handlers.get(channel)!(event, undefined);
        expect(reply.ok).toBe(false);
        expect(reply.error).toMatch(/refused a message from outside the app/);
      }
    }
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(deps.writeScenario).not.toHaveBeenCalled();
    expect(deps.chooseFileToOpen).not.toHaveBeenCalled();
  });

  it.each([
    [IPC_CHANNELS.openExternalLink, { url: 'http://ibm.com/' }],
    [IPC_CHANNELS.openExternalLink, { url: 'javascript:alert(1)' }],
    [IPC_CHANNELS.openExternalLink, { url: 'https://user:pw@ibm.com/' }],
    [IPC_CHANNELS.openExternalLink, 'https://ibm.com'],
    [IPC_CHANNELS.openScenarioPath, { path: '' }],
    [IPC_CHANNELS.openScenarioPath, { path: 'a\u0000b' }],
    [IPC_CHANNELS.openScenarioPath, { file: '/x' }],
    [IPC_CHANNELS.saveScenario, { scenario: {}, path: null }],
    [IPC_CHANNELS.saveScenario, { scenario: {}, path: null, saveAs: 'yes', suggestedName: 'x' }],
    [IPC_CHANNELS.setDocumentState, { fileName: 3, edited: true }],
    [IPC_CHANNELS.exportFile, { kind: 'exe', suggestedName: 'x', data: '' }],
    [IPC_CHANNELS.exportFile, { kind: 'csv', suggestedName: 'x', data: 42 }],
    [IPC_CHANNELS.exportPdf, { suggestedName: 'x', pageSize: 'A3' }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: 'out', files: [{ name: '../escape.csv', data: 'a' }] }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: 'out', files: [{ name: 'sub/inner.csv', data: 'a' }] }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: 'out', files: [{ name: 'run.exe', data: 'a' }] }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: 'out', files: [{ name: 'a.csv', data: 'a' }, { name: 'A.csv', data: 'b' }] }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: '../up', files: [{ name: 'a.csv', data: 'a' }] }],
    [IPC_CHANNELS.exportFiles, { suggestedFolder: 'out', files: [] }],
    [IPC_CHANNELS.getAppInfo, { extra: true }],
    [IPC_CHANNELS.confirmClose, 'now'],
  ])('%s refuses the payload %j and says why', async (channel, payload) => {
    const { call, deps } = setup();
    const reply = await call(channel, payload);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(new RegExp(`^${channel}: invalid request \\(`));
    expect(deps.writeScenario).not.toHaveBeenCalled();
    expect(deps.writeExport).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('turns a failure inside a handler into an error Result', async () => {
    const { call } = setup({ openExternal: () => Promise.reject(new Error('no browser')) });
    expect(await call(IPC_CHANNELS.openExternalLink, { url: 'https://ibm.com/' })).toEqual({ ok: false, error: 'aftermath:open-external-link: no browser' });
  });
});

describe('IPC channels', () => {
  it('answers the app page with its version', async () => {
    const { call } = setup();
    expect(await call(IPC_CHANNELS.getAppInfo)).toEqual({ ok: true, value: { version: '1.2.3', platform: 'linux', electron: '45.0.0' } });
  });

  it('opens a chosen file, records it as recent, and gives back null when the dialog is cancelled', async () => {
    const { call, deps } = setup();
    const reply = await call(IPC_CHANNELS.openScenario);
    expect(reply.ok).toBe(true);
    expect((reply.value as OpenedScenario).status).toBe('opened');
    expect(deps.recent.add).toHaveBeenCalledWith('/docs/h.aftermath.json');
    expect(deps.recentChanged).toHaveBeenCalled();
    const cancelled = setup({ chooseFileToOpen: async () => null });
    expect(await cancelled.call(IPC_CHANNELS.openScenario)).toEqual({ ok: true, value: null });
  });

  it('returns a bad file’s problems and does not add it to the recent files', async () => {
    const invalid: OpenedScenario = { status: 'invalid', path: '/x.json', fileName: 'x.json', problems: ['version is 9'] };
    const { call, deps } = setup({ readScenario: async () => invalid });
    expect(await call(IPC_CHANNELS.openScenarioPath, { path: '/x.json' })).toEqual({ ok: true, value: invalid });
    expect(deps.recent.add).not.toHaveBeenCalled();
  });

  it('saves a valid scenario to its path, or asks where when it has none or on Save As, adding the extension', async () => {
    const { call, deps } = setup();
    const scenario = regionalHospital.scenario;
    expect(await call(IPC_CHANNELS.saveScenario, { scenario, path: '/docs/h.aftermath.json', saveAs: false, suggestedName: 'Regional hospital' })).toEqual({
      ok: true,
      value: { path: '/docs/h.aftermath.json', fileName: 'h.aftermath.json' },
    });
    expect(deps.chooseSaveTarget).not.toHaveBeenCalled();
    expect(deps.autosave.clear).toHaveBeenCalled();
    const saveAs = await call(IPC_CHANNELS.saveScenario, { scenario, path: '/docs/h.aftermath.json', saveAs: true, suggestedName: 'Regional hospital' });
    expect(deps.chooseSaveTarget).toHaveBeenCalledWith('scenario', 'Regional hospital.aftermath.json');
    expect(saveAs).toEqual({ ok: true, value: { path: '/chosen/Regional hospital.aftermath.json', fileName: 'Regional hospital.aftermath.json' } });
  });

  it('never writes an invalid scenario', async () => {
    const { call, deps } = setup();
    const reply = await call(IPC_CHANNELS.saveScenario, { scenario: { ...regionalHospital.scenario, currency: 'dollars' }, path: '/docs/h.aftermath.json', saveAs: false, suggestedName: 'x' });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/the scenario is not valid, so it was not saved: currency must be a three-letter/);
    expect(deps.writeScenario).not.toHaveBeenCalled();
  });

  it('keeps the document state, autosaves, hands back and discards the recovery copy', async () => {
    const { call, deps } = setup();
    await call(IPC_CHANNELS.setDocumentState, { fileName: 'h.aftermath.json', edited: true });
    expect(deps.setDocumentState).toHaveBeenCalledWith({ fileName: 'h.aftermath.json', edited: true });
    await call(IPC_CHANNELS.autosave, { scenario: { a: 1 }, path: null });
    expect(deps.autosave.write).toHaveBeenCalledWith({ a: 1 }, null);
    expect(await call(IPC_CHANNELS.takeRecovery)).toEqual({ ok: true, value: null });
    await call(IPC_CHANNELS.discardRecovery);
    expect(deps.autosave.clear).toHaveBeenCalled();
  });

  it('writes exports where the user chose, with the right extension', async () => {
    const { call, deps } = setup();
    expect(await call(IPC_CHANNELS.exportFile, { kind: 'csv', suggestedName: 'results', data: 'a,b\n' })).toEqual({ ok: true, value: { path: '/chosen/results.csv' } });
    expect(deps.writeExport).toHaveBeenCalledWith('/chosen/results.csv', 'a,b\n');
    const bytes = new Uint8Array([1, 2, 3]);
    await call(IPC_CHANNELS.exportFile, { kind: 'png', suggestedName: 'curve.png', data: bytes });
    expect(deps.writeExport).toHaveBeenCalledWith('/chosen/curve.png', bytes);
    expect(await call(IPC_CHANNELS.exportPdf, { suggestedName: 'report', pageSize: 'Letter' })).toEqual({ ok: true, value: { path: '/chosen/report.pdf' } });
    expect(deps.printPdf).toHaveBeenCalledWith('Letter');
    const cancelled = setup({ chooseSaveTarget: async () => null });
    expect(await cancelled.call(IPC_CHANNELS.exportPdf, { suggestedName: 'report', pageSize: 'A4' })).toEqual({ ok: true, value: null });
    expect(cancelled.deps.printPdf).not.toHaveBeenCalled();
  });

  it('writes a set of CSV files into a new folder inside the one chosen, or nothing when cancelled', async () => {
    const { call, deps } = setup();
    const files = [
      { name: 'summary.csv', data: 'a,b\r\n' },
      { name: 'exceedance.csv', data: 'c,d\r\n' },
    ];
    expect(await call(IPC_CHANNELS.exportFiles, { suggestedFolder: 'hospital-csv', files })).toEqual({ ok: true, value: { path: '/chosen/hospital-csv (2)', files: ['summary.csv', 'exceedance.csv'] } });
    expect(deps.makeFreshFolder).toHaveBeenCalledWith('/chosen', 'hospital-csv');
    expect(deps.writeExport).toHaveBeenCalledWith('/chosen/hospital-csv (2)/summary.csv', 'a,b\r\n');
    expect(deps.writeExport).toHaveBeenCalledWith('/chosen/hospital-csv (2)/exceedance.csv', 'c,d\r\n');
    const cancelled = setup({ chooseFolder: async () => null });
    expect(await cancelled.call(IPC_CHANNELS.exportFiles, { suggestedFolder: 'hospital-csv', files })).toEqual({ ok: true, value: null });
    expect(cancelled.deps.makeFreshFolder).not.toHaveBeenCalled();
    expect(cancelled.deps.writeExport).not.toHaveBeenCalled();
  });

  it('lets the window close after a save, and hands over the file the OS asked to open once', async () => {
    const { call, deps } = setup();
    await call(IPC_CHANNELS.confirmClose);
    expect(deps.confirmClose).toHaveBeenCalled();
    expect(await call(IPC_CHANNELS.takePendingOpen)).toEqual({ ok: true, value: '/from/os.aftermath.json' });
  });
});
