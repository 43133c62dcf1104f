/**
 * The renderer's insurance logic: editing the programme (restacking layers, adding and removing
 * them, exclusions that drop pointless sublimits, cover on and off), the starting programme by
 * organisation size, and the Insurer view's tables and tower segments.
 */
import { describe, expect, it } from 'vitest';
import { getAt } from '../../renderer/src/workspace/draftPath';
import { newHistory, setPending, setValue, type EditorState, type ScenarioDoc } from '../../renderer/src/workspace/editorState';
import { addLayer, disableInsurance, enableInsuranceForOrganisation, removeLayer, restackLayers, setCovered } from '../../renderer/src/workspace/insuranceEdit';
import { validateEditor } from '../../renderer/src/workspace/validation';
import { gapRows, gapTable, quoteTable, towerSegments, towerTable } from '../../renderer/src/results/insuranceTables';
import { linearTicks } from '../../renderer/src/results/linearTicks';
import { formatters } from '../../renderer/src/results/format';
import { insuranceTemplate } from '../../shared/presets/insuranceTemplate';
import { regionalHospital } from '../../shared/presets/regionalHospital';
import { bank } from '../../shared/presets/bank';
import { gpPractice } from '../../shared/presets/gpPractice';
import type { InsuranceSummary } from '../../shared/insurance/summary';
import { parseScenario } from '../../shared/scenario/parse';

const usd = formatters('USD', 'en-US');
const hospitalState = (): EditorState => newHistory(regionalHospital.scenario as unknown as ScenarioDoc, regionalHospital.provenance).present;
const layers = (state: EditorState) => getAt(state.doc, 'insurance.layers') as { name: string; attachment: number; limit: number }[];

describe('editing the programme', () => {
  it('moves the layers above when a limit changes, unless gaps are allowed', () => {
    const raised = setValue(hospitalState(), 'insurance.layers[0].limit', 6_000_000);
    expect(layers(raised).map((layer) => layer.attachment)).toEqual([0, 6_000_000]);
    expect(validateEditor(raised).count).toBe(0);
    const withGaps = setValue(setValue(hospitalState(), 'insurance.allowLayerGaps', true), 'insurance.layers[0].limit', 4_000_000);
    expect(layers(withGaps).map((layer) => layer.attachment)).toEqual([0, 5_000_000]);
    expect(validateEditor(withGaps).count).toBe(0);
    const overlapping = setValue(setValue(hospitalState(), 'insurance.allowLayerGaps', true), 'insurance.layers[0].limit', 6_000_000);
    expect(validateEditor(overlapping).errors['insurance.layers[1].attachment']?.[0]).toMatch(/^Overlaps layers\[0\]/);
    expect(layers(setValue(overlapping, 'insurance.allowLayerGaps', false)).map((layer) => layer.attachment)).toEqual([0, 6_000_000]);
  });

  it('leaves a document without layers alone', () => {
    const doc = { name: 'x' } as ScenarioDoc;
    expect(restackLayers(doc)).toBe(doc);
  });

  it('adds a layer on top as wide as the one below, with a fresh name, and removes one with its citations and typed text', () => {
    const added = addLayer(hospitalState());
    expect(layers(added)[2]).toEqual({ name: 'Excess 2', attachment: 10_000_000, limit: 5_000_000 });
    expect(validateEditor(added).count).toBe(0);
    const typed = setPending(added, 'insurance.layers[2].limit', 'lots', 'Is not a number');
    const removed = removeLayer(typed, 1);
    expect(layers(removed).map((layer) => [layer.name, layer.attachment])).toEqual([
      ['Primary', 0],
      ['Excess 2', 5_000_000],
    ]);
    expect(removed.pending['insurance.layers[1].limit']?.text).toBe('lots');
    expect(removed.provenance['insurance.layers[1].limit']).toBeUndefined();
    expect(removed.provenance['insurance.layers[0].limit']).toBe(regionalHospital.provenance['insurance.layers[0].limit']);
    const single = removeLayer(removed, 1);
    expect(removeLayer(single, 0)).toBe(single);
    // Removing the bottom layer of a stacked tower: the next one drops into its place.
    const withoutBottom = removeLayer(hospitalState(), 0);
    expect(layers(withoutBottom)).toEqual([{ name: 'Excess', attachment: 0, limit: 5_000_000, premium: 250_000 }]);
  });

  it('drops sublimits that an exclusion makes pointless, and restores cover', () => {
    let state = setValue(hospitalState(), 'insurance.sublimits.ransom', 500_000);
    state = setValue(state, 'insurance.sublimits.disruption', 2_000_000);
    const excluded = setCovered(state, 'recovery', false);
    expect(getAt(excluded.doc, 'insurance.excluded')).toEqual(['lostBusiness', 'recovery']);
    expect(getAt(excluded.doc, 'insurance.sublimits')).toEqual({ disruption: 2_000_000 });
    expect(validateEditor(excluded).count).toBe(0);
    const restored = setCovered(setCovered(excluded, 'recovery', true), 'lostBusiness', true);
    expect(getAt(restored.doc, 'insurance.excluded')).toBeUndefined();
    expect(validateEditor(restored).count).toBe(0);
  });

  it('turns cover off and on again from the cited template, with its citations', () => {
    const off = disableInsurance(setPending(hospitalState(), 'insurance.retention', 'x', 'Is not a number'));
    expect(getAt(off.doc, 'insurance')).toBeUndefined();
    expect(off.pending).toEqual({});
    const on = enableInsuranceForOrganisation(off, 'USD');
    expect(getAt(on.doc, 'insurance.retention')).toBe(250_000);
    expect(on.provenance['insurance.retention']?.sources).toEqual(['accountableHqCyberCost']);
    expect(validateEditor(on).count).toBe(0);
  });
});

