/** The editing logic behind the workspace: paths, typed numbers, undo and redo, variants, validation, run order. */
import { describe, expect, it } from 'vitest';
import { deleteAt, getAt, parsePath, setAt } from '../../renderer/src/workspace/draftPath';
import { formatNumberText, fromDisplay, parseNumberText, toDisplay } from '../../renderer/src/workspace/numberText';
import { addThreat, newHistory, record, redo, removeThreat, removeValue, setPending, setValue, undo, MERGE_WINDOW_MS } from '../../renderer/src/workspace/editorState';
import { validateEditor, errorsWithin } from '../../renderer/src/workspace/validation';
import { changeDistribution, representativeValue, toForm } from '../../renderer/src/workspace/uncertainEdit';
import { activeVariant, duplicateActive, editActive, removeVariant, renameVariant, selectVariant, undoActive, workspaceFromPreset } from '../../renderer/src/workspace/workspace';
import { shortcutOf } from '../../renderer/src/workspace/useWorkspace';
import { nextRun } from '../../renderer/src/simulation/runQueue';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import type { ScenarioDoc } from '../../renderer/src/workspace/editorState';

const hospital = regionalHospital.scenario as unknown as ScenarioDoc;

describe('draft paths', () => {
  it('parses, reads, writes and deletes without touching the original', () => {
    expect(parsePath('threats[2].exposure.health')).toEqual(['threats', 2, 'exposure', 'health']);
    expect(getAt(hospital, 'organisation.records.health')).toBe(750_000);
    const changed = setAt(hospital, 'organisation.records.health', 1);
    expect(getAt(changed, 'organisation.records.health')).toBe(1);
    expect(getAt(hospital, 'organisation.records.health')).toBe(750_000);
    expect(getAt(changed, 'threats')).toBe(getAt(hospital, 'threats'));
    const removed = deleteAt(hospital, 'threats[0]');
    expect((getAt(removed, 'threats') as unknown[]).length).toBe(3);
    expect(getAt(deleteAt(hospital, 'regulation'), 'regulation')).toBeUndefined();
    expect(getAt(setAt({}, 'a.b[1].c', 5), 'a.b[1].c')).toBe(5);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['2500000', 2_500_000],
    ['2,500,000', 2_500_000],
    ['2 500 000', 2_500_000],
    ['2.5M', 2_500_000],
    ['2.5m', 2_500_000],
    ['750k', 750_000],
    ['1.2bn', 1_200_000_000],
    ['1e6', 1_000_000],
    ['.5', 0.5],
    ['-3', -3],
  ])('"%s" is %d in English', (text, value) => {
    expect(parseNumberText(text, 'en-US')).toEqual({ ok: true, value });
  });
  it('reads the locale’s own marks: 2.500.000,5 and 2,5M in German, 2 500 000 in French', () => {
    expect(parseNumberText('2.500.000,5', 'de-DE')).toEqual({ ok: true, value: 2_500_000.5 });
    expect(parseNumberText('2,5M', 'de-DE')).toEqual({ ok: true, value: 2_500_000 });
    expect(parseNumberText('0,5', 'de-DE')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('2\u202f500\u202f000', 'fr-FR')).toEqual({ ok: true, value: 2_500_000 });
    expect(parseNumberText('2.5', 'fr-FR')).toEqual({ ok: true, value: 2.5 });
  });
  it.each([
    ['1,5', 'en-US'],
    ['12,34,567', 'en-US'],
    ['2.5M', 'de-DE'],
    ['0.5', 'de-DE'],
  ])('refuses "%s" in %s as ambiguous rather than read it ten times too large', (text, locale) => {
    const parsed = parseNumberText(text, locale);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/is ambiguous here/);
  });
  it.each(['', 'abc', '12x', '1.2.3', '5 million', 'M'])('"%s" is not a number, with a reason', (text) => {
    const parsed = parseNumberText(text, 'en-US');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
  });
  it('formats with grouping and shows shares as percentages', () => {
    expect(formatNumberText(750000, 'en-US')).toBe('750,000');
    expect(toDisplay(0.15, true)).toBe(15);
    expect(fromDisplay(15, true)).toBe(0.15);
    expect(toDisplay(0.07, true)).toBe(7);
  });
});

