/**
 * The document behind the workspace: its file (path and name), whether it has unsaved edits, and
 * the file commands (new from example, open, save, save as, exports) for the desktop app (native
 * dialogs through the preload API) and the browser build (file picker and downloads). Before
 * anything replaces unsaved work, the user is asked. In the desktop app the working copy is
 * autosaved a few seconds after each edit, and work left by a crash is offered back at start.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { rawAnnualLossesCsv } from '../../../shared/exports/rawAnnualLosses';
import { DATA_EXPORT_LABELS, rawFileSentence, tableFiles, tidyCsv, workbookInput, type DataExportKind, type ExportSource } from './dataExports';
import type { MenuMessage, Recovery } from '../../../shared/ipc/contract';
import { findPreset } from '../../../shared/presets/index';
import { isDesktop, platformApi } from '../platform/platformApi';
import type { EditorState, ScenarioDoc } from '../workspace/editorState';
import type { Validation } from '../workspace/validation';
import { workspaceFromDoc, type Workspace } from '../workspace/workspace';
import type { WorkspaceAction } from '../workspace/useWorkspace';
import { exceedanceSvg, standaloneSvg, svgToPng } from './chartImage';
import { saveBytes } from './saveBytes';
import { downloadBytes, downloadScenario, readScenarioFile, scenarioFileName } from './scenarioFiles';

export const AUTOSAVE_DELAY_MS = 3000;


export type DocumentInfo = Readonly<{ path: string | null; fileName: string | null; savedDoc: ScenarioDoc | null }>;

export type Prompt =
  | Readonly<{ kind: 'problems'; title: string; problems: readonly string[] }>
  | Readonly<{ kind: 'confirmDiscard'; action: string; proceed: () => void }>
  | Readonly<{ kind: 'recovery'; recovery: Recovery }>
  | Readonly<{ kind: 'notice'; title: string; message: string }>
  | Readonly<{ kind: 'confirmExport'; title: string; message: string; action: string; proceed: () => void }>
  | Readonly<{ kind: 'methodology' }>;

export type DocumentDeps = Readonly<{
  state: EditorState;
  validation: Validation;
  dispatch: (action: WorkspaceAction) => void;
  onPresent: () => void;
  /** Opens the board report's preview (File > Export > Board Report). */
  onReport: () => void;
  /** Asks for a data export; the workspace gathers the results it needs, then calls exportData. */
  onDataExport: (kind: DataExportKind) => void;
  onToggleTheme: () => void;
  appVersion: string;
}>;

const slug = (text: string) => scenarioFileName(text).replace(/\.aftermath\.json$/, '');

