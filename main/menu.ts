/**
 * The application menu, as a pure template so each platform's items and accelerators can be
 * tested: File (new from example, open, open recent, save, save as, export, quit), Edit (undo,
 * redo, cut, copy, paste, select all), View (presentation mode, theme, zoom), Help (methodology
 * and sources, about). Commands go to the renderer; clipboard, zoom and quit use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuMessage, RecentFile } from '../shared/ipc/contract';

export type MenuContext = Readonly<{
  platform: NodeJS.Platform;
  appName: string;
  presets: readonly Readonly<{ id: string; label: string }>[];
  recent: readonly RecentFile[];
  developer: boolean;
}>;

export function buildMenuTemplate(context: MenuContext, send: (message: MenuMessage) => void): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const command = (message: MenuMessage) => () => send(message);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: context.appName,
          submenu: [
            { label: `About ${context.appName}`, click: command({ command: 'about' }) },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const recent: MenuItemConstructorOptions[] =
    context.recent.length > 0
      ? context.recent.map((file) => ({ label: file.fileName, toolTip: file.path, click: command({ command: 'openPath', path: file.path }) }))
      : [{ label: 'No recent files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New from Example', submenu: context.presets.map((preset) => ({ label: preset.label, click: command({ command: 'newFromExample', presetId: preset.id }) })) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: command({ command: 'open' }) },
      { label: 'Open Recent', submenu: recent },
      separator,
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: command({ command: 'save' }) },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: command({ command: 'saveAs' }) },
      separator,
      {
        label: 'Export',
        submenu: [
          { label: 'Board Report (PDF)…', accelerator: 'CmdOrCtrl+P', click: command({ command: 'exportPdf' }) },
          { label: 'Workbook (XLSX)…', click: command({ command: 'exportXlsx' }) },
          { label: 'Data (CSV)…', click: command({ command: 'exportCsv' }) },
          { label: 'CSV Tables, One File Each…', click: command({ command: 'exportCsvTables' }) },
          { label: 'Raw Annual Losses (CSV)…', click: command({ command: 'exportRaw' }) },
          { label: 'Chart as PNG…', click: command({ command: 'exportPng' }) },
          { label: 'Chart as SVG…', click: command({ command: 'exportSvg' }) },
        ],
      },
      ...(mac ? [] : [separator, { role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command({ command: 'undo' }) },
      { label: 'Redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: command({ command: 'redo' }) },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Presentation Mode', accelerator: mac ? 'Cmd+Shift+P' : 'F5', click: command({ command: 'present' }) },
      { label: 'Light or Dark Theme', accelerator: 'CmdOrCtrl+Shift+L', click: command({ command: 'toggleTheme' }) },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(context.developer ? [separator, { role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Methodology and Sources', click: command({ command: 'methodology' }) },
      ...(mac ? [] : [{ label: `About ${context.appName}`, click: command({ command: 'about' }) }]),
    ],
  };

  return [...appMenu, file, edit, view, help];
}