describe('editor state and history', () => {
  it('keeps invalid text beside the document and forgets it once valid', () => {
    let state = newHistory(hospital).present;
    state = setPending(state, 'organisation.records.health', '12x', 'not a number');
    expect(getAt(state.doc, 'organisation.records.health')).toBe(750_000);
    expect(state.pending['organisation.records.health']?.text).toBe('12x');
    state = setValue(state, 'organisation.records.health', 12);
    expect(state.pending).toEqual({});
    expect(getAt(state.doc, 'organisation.records.health')).toBe(12);
  });

  it('undoes and redoes, merging quick keystrokes in one input into one step', () => {
    let history = newHistory(hospital);
    const edit = (value: number, key: string, time: number) => (history = record(history, setValue(history.present, 'organisation.records.health', value), key, time));
    edit(1, 'value:organisation.records.health', 1000);
    edit(12, 'value:organisation.records.health', 1100);
    edit(123, 'value:organisation.records.health', 1200);
    expect(history.past).toHaveLength(1);
    edit(5, 'value:organisation.records.health', 1200 + MERGE_WINDOW_MS + 1);
    expect(history.past).toHaveLength(2);
    history = undo(history);
    expect(getAt(history.present.doc, 'organisation.records.health')).toBe(123);
    history = undo(history);
    expect(getAt(history.present.doc, 'organisation.records.health')).toBe(750_000);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(getAt(history.present.doc, 'organisation.records.health')).toBe(123);
  });

  it('removes a threat, renumbering pending text and citations after it', () => {
    let state = newHistory(hospital, { 'threats[2].frequency': { kind: 'assumption', note: 'third' } }).present;
    state = setPending(state, 'threats[3].frequency', 'x', 'bad');
    state = setPending(state, 'threats[1].frequency', 'y', 'bad');
    state = removeThreat(state, 1);
    expect(Object.keys(state.pending)).toEqual(['threats[2].frequency']);
    expect(state.provenance['threats[1].frequency']?.note).toBe('third');
    expect((getAt(state.doc, 'threats') as unknown[]).length).toBe(3);
  });

  it('adds a threat with its citations at the new index', () => {
    const state = addThreat(newHistory(hospital).present, { name: 'New', kind: 'insider', frequency: 1 }, { frequency: { kind: 'assumption', note: 'n' } });
    expect(getAt(state.doc, 'threats[4].name')).toBe('New');
    expect(state.provenance['threats[4].frequency']?.note).toBe('n');
  });

  it('removing a value drops pending text inside it', () => {
    let state = setPending(newHistory(hospital).present, 'threats[0].ransom.demand.low', 'x', 'bad');
    state = removeValue(state, 'threats[0].ransom');
    expect(state.pending).toEqual({});
    expect(getAt(state.doc, 'threats[0].ransom')).toBeUndefined();
  });
});

describe('validation in the editor', () => {
  it('is valid for the hospital and runs nothing while a field holds bad text', () => {
    const state = newHistory(hospital).present;
    expect(validateEditor(state).scenario).not.toBeNull();
    const bad = validateEditor(setPending(state, 'organisation.records.health', '12x', 'Not a number.'));
    expect(bad.scenario).toBeNull();
    expect(bad.errors['organisation.records.health']).toEqual(['Not a number.']);
  });
  it('puts a range problem beside its input', () => {
    const state = setValue(newHistory(hospital).present, 'threats[0].frequency', { dist: 'pert', low: 0.5, mode: 0.1, high: 0.2 });
    const validation = validateEditor(state);
    expect(errorsWithin(validation.errors, 'threats[0].frequency').join(' ')).toMatch(/Must be >= low/);
    expect(validation.count).toBeGreaterThan(0);
  });
});