export function useDocument(deps: DocumentDeps) {
  const { state, validation, dispatch } = deps;
  const [info, setInfo] = useState<DocumentInfo>(() => ({ path: null, fileName: null, savedDoc: state.doc }));
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const edited = state.doc !== info.savedDoc;
  const desktop = isDesktop();
  const name = String(state.doc['name'] ?? 'scenario');

  const replace = useCallback(
    (doc: ScenarioDoc, provenance: EditorState['provenance'], origin: string, file: Readonly<{ path: string | null; fileName: string | null }>, saved: boolean) => {
      dispatch({ type: 'replace', workspace: workspaceFromDoc(doc, provenance, origin) as Workspace });
      setInfo({ path: file.path, fileName: file.fileName, savedDoc: saved ? doc : null });
    },
    [dispatch],
  );

  /** Runs `proceed` at once, or after the user agrees to discard unsaved edits. */
  const guard = useCallback(
    (action: string, proceed: () => void) => {
      if (!edited) proceed();
      else setPrompt({ kind: 'confirmDiscard', action, proceed });
    },
    [edited],
  );

  const newFromExample = useCallback(
    (presetId: string) => {
      const preset = findPreset(presetId);
      if (!preset) return;
      guard(`start from ${preset.label}`, () => replace(preset.scenario as unknown as ScenarioDoc, preset.provenance, preset.label, { path: null, fileName: null }, true));
    },
    [guard, replace],
  );

  const openPath = useCallback(
    (file: string) =>
      guard('open another file', () => {
        void platformApi()
          .openScenarioPath(file)
          .then((reply) => {
            if (!reply.ok) setPrompt({ kind: 'problems', title: 'The file could not be opened', problems: [reply.error] });
            else if (reply.value.status === 'invalid') setPrompt({ kind: 'problems', title: `${reply.value.fileName} could not be opened`, problems: reply.value.problems });
            else replace(reply.value.scenario as unknown as ScenarioDoc, {}, reply.value.fileName, reply.value, true);
          });
      }),
    [guard, replace],
  );

  const openDialog = useCallback(
    () =>
      guard('open another file', () => {
        void platformApi()
          .openScenario()
          .then((reply) => {
            if (!reply.ok) setPrompt({ kind: 'problems', title: 'The file could not be opened', problems: [reply.error] });
            else if (reply.value === null) return;
            else if (reply.value.status === 'invalid') setPrompt({ kind: 'problems', title: `${reply.value.fileName} could not be opened`, problems: reply.value.problems });
            else replace(reply.value.scenario as unknown as ScenarioDoc, {}, reply.value.fileName, reply.value, true);
          });
      }),
    [guard, replace],
  );

  const openBrowserFile = useCallback(
    (file: File) =>
      guard('open another file', () => {
        void readScenarioFile(file).then((opened) => {
          if (opened.ok) replace(opened.scenario as unknown as ScenarioDoc, {}, opened.fileName, { path: null, fileName: opened.fileName }, true);
          else setPrompt({ kind: 'problems', title: `${opened.fileName} could not be opened`, problems: opened.problems });
        });
      }),
    [guard, replace],
  );

  /** Saves; resolves true when the scenario was saved. */
  const save = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      if (!validation.scenario) {
        setPrompt({ kind: 'problems', title: 'The scenario cannot be saved yet', problems: Object.entries(validation.errors).map(([path, messages]) => `${path}: ${messages.join(' ')}`) });
        return false;
      }
      const doc = state.doc;
      if (!desktop) {
        downloadScenario(validation.scenario, name);
        setInfo((current) => ({ ...current, fileName: scenarioFileName(name), savedDoc: doc }));
        return true;
      }
      const reply = await platformApi().saveScenario({ scenario: validation.scenario, path: info.path, saveAs, suggestedName: name });
      if (!reply.ok) {
        setPrompt({ kind: 'problems', title: 'The scenario could not be saved', problems: [reply.error] });
        return false;
      }
      if (reply.value === null) return false;
      setInfo({ path: reply.value.path, fileName: reply.value.fileName, savedDoc: doc });
      return true;
    },
    [validation, state.doc, desktop, name, info.path],
  );

  const exportBytes = useCallback(
    async (kind: 'csv' | 'xlsx' | 'png' | 'svg', suggestedName: string, data: string | Uint8Array) => {
      try {
        await saveBytes(kind, suggestedName, data);
      } catch (error) {
        setPrompt({ kind: 'problems', title: 'The export could not be written', problems: [error instanceof Error ? error.message : String(error)] });
      }
    },
    [],
  );

  const exportChart = useCallback(
    async (kind: 'png' | 'svg') => {
      const svg = exceedanceSvg();
      if (!svg) {
        setPrompt({ kind: 'notice', title: 'No chart to export', message: 'Show the results (not the comparison) to export the exceedance curve.' });
        return;
      }
      const background = getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#ffffff';
      const markup = standaloneSvg(svg, background);
      await exportBytes(kind, `${slug(name)}-exceedance`, kind === 'svg' ? markup : await svgToPng(markup, 2));
    },
    [exportBytes, name],
  );

  /** Writes a data export from the result (controls valued) and the scenario it came from. */
  const exportData = useCallback(
    async (kind: DataExportKind, source: ExportSource) => {
      const base = slug(name);
      try {
        switch (kind) {
          case 'csv':
            await exportBytes('csv', `${base}-results`, tidyCsv(source));
            return;
          case 'xlsx':
          {
            // exceljs is large: loaded on first use, so the app starts without it.
            const { workbookBytes } = await import('../../../shared/exports/xlsxWriter');
            await exportBytes('xlsx', `${base}-workbook`, await workbookBytes(workbookInput(source)));
          }
            return;
          case 'csvTables': {
            const files = tableFiles(source);
            if (!desktop) {
              for (const file of files) downloadBytes(file.data, `${base}-${file.name}`, 'text/csv');
              return;
            }
            const reply = await platformApi().exportFiles({ suggestedFolder: `${base}-csv`, files });
            if (!reply.ok) setPrompt({ kind: 'problems', title: 'The CSV files could not be written', problems: [reply.error] });
            return;
          }
          case 'raw': {
            const losses = source.result.annualLosses;
            if (!losses) throw new Error('the simulation did not keep each year’s loss.');
            setPrompt({
              kind: 'confirmExport',
              title: 'Save the raw annual losses?',
              message: rawFileSentence(losses, source.result.currency, navigator.language),
              action: 'Save',
              proceed: () => void exportBytes('csv', `${base}-annual-losses`, rawAnnualLossesCsv(losses, source.result.currency)),
            });
            return;
          }
        }
      } catch (error) {
        setPrompt({ kind: 'problems', title: `Could not export ${DATA_EXPORT_LABELS[kind]}`, problems: [error instanceof Error ? error.message : String(error)] });
      }
    },
    [exportBytes, name, desktop],
  );

  /** Saves the open board report as a PDF: printToPDF in the app, the print dialog in the browser. */
  const exportPdf = useCallback(
    async (pageSize: 'A4' | 'Letter') => {
      if (!desktop) {
        window.print();
        return;
      }
      const reply = await platformApi().exportPdf({ suggestedName: `${slug(name)}-board-report`, pageSize });
      if (!reply.ok) setPrompt({ kind: 'problems', title: 'The PDF could not be written', problems: [reply.error] });
    },
    [desktop, name],
  );

  const handleMenu = useCallback(
    (message: MenuMessage) => {
      switch (message.command) {
        case 'newFromExample':
          if (message.presetId) newFromExample(message.presetId);
          break;
        case 'open':
          openDialog();
          break;
        case 'openPath':
          if (message.path) openPath(message.path);
          break;
        case 'save':
          void save(false);
          break;
        case 'saveAs':
          void save(true);
          break;
        case 'saveThenClose':
          void save(false).then((saved) => (saved ? platformApi().confirmClose() : undefined));
          break;
        case 'exportPdf':
          deps.onReport();
          break;
        case 'exportCsv':
          deps.onDataExport('csv');
          break;
        case 'exportCsvTables':
          deps.onDataExport('csvTables');
          break;
        case 'exportXlsx':
          deps.onDataExport('xlsx');
          break;
        case 'exportRaw':
          deps.onDataExport('raw');
          break;
        case 'exportPng':
          void exportChart('png');
          break;
        case 'exportSvg':
          void exportChart('svg');
          break;
        case 'undo':
          dispatch({ type: 'undo' });
          break;
        case 'redo':
          dispatch({ type: 'redo' });
          break;
        case 'present':
          deps.onPresent();
          break;
        case 'toggleTheme':
          deps.onToggleTheme();
          break;
        case 'methodology':
          setPrompt({ kind: 'methodology' });
          break;
        case 'about':
          setPrompt({ kind: 'notice', title: 'About Aftermath', message: `Aftermath ${deps.appVersion}: what a cyber attack would cost, simulated on this computer. Nothing you enter leaves it.` });
          break;
      }
    },
    [newFromExample, openDialog, openPath, save, exportChart, dispatch, deps],
  );

  // Menu commands (desktop), through a ref so the subscription is made once.
  const menuHandler = useRef(handleMenu);
  useEffect(() => {
    menuHandler.current = handleMenu;
  }, [handleMenu]);
  useEffect(() => platformApi().onMenuCommand((message) => menuHandler.current(message)), []);

  // At start: a file the OS asked to open, and work left by a crash.
  useEffect(() => {
    if (!desktop) return;
    void platformApi()
      .takeRecovery()
      .then((reply) => {
        if (reply.ok && reply.value) setPrompt({ kind: 'recovery', recovery: reply.value });
      });
    void platformApi()
      .takePendingOpen()
      .then((reply) => {
        if (reply.ok && reply.value) menuHandler.current({ command: 'openPath', path: reply.value });
      });
  }, [desktop]);

  // The window title and the close prompt follow the document.
  useEffect(() => {
    void platformApi().setDocumentState({ fileName: info.fileName, edited });
  }, [info.fileName, edited]);

  // Autosave the working copy a few seconds after the last edit.
  useEffect(() => {
    if (!desktop || !edited) return undefined;
    const timer = setTimeout(() => void platformApi().autosave({ scenario: state.doc, path: info.path }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [desktop, edited, state.doc, info.path]);

  const restore = useCallback(
    (recovery: Recovery) => {
      const doc = (recovery.scenario ?? {}) as ScenarioDoc;
      replace(doc, {}, 'Recovered work', { path: recovery.path, fileName: recovery.path ? (recovery.path.split(/[\\/]/).pop() ?? null) : null }, false);
      setPrompt(null);
    },
    [replace],
  );

  return { info, edited, prompt, setPrompt, newFromExample, openDialog, openBrowserFile, save, restore, handleMenu, exportPdf, exportData, desktop };
}
