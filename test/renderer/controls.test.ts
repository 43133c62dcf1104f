/**
 * The renderer's controls and appetite logic: control status edits keep the list and its typed
 * text consistent; effect defaults and their sources come from the library for the control at
 * each place; the Controls view's tables and sentence; appetite sentences.
 */
import { describe, expect, it } from 'vitest';
import { getAt } from '../../renderer/src/workspace/draftPath';
import { newHistory, setPending, setValue, type ScenarioDoc } from '../../renderer/src/workspace/editorState';
import { addAppetitePoint, controlIndex, removeAppetitePoint, setControlStatus } from '../../renderer/src/workspace/controlsEdit';
import { validateEditor } from '../../renderer/src/workspace/validation';
import { combinationTable, controlsSentence, controlsTable, orderedControls } from '../../renderer/src/results/controls/controlsTables';
import { appetiteSentences } from '../../renderer/src/results/appetite';
import { formatters } from '../../renderer/src/results/format';
import { defaultProvenance, defaultValueOf } from '../../shared/model/defaultSources';
import { controlDefinition } from '../../shared/controls/library';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import type { ControlValue } from '../../shared/controls/analysis';
import type { ScenarioResult } from '../../shared/engine/runScenario';

const usd = formatters('USD', 'en-US');
const hospital = () => newHistory(regionalHospital.scenario as unknown as ScenarioDoc).present;

describe('editing controls', () => {
  it('adds, changes and removes controls, renumbering typed text after a removed one', () => {
    let state = setControlStatus(hospital(), 'edr', 'inPlace');
    state = setControlStatus(state, 'mfa', 'proposed');
    state = setControlStatus(state, 'dlp', 'proposed');
    expect(getAt(state.doc, 'controls')).toEqual([
      { id: 'edr', status: 'inPlace' },
      { id: 'mfa', status: 'proposed' },
      { id: 'dlp', status: 'proposed' },
    ]);
    state = setPending(state, 'controls[2].annualCost', 'lots', 'Is not a number');
    state = setControlStatus(state, 'mfa', 'inPlace');
    expect(getAt(state.doc, 'controls[1].status')).toBe('inPlace');
    state = setControlStatus(state, 'edr', null);
    expect(controlIndex(state, 'dlp')).toBe(1);
    expect(state.pending['controls[1].annualCost']?.text).toBe('lots');
    state = setControlStatus(setControlStatus(state, 'mfa', null), 'dlp', null);
    expect(getAt(state.doc, 'controls')).toBeUndefined();
    expect(setControlStatus(state, 'dlp', null)).toBe(state);
  });

  it('keeps a valid scenario through every status', () => {
    let state = setControlStatus(hospital(), 'immutable-backups', 'proposed');
    state = setValue(state, 'controls[0].annualCost', 60_000);
    state = setValue(state, 'controls[0].effects.ransomPayment', 0.4);
    expect(validateEditor(state).count).toBe(0);
    expect(validateEditor(setValue(state, 'controls[0].effects.ransomPayment', 1.2)).errors['controls[0].effects.ransomPayment']).toBeDefined();
  });

  it('gives each control effect the library’s default and source, for the control at that place', () => {
    const ids = ['dlp', 'immutable-backups'];
    expect(defaultValueOf('controls[1].effects.ransomPayment', 'hipaa', ids)).toEqual(controlDefinition('immutable-backups').effects.ransomPayment);
    expect(defaultValueOf('controls[0].effects.frequency.insider', 'hipaa', ids)).toEqual(controlDefinition('dlp').effects.frequency?.insider);
    expect(defaultValueOf('controls[0].effects.ransomPayment', 'hipaa', ids)).toBeUndefined();
    expect(defaultProvenance('controls[1].effects.ransomPayment', 'hipaa', ids)?.sources).toContain('sophosCompromisedBackups2024');
    expect(defaultValueOf('controls[0].amortisationYears', 'hipaa', ids)).toBe(3);
    expect(defaultProvenance('controls[0].amortisationYears', 'hipaa', ids)?.sources).toEqual(['irsPublication946']);
    expect(defaultValueOf('controls[5].effects.outageDays', 'hipaa', ids)).toBeUndefined();
  });
});