describe('uncertain inputs', () => {
  it('reads a value or a range, and switches between them keeping the numbers', () => {
    expect(toForm(5)).toEqual({ mode: 'single', value: 5 });
    expect(toForm({ dist: 'pert', low: 1, mode: 2, high: 3 })).toEqual({ mode: 'range', dist: 'pert', low: 1, mostLikely: 2, high: 3 });
    expect(changeDistribution(10, 'pert', 100)).toEqual({ dist: 'pert', low: 5, mode: 10, high: 20 });
    expect(changeDistribution(0.8, 'pert', 1)).toEqual({ dist: 'pert', low: 0.4, mode: 0.8, high: 1 });
    expect(changeDistribution({ dist: 'pert', low: 0, mode: 2, high: 8 }, 'lognormal', 100)).toEqual({ dist: 'lognormal', low: 0.08, high: 8 });
    expect(changeDistribution({ dist: 'lognormal', low: 1, high: 100 }, 'triangular', 1000)).toEqual({ dist: 'triangular', low: 1, mode: 10, high: 100 });
    expect(representativeValue({ dist: 'uniform', low: 2, high: 4 })).toBe(3);
  });
});

describe('variants', () => {
  it('duplicates, renames, selects, removes, and keeps a separate undo history per variant', () => {
    let workspace = workspaceFromPreset(regionalHospital);
    workspace = editActive(workspace, (state) => setValue(state, 'organisation.records.health', 1), null, 1);
    workspace = duplicateActive(workspace, 'With backups');
    expect(workspace.variants.map((variant) => variant.name)).toEqual(['As is', 'With backups']);
    expect(activeVariant(workspace).name).toBe('With backups');
    expect(getAt(activeVariant(workspace).history.present.doc, 'organisation.records.health')).toBe(1);
    expect(undoActive(workspace)).toEqual(workspace);
    workspace = renameVariant(workspace, workspace.activeId, '  Backups  ');
    expect(activeVariant(workspace).name).toBe('Backups');
    workspace = selectVariant(workspace, 'v1');
    workspace = undoActive(workspace);
    expect(getAt(activeVariant(workspace).history.present.doc, 'organisation.records.health')).toBe(750_000);
    workspace = removeVariant(workspace, 'v1');
    expect(workspace.variants.map((variant) => variant.name)).toEqual(['Backups']);
    expect(removeVariant(workspace, workspace.activeId)).toBe(workspace);
  });
});

describe('keyboard shortcuts', () => {
  const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z or Ctrl+Y to redo', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutOf(key('z'))).toBeNull();
    expect(shortcutOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('run order', () => {
  const cached = (...keys: string[]) => (key: string) => keys.includes(key);
  it('starts the first wanted run not cached, and idles when all are', () => {
    expect(nextRun(['a', 'b'], cached(), null)).toEqual({ action: 'start', key: 'a', stopCurrent: false });
    expect(nextRun(['a', 'b'], cached('a'), null)).toEqual({ action: 'start', key: 'b', stopCurrent: false });
    expect(nextRun(['a'], cached('a'), null)).toEqual({ action: 'idle' });
  });
  it('lets the run in progress continue only while it is first in line', () => {
    expect(nextRun(['a', 'b'], cached(), 'a')).toEqual({ action: 'continue' });
    expect(nextRun(['c', 'a'], cached(), 'a')).toEqual({ action: 'start', key: 'c', stopCurrent: true });
    expect(nextRun([], cached(), 'a')).toEqual({ action: 'start', key: '', stopCurrent: true });
  });
  it('leaves a short run no longer first in line to finish, then starts the next', () => {
    expect(nextRun(['c', 'a'], cached(), 'a', true)).toEqual({ action: 'wait' });
    expect(nextRun([], cached(), 'a', true)).toEqual({ action: 'wait' });
    expect(nextRun(['a'], cached(), 'a', true)).toEqual({ action: 'continue' });
    expect(nextRun(['c'], cached('a'), null, true)).toEqual({ action: 'start', key: 'c', stopCurrent: false });
  });
});
