// @vitest-environment happy-dom
/**
 * The renderer's side of the desktop app, with the preload API stood in: menu commands save,
 * save-then-close confirms the close only after saving, the window title follows edits, work is
 * autosaved after a pause, and work left by a crash is offered back.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AftermathApi, MenuMessage } from '../../shared/ipc/contract';
import { useDocument, AUTOSAVE_DELAY_MS } from '../../renderer/src/shell/useDocument';
import { useWorkspace } from '../../renderer/src/workspace/useWorkspace';
import { workspaceFromPreset } from '../../renderer/src/workspace/workspace';
import { regionalHospital } from '../../shared/presets/regionalHospital';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let menu: (message: MenuMessage) => void = () => undefined;
let reportOpened = 0;
const dataExports: string[] = [];
let api: { [K in keyof AftermathApi]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  vi.useFakeTimers();
  api = {
    getAppInfo: vi.fn(async () => ({ ok: true, value: { version: '1', platform: 'linux', electron: '45' } })),
    openExternalLink: vi.fn(async () => ({ ok: true, value: null })),
    openScenario: vi.fn(async () => ({ ok: true, value: null })),
    openScenarioPath: vi.fn(async () => ({ ok: true, value: { status: 'invalid', path: '/x', fileName: 'x', problems: ['bad'] } })),
    saveScenario: vi.fn(async () => ({ ok: true, value: { path: '/docs/h.aftermath.json', fileName: 'h.aftermath.json' } })),
    setDocumentState: vi.fn(async () => ({ ok: true, value: null })),
    autosave: vi.fn(async () => ({ ok: true, value: null })),
    takeRecovery: vi.fn(async () => ({ ok: true, value: null })),
    discardRecovery: vi.fn(async () => ({ ok: true, value: null })),
    listRecent: vi.fn(async () => ({ ok: true, value: [] })),
    exportFile: vi.fn(async () => ({ ok: true, value: null })),
    exportPdf: vi.fn(async () => ({ ok: true, value: null })),
    exportFiles: vi.fn(async () => ({ ok: true, value: null })),
    confirmClose: vi.fn(async () => ({ ok: true, value: null })),
    takePendingOpen: vi.fn(async () => ({ ok: true, value: null })),
    onMenuCommand: vi.fn((listener: (message: MenuMessage) => void) => {
      menu = listener;
      return () => undefined;
    }),
  };
  (window as unknown as Record<string, unknown>)['aftermath'] = api;
});

afterEach(() => {
  vi.useRealTimers();
  delete (window as unknown as Record<string, unknown>)['aftermath'];
});

function mount() {
  let state: { workspace: ReturnType<typeof useWorkspace>; document: ReturnType<typeof useDocument> } | undefined;
  function Probe() {
    const workspace = useWorkspace(() => workspaceFromPreset(regionalHospital), () => 'USD', 'en-US', false);
    const document = useDocument({
      state: workspace.editor.state,
      validation: workspace.editor.validation,
      dispatch: workspace.dispatch,
      onPresent: () => undefined,
      onReport: () => {
        reportOpened += 1;
      },
      onDataExport: (kind) => {
        dataExports.push(kind);
      },
      onToggleTheme: () => undefined,
      appVersion: '1',
    });
    state = { workspace, document };
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return () => state!;
}

const flush = () => act(async () => {
  await vi.advanceTimersByTimeAsync(0);
});

describe('the desktop document', () => {
  it('starts untitled and unedited, then marks the title edited after a change', async () => {
    const current = mount();
    await flush();
    expect(api.setDocumentState).toHaveBeenLastCalledWith({ fileName: null, edited: false });
    act(() => current().workspace.editor.setValue('organisation.records.health', 5));
    await flush();
    expect(api.setDocumentState).toHaveBeenLastCalledWith({ fileName: null, edited: true });
  });

  it('autosaves the working copy a few seconds after the last edit, not before', async () => {
    const current = mount();
    act(() => current().workspace.editor.setValue('organisation.records.health', 5));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    });
    expect(api.autosave).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(api.autosave).toHaveBeenCalledTimes(1);
    expect((api.autosave.mock.calls[0]![0] as { scenario: { organisation: { records: { health: number } } } }).scenario.organisation.records.health).toBe(5);
  });

  it('saves from the menu, then shows the file name and no longer edited', async () => {
    const current = mount();
    act(() => current().workspace.editor.setValue('organisation.records.health', 5));
    await act(async () => {
      menu({ command: 'save' });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(api.saveScenario).toHaveBeenCalledWith(expect.objectContaining({ path: null, saveAs: false, suggestedName: 'Regional hospital' }));
    expect(current().document.edited).toBe(false);
    expect(api.setDocumentState).toHaveBeenLastCalledWith({ fileName: 'h.aftermath.json', edited: false });
  });

  it('opens the board report from the menu, and saves it at the page size chosen there', async () => {
    const current = mount();
    const before = reportOpened;
    act(() => menu({ command: 'exportPdf' }));
    expect(reportOpened).toBe(before + 1);
    expect(api.exportPdf).not.toHaveBeenCalled();
    await act(async () => {
      await current().document.exportPdf('Letter');
    });
    expect(api.exportPdf).toHaveBeenCalledWith({ suggestedName: 'regional-hospital-board-report', pageSize: 'Letter' });
  });

  it('shows why the PDF could not be written', async () => {
    const current = mount();
    api.exportPdf.mockResolvedValueOnce({ ok: false, error: 'The disk is full.' });
    await act(async () => {
      await current().document.exportPdf('A4');
    });
    expect(current().document.prompt).toEqual({ kind: 'problems', title: 'The PDF could not be written', problems: ['The disk is full.'] });
  });

  it('confirms a close only after the save succeeded', async () => {
    const current = mount();
    act(() => current().workspace.editor.setValue('organisation.records.health', 5));
    api.saveScenario.mockResolvedValueOnce({ ok: true, value: null });
    await act(async () => {
      menu({ command: 'saveThenClose' });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(api.confirmClose).not.toHaveBeenCalled();
    await act(async () => {
      menu({ command: 'saveThenClose' });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(api.confirmClose).toHaveBeenCalledTimes(1);
  });

  it('offers back work left by a crash, and restores it as an edited document', async () => {
    api.takeRecovery.mockResolvedValueOnce({ ok: true, value: { scenario: { ...regionalHospital.scenario, name: 'Recovered plan' }, path: '/docs/r.aftermath.json', savedAt: '2026-11-29T10:00:00Z' } });
    const current = mount();
    await flush();
    const prompt = current().document.prompt;
    expect(prompt?.kind).toBe('recovery');
    act(() => prompt?.kind === 'recovery' && current().document.restore(prompt.recovery));
    expect(current().workspace.editor.state.doc['name']).toBe('Recovered plan');
    expect(current().document.edited).toBe(true);
    expect(current().document.info.fileName).toBe('r.aftermath.json');
  });

  it('shows a bad file’s problems and keeps the current scenario', async () => {
    const current = mount();
    await act(async () => {
      menu({ command: 'openPath', path: '/x' });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(current().document.prompt).toEqual({ kind: 'problems', title: 'x could not be opened', problems: ['bad'] });
    expect(current().workspace.editor.state.doc['name']).toBe('Regional hospital');
  });
});