describe('appetite points', () => {
  it('start at a round loss, then go up tenfold at a tenth of the chance, and can be removed', () => {
    let state = addAppetitePoint(hospital(), 2_000_000);
    state = addAppetitePoint(state, 2_000_000);
    expect(getAt(state.doc, 'appetite')).toEqual([
      { loss: 2_000_000, probability: 0.1 },
      { loss: 20_000_000, probability: 0.01 },
    ]);
    expect(validateEditor(state).count).toBe(0);
    state = removeAppetitePoint(removeAppetitePoint(state, 0), 0);
    expect(getAt(state.doc, 'appetite')).toBeUndefined();
  });

  it('says within or beyond, and by how much, in plain words', () => {
    const sentences = appetiteSentences(
      {
        within: false,
        points: [
          { loss: 5e6, probability: 0.1, simulatedProbability: 0.06, lossAtProbability: 3e6, within: true, probabilityExcess: -0.04, lossExcess: -2e6 },
          { loss: 2e7, probability: 0.01, simulatedProbability: 0.014, lossAtProbability: 2.3e7, within: false, probabilityExcess: 0.004, lossExcess: 3e6 },
        ],
      },
      usd,
    );
    expect(sentences).toEqual([
      'Within appetite (at most 10% chance of a year costing more than $5M): the chance is 6.0%; a year that unlikely costs $3M, $2M inside the limit.',
      'Beyond appetite (at most 1.0% chance of a year costing more than $20M): the chance is 1.4%; a year that unlikely costs $23M, $3M over the limit.',
    ]);
  });
});

describe('the Controls view tables', () => {
  const control = (id: ControlValue['id'], status: ControlValue['status'], aleReduction: number, annualisedCost: number): ControlValue => ({
    id,
    label: controlDefinition(id).label,
    status,
    annualCost: annualisedCost,
    oneOffCost: 0,
    amortisationYears: 3,
    annualisedCost,
    aleReduction,
    p95Reduction: aleReduction * 5,
    rosi: annualisedCost > 0 ? (aleReduction - annualisedCost) / annualisedCost : null,
    probabilityRosiPositive: 0.85,
    paybackYears: aleReduction > annualisedCost ? 0 : null,
    reductionPerCost: annualisedCost > 0 ? aleReduction / annualisedCost : null,
  });
  const result: Pick<ScenarioResult, 'controls' | 'controlPortfolio'> = {
    controls: [control('mfa', 'proposed', 100_000, 50_000), control('edr', 'inPlace', 200_000, 0), control('dlp', 'proposed', 300_000, 60_000)],
    controlPortfolio: {
      ranking: ['dlp', 'mfa'],
      baseline: { expectedAnnualLoss: 1_000_000, p95: 5_000_000 },
      combination: [
        { added: null, label: 'Controls in place', cumulativeAnnualisedCost: 0, expectedAnnualLoss: 1_000_000, p95: 5_000_000 },
        { added: 'dlp', label: 'Data loss prevention', cumulativeAnnualisedCost: 60_000, expectedAnnualLoss: 700_000, p95: 4_000_000 },
        { added: 'mfa', label: 'Multi-factor authentication', cumulativeAnnualisedCost: 110_000, expectedAnnualLoss: 620_000, p95: 3_500_000 },
      ],
    },
  };

  it('lists controls in place first, then proposed ones best value first', () => {
    expect(orderedControls(result).map((value) => value.id)).toEqual(['edr', 'dlp', 'mfa']);
    expect(controlsTable(result, usd).rows[0]).toEqual(['Endpoint detection and response', 'In place', '$0', '$200,000', '$1,000,000', 'no cost given', '85%', 'already in place']);
    expect(controlsTable(result, usd).rows[1]?.[5]).toBe('400%');
    expect(combinationTable(result, usd).rows.map((row) => row[0])).toEqual(['Controls in place', '+ Data loss prevention', '+ Multi-factor authentication']);
  });

  it('puts the decision in a sentence', () => {
    expect(controlsSentence(result, usd)).toBe(
      'Best value: Data loss prevention saves $300K a year for $60K (return 400%; 85% chance it pays for itself). All 2 proposed together take the expected annual loss from $1M to $620K for $110K a year.',
    );
    expect(controlsSentence({ controls: [], controlPortfolio: null }, usd)).toMatch(/^No proposed controls/);
    const losing = { ...result, controls: result.controls!.map((value) => (value.id === 'dlp' ? { ...value, rosi: -0.2 } : value)) };
    expect(controlsSentence(losing, usd)).toMatch(/^None of the proposed controls pays for itself on expected loss alone\. The best: Data loss prevention saves \$300K a year for \$60K \(return -20%/);
  });
});