describe('the starting programme', () => {
  it('is sized by revenue from the published bands and converted to the scenario currency', () => {
    const small = insuranceTemplate({ ...bank.scenario.organisation, annualRevenue: 5e6 }, 'USD').insurance;
    expect([small.retention, small.layers[0]?.limit, small.layers[0]?.premium]).toEqual([15_000, 1_000_000, 9_000]);
    const large = insuranceTemplate({ ...bank.scenario.organisation, annualRevenue: 5e9 }, 'USD').insurance;
    expect([large.retention, large.layers[0]?.limit]).toEqual([1_000_000, 10_000_000]);
    // 1.6M GBP is about 2M USD: a small practice; 1M USD of limit is about 790K GBP.
    const gp = insuranceTemplate(gpPractice.scenario.organisation, 'GBP').insurance;
    expect(gp.layers[0]?.limit).toBe(790_000);
  });

  it('gives a valid programme for every preset', () => {
    for (const preset of [regionalHospital, bank, gpPractice]) {
      const insurance = insuranceTemplate(preset.scenario.organisation, preset.scenario.currency).insurance;
      const parsed = parseScenario({ ...preset.scenario, insurance });
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  });
});

/** A small hand-made insurance summary, with every figure chosen. */
function summary(): InsuranceSummary {
  const layer = (name: string, attachment: number, limit: number, premium: number | null, expectedLoss: number) => ({
    name,
    attachment,
    limit,
    premium,
    expectedLoss,
    expectedLossStandardError: expectedLoss / 50,
    sd: expectedLoss * 2,
    probabilityOfAttachment: 0.2,
    probabilityOfExhaustion: 0.05,
    rateOnLine: premium === null ? null : premium / limit,
    lossRatio: premium === null ? null : expectedLoss / premium,
    technicalPremium: expectedLoss,
  });
  return {
    expectedRecovery: 600,
    recovered: { mean: 600, p50: 0, p90: 1_000, p95: 2_000, p99: 3_000 },
    retained: { mean: 400, p50: 0, p90: 500, p95: 900, p99: 5_000 },
    probabilityOfClaim: 0.2,
    layers: [layer('Primary', 100, 1_000, 50, 500), layer('Excess', 2_000, 1_000, null, 100)],
    towerTop: 3_000,
    terms: { retention: 10, annualAggregateRetention: null, coinsurance: 0, waitingPeriodHours: 0, indemnityPeriodDays: null },
    totalPremium: null,
    totalTechnicalPremium: 600,
    riskLoad: 0,
    expenseRatio: 0,
    curves: [{ loss: 100, gross: 0.3, insured: 0.2, retained: 0.25 }],
    adequacy: [],
    gap: { excluded: 100, waitingPeriod: 0, beyondIndemnity: 0, retention: 200, coinsurance: 0, sublimits: 0, belowOrBetweenLayers: 50, aboveTower: 50 },
  };
}

describe('the Insurer view tables', () => {
  it('draws what stays below and between the layers as kept segments', () => {
    expect(towerSegments(summary())).toEqual([
      { kind: 'kept', label: 'Kept below the tower', from: 0, to: 100, layerIndex: null },
      { kind: 'layer', label: 'Primary', from: 100, to: 1_100, layerIndex: 0 },
      { kind: 'kept', label: 'Gap between layers', from: 1_100, to: 2_000, layerIndex: null },
      { kind: 'layer', label: 'Excess', from: 2_000, to: 3_000, layerIndex: 1 },
    ]);
    expect(towerTable(summary(), usd).rows.map((row) => row[0])).toEqual(['Excess', 'Primary']);
  });

  it('lists recovery then each reason something is kept, as shares of the gross loss', () => {
    expect(gapRows(summary()).map((row) => [row.id, row.amount, row.share])).toEqual([
      ['recovered', 600, 0.6],
      ['excluded', 100, 0.1],
      ['retention', 200, 0.2],
      ['belowOrBetweenLayers', 50, 0.05],
      ['aboveTower', 50, 0.05],
    ]);
    expect(gapTable(summary(), usd).rows[0]).toEqual(['Paid by the insurance', '$600', '60%']);
  });

  it('quotes each layer, with a dash where no premium was given', () => {
    const table = quoteTable(summary(), usd);
    expect(table.rows[0]).toEqual(['Primary', '$1,000', '$100', '$50', '$500', '$10', '$1,000', '20%', '5%', '5%', '1,000%', '$500', '50%']);
    expect(table.rows[1]?.[3]).toBe('–');
    expect(table.rows[1]?.[9]).toBe('–');
    expect(table.rows[1]?.[10]).toBe('–');
  });
});

describe('formatting for underwriters', () => {
  it('keeps three significant figures in rates and small chances', () => {
    expect(usd.percentPrecise(0.0075)).toBe('0.75%');
    expect(usd.percentPrecise(0.00042)).toBe('0.042%');
    expect(usd.percentPrecise(0.2213)).toBe('22.1%');
    expect(usd.percentPrecise(0)).toBe('0%');
  });
});

describe('round axis ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten and ends at or above the maximum', () => {
    expect(linearTicks(24.7e6)).toEqual([0, 5e6, 10e6, 15e6, 20e6, 25e6]);
    expect(linearTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(linearTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(0)).toEqual([0, 1]);
    expect(linearTicks(Number.NaN)).toEqual([0, 1]);
  });
});
