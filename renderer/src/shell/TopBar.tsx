/** The bar above the workspace: start from a preset or a file, save, undo and redo, compare, present, theme. */
import { useId, useRef } from 'react';
import type { MenuCommand, MenuMessage } from '../../../shared/ipc/contract';
import { PRESETS } from '../../../shared/presets/index';
import type { Theme } from './theme';

const EXPORTS: readonly Readonly<{ command: MenuCommand; label: string }>[] = [
  { command: 'exportPdf', label: 'Board report (PDF)' },
  { command: 'exportXlsx', label: 'Workbook (XLSX)' },
  { command: 'exportCsv', label: 'Data (CSV)' },
  { command: 'exportCsvTables', label: 'CSV tables, one file each' },
  { command: 'exportRaw', label: 'Raw annual losses (CSV)' },
  { command: 'exportPng', label: 'Exceedance chart (PNG)' },
  { command: 'exportSvg', label: 'Exceedance chart (SVG)' },
];

export type TopBarProps = Readonly<{
  onPreset: (id: string) => void;
  onOpenFile: (file: File) => void;
  /** The desktop app's native open dialog; the browser build uses the page's file picker. */
  onOpenDialog: (() => void) | undefined;
  onSave: () => void;
  canSave: boolean;
  onCommand: (message: MenuMessage) => void;
  documentName: string | null;
  edited: boolean;
  onUndo: () => void;
  onRedo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  comparing: boolean;
  onCompare: () => void;
  onPresent: () => void;
  canPresent: boolean;
  theme: Theme;
  onTheme: () => void;
}>;

export function TopBar(props: TopBarProps) {
  const presetId = useId();
  const exportId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const organisations = PRESETS.filter((preset) => preset.kind === 'organisation');
  const replays = PRESETS.filter((preset) => preset.kind === 'incidentReplay');
  return (
    <header className="top-bar">
      <div className="brand" aria-label="Aftermath">
        Aftermath
      </div>
      <div className="top-group">
        <label htmlFor={presetId} className="visually-hidden">
          Start from a preset
        </label>
        <select
          id={presetId}
          value=""
          onChange={(event) => {
            if (event.target.value) props.onPreset(event.target.value);
          }}
        >
          <option value="">Start from a preset…</option>
          <optgroup label="Organisations">
            {organisations.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Replays of real incidents">
            {replays.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" onClick={() => (props.onOpenDialog ? props.onOpenDialog() : fileInput.current?.click())}>
          Open file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) props.onOpenFile(file);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={props.onSave} disabled={!props.canSave} title={props.canSave ? 'Save this variant as a scenario file' : 'Fix the inputs that need attention first'}>
          Save file
        </button>
        <label htmlFor={exportId} className="visually-hidden">
          Export
        </label>
        <select
          id={exportId}
          value=""
          onChange={(event) => {
            const command = EXPORTS.find((entry) => entry.command === event.target.value)?.command;
            if (command) props.onCommand({ command });
          }}
        >
          <option value="">Export…</option>
          {EXPORTS.map((entry) => (
            <option key={entry.command} value={entry.command}>
              {entry.label}
            </option>
          ))}
        </select>
        <span className="document-name" aria-live="polite">
          {props.documentName ?? 'Not saved yet'}
          {props.edited ? ' (edited)' : ''}
        </span>
      </div>
      <div className="top-group">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          Redo
        </button>
      </div>
      <div className="top-group">
        <button type="button" aria-pressed={props.comparing} onClick={props.onCompare}>
          Compare variants
        </button>
        <button type="button" onClick={props.onPresent} disabled={!props.canPresent}>
          Present
        </button>
        <button type="button" onClick={props.onTheme} aria-label={props.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}>
          {props.theme === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
        <button type="button" onClick={() => props.onCommand({ command: 'methodology' })}>
          Sources
        </button>
      </div>
    </header>
  );
}
