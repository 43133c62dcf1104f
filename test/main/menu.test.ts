/** The menu template per platform: items, accelerators and the commands they send. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuContext } from '../../main/menu';
import { closeDecision, windowTitle } from '../../main/documentSession';
import { scenarioPathFromArgs } from '../../main/openFromArgs';

const context = (platform: NodeJS.Platform, overrides: Partial<MenuContext> = {}): MenuContext => ({
  platform,
  appName: 'Aftermath',
  presets: [
    { id: 'regional-hospital', label: 'Regional hospital' },
    { id: 'bank', label: 'Regional bank (US)' },
  ],
  recent: [{ path: '/docs/h.aftermath.json', fileName: 'h.aftermath.json', openedAt: '2026-11-29T10:00:00Z' }],
  developer: false,
  ...overrides,
});

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function item(list: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = list.find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has File, Edit, View and Help on %s', (platform) => {
    const template = buildMenuTemplate(context(platform), vi.fn());
    const labels = template.map((entry) => entry.label ?? entry.role);
    expect(labels).toEqual(platform === 'darwin' ? ['Aftermath', '&File', '&Edit', '&View', 'help'] : ['&File', '&Edit', '&View', 'help']);
    const file = items(template, '&File');
    expect(file.filter((entry) => entry.label).map((entry) => entry.label)).toEqual(['New from Example', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export']);
    expect((item(file, 'Export').submenu as MenuItemConstructorOptions[]).map((entry) => entry.label)).toEqual([
      'Board Report (PDF)…',
      'Workbook (XLSX)…',
      'Data (CSV)…',
      'CSV Tables, One File Each…',
      'Raw Annual Losses (CSV)…',
      'Chart as PNG…',
      'Chart as SVG…',
    ]);
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(file, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(items(template, '&Edit').map((entry) => entry.label ?? entry.role)).toEqual(['Undo', 'Redo', undefined, 'cut', 'copy', 'paste', 'selectAll']);
    expect(items(template, '&View').map((entry) => entry.label ?? entry.role)).toEqual([
      'Presentation Mode',
      'Light or Dark Theme',
      undefined,
      'resetZoom',
      'zoomIn',
      'zoomOut',
      undefined,
      'togglefullscreen',
    ]);
    expect(items(template, 'help').map((entry) => entry.label)[0]).toBe('Methodology and Sources');
  });

  it('follows each platform’s conventions for redo, quit and about', () => {
    const mac = buildMenuTemplate(context('darwin'), vi.fn());
    const windows = buildMenuTemplate(context('win32'), vi.fn());
    expect(item(items(mac, '&Edit'), 'Redo').accelerator).toBe('Shift+Cmd+Z');
    expect(item(items(windows, '&Edit'), 'Redo').accelerator).toBe('Ctrl+Y');
    expect(items(mac, 'Aftermath').some((entry) => entry.role === 'quit')).toBe(true);
    expect(items(mac, '&File').some((entry) => entry.role === 'quit')).toBe(false);
    expect(items(windows, '&File').some((entry) => entry.role === 'quit')).toBe(true);
    expect(items(windows, 'help').map((entry) => entry.label)).toEqual(['Methodology and Sources', 'About Aftermath']);
    expect(items(mac, 'help').map((entry) => entry.label)).toEqual(['Methodology and Sources']);
    expect(item(items(mac, '&View'), 'Presentation Mode').accelerator).toBe('Cmd+Shift+P');
    expect(item(items(windows, '&View'), 'Presentation Mode').accelerator).toBe('F5');
  });

  it('sends the renderer the command of each item', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(context('linux'), send);
    const click = (entry: MenuItemConstructorOptions) => (entry.click as () => void)();
    const file = items(template, '&File');
    click((item(file, 'New from Example').submenu as MenuItemConstructorOptions[])[1]!);
    click((item(file, 'Open Recent').submenu as MenuItemConstructorOptions[])[0]!);
    click(item(file, 'Save As…'));
    click((item(file, 'Export').submenu as MenuItemConstructorOptions[])[0]!);
    click(item(items(template, '&Edit'), 'Undo'));
    click(item(items(template, '&View'), 'Presentation Mode'));
    expect(send.mock.calls.map((call) => call[0])).toEqual([
      { command: 'newFromExample', presetId: 'bank' },
      { command: 'openPath', path: '/docs/h.aftermath.json' },
      { command: 'saveAs' },
      { command: 'exportPdf' },
      { command: 'undo' },
      { command: 'present' },
    ]);
  });

  it('says when there are no recent files, and adds developer tools only in development', () => {
    const empty = buildMenuTemplate(context('linux', { recent: [] }), vi.fn());
    expect(item(items(empty, '&File'), 'Open Recent').submenu).toEqual([{ label: 'No recent files', enabled: false }]);
    const developer = buildMenuTemplate(context('linux', { developer: true }), vi.fn());
    expect(items(developer, '&View').some((entry) => entry.role === 'toggleDevTools')).toBe(true);
  });
});

describe('document session', () => {
  it('shows the file name and an edited marker in the title', () => {
    expect(windowTitle({ fileName: null, edited: false })).toBe('Untitled scenario - Aftermath');
    expect(windowTitle({ fileName: 'h.aftermath.json', edited: true })).toBe('h.aftermath.json \u2022 edited - Aftermath');
  });
  it('asks before closing only with unsaved edits, and follows the answer', () => {
    expect(closeDecision(false, null)).toBe('close');
    expect(closeDecision(true, 0)).toBe('saveThenClose');
    expect(closeDecision(true, 1)).toBe('close');
    expect(closeDecision(true, 2)).toBe('stay');
    expect(closeDecision(true, null)).toBe('stay');
  });
});

describe('files opened from the OS', () => {
  it('finds the scenario file among the launch arguments', () => {
    expect(scenarioPathFromArgs(['/opt/Aftermath/aftermath', '--no-sandbox', '/home/a/plan.aftermath.json'])).toBe('/home/a/plan.aftermath.json');
    expect(scenarioPathFromArgs(['Aftermath.exe', 'C:\\Plans\\H.AFTERMATH.JSON'])).toBe('C:\\Plans\\H.AFTERMATH.JSON');
    expect(scenarioPathFromArgs(['electron', '.'])).toBeNull();
  });
});
