/**
 * The data exports, pure parts: the engine's per-year losses change nothing else; every per-table
 * CSV parses as strict RFC 4180 and holds the result's figures exactly; the raw file's stated size
 * is its size; the Scenario rows recreate the scenario; the workbook's tables list every figure,
 * assumption and source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioResult } from '../../shared/engine/runScenario';
import { CATEGORY_IDS, TIMELINE_PERIODS } from '../../shared/model/categories';
import { PRESETS } from '../../shared/presets/index';
import { assumptionRows } from '../../shared/report/assumptions';
import { meanAndSd, quantileSorted, sortedCopy, tailMeanSorted } from '../../shared/stats/quantiles';
import { rawAnnualLossesCsv, rawAnnualLossesCsvByteLength, rawAnnualLossesCsvChunks, utf8ByteLength } from '../../shared/exports/rawAnnualLosses';
import { scenarioFromRows, scenarioRows } from '../../shared/exports/scenarioRows';
import { CSV_FILES, categoriesCsv, controlsCsv, exceedanceCsv, insuranceLayersCsv, summaryPercentilesCsv, tableCsv, timelineCsv } from '../../shared/exports/tableCsv';
import { SHEET_NAMES, kindOfUnit, workbookTables } from '../../shared/exports/workbookTables';
import { hospital, hospitalWithControls } from './exportFixtures';
import { csvNumber, csvTable } from './rfc4180';

const OPTIONS = { trials: 4_000, seed: 11 };
const plain = hospitalWithControls;
const withControls = runScenario(plain, OPTIONS);
const insured = runScenario(hospital, OPTIONS);

/** The value at a dot path of the result (`insurance.retained.p95`). */
function at(result: ScenarioResult, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], result);
}

describe('runScenario with keepAnnualLosses', () => {
  it.each([
    ['the hospital (insurance)', hospital],
    ['the hospital with controls and appetite', hospitalWithControls],
  ])('gives bit-identical figures with and without it: %s', (_name, scenario) => {
    const without = runScenario(scenario, OPTIONS);
    const { annualLosses, ...rest } = runScenario(scenario, { ...OPTIONS, keepAnnualLosses: true });
    expect(without.annualLosses).toBeUndefined();
    expect(annualLosses).toBeInstanceOf(Float64Array);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(without));
    expect(Object.is(rest.annualLoss.mean, without.annualLoss.mean)).toBe(true);
  });

  it('returns every simulated year in trial order, and they are the years the figures were made from', () => {
    const result = runScenario(hospital, { ...OPTIONS, keepAnnualLosses: true });
    const losses = result.annualLosses!;
    expect(losses).toHaveLength(OPTIONS.trials);
    const sorted = sortedCopy(losses);
    expect(meanAndSd(losses)).toEqual({ mean: result.annualLoss.mean, sd: result.annualLoss.sd });
    expect(quantileSorted(sorted, 0.95)).toBe(result.annualLoss.p95);
    expect(tailMeanSorted(sorted, 0.99)).toBe(result.annualLoss.tvar99);
    expect(sorted[sorted.length - 1]).toBe(result.annualLoss.max);
    expect(losses.filter((loss) => loss > 0).length / losses.length).toBe(result.probabilityOfAnyLoss);
  });
});

describe('per-table CSV files', () => {
  it('quote text with commas, quotes and line breaks, defuse formulas, end every line in CRLF', () => {
    const csv = tableCsv({
      name: 'T',
      currency: 'EUR',
      columns: [
        { header: 'Name, with comma', width: 10, kind: 'text' },
        { header: 'Amount (EUR)', width: 10, kind: 'money' },
        { header: 'Flag', width: 10, kind: 'text' },
      ],
      rows: [
        ['say "hi"\nthere', 0.0000005, true],
        ['=1+1', -1234.5, null],
        [null, null, 'x'],
      ],
    });
    expect(csv).toBe('"Name, with comma",Amount (EUR),Flag\r\n"say ""hi""\nthere",0.0000005,true\r\n\'=1+1,-1234.5,\r\n,,x\r\n');
  });

  it('summary: every measure at its JSON key, exactly, with its unit', () => {
    const { header, rows } = csvTable(summaryPercentilesCsv(insured));
    expect(header).toEqual(['Measure', 'Key', 'Value', 'Unit']);
    const keys = rows.map((row) => row[1]);
    for (const key of ['annualLoss.mean', 'annualLoss.p95', 'annualLoss.p99', 'annualLoss.tvar99', 'probabilityOfAnyLoss', 'event.count', 'insurance.retained.p95']) expect(keys).toContain(key);
    for (const [, key, value, unit] of rows) {
      const expected = at(insured, key!);
      if (typeof expected === 'number') expect(csvNumber(value!), key).toBe(expected);
      else expect(value, key).toBe(String(expected));
      if (key!.startsWith('annualLoss.')) expect(unit).toBe('USD');
      if (key === 'probabilityOfAnyLoss') expect(unit).toBe('probability');
    }
  });

  it('exceedance: every point of the gross curve, and the insured and retained curves with insurance', () => {
    const { header, rows } = csvTable(exceedanceCsv(insured));
    expect(header[0]).toBe('Annual loss (USD)');
    expect(rows.map((row) => row.map(csvNumber))).toEqual(insured.exceedance.map((point, i) => [point.loss, point.probability, insured.insurance!.curves[i]!.insured, insured.insurance!.curves[i]!.retained]));
    const gross = csvTable(exceedanceCsv(withControls));
    expect(gross.header).toHaveLength(plain.insurance ? 4 : 2);
  });

  it('categories and timeline: every category and period to the last digit', () => {
    const categories = csvTable(categoriesCsv(insured));
    expect(categories.rows.map((row) => row[1])).toEqual([...CATEGORY_IDS]);
    for (const row of categories.rows) {
      const stats = insured.categories[row[1] as (typeof CATEGORY_IDS)[number]];
      expect(row.slice(2).map(csvNumber)).toEqual([stats.mean, stats.share, stats.meanInWorst10]);
    }
    const timeline = csvTable(timelineCsv(insured));
    expect(timeline.header).toEqual(['When paid', 'Key', ...timeline.header.slice(2, 8), 'Total (USD)']);
    expect(timeline.rows.map((row) => row[1])).toEqual([...TIMELINE_PERIODS]);
    timeline.rows.forEach((row, p) => {
      const entry = insured.timeline[p]!;
      expect(row.slice(2).map(csvNumber)).toEqual([...CATEGORY_IDS.map((id) => entry.byCategory[id]), entry.total]);
    });
  });

  it('insurance layers: every layer figure, empty where none applies, and headers only without insurance', () => {
    const { header, rows } = csvTable(insuranceLayersCsv(insured));
    expect(header).toContain('Technical premium (USD)');
    expect(rows).toHaveLength(insured.insurance!.layers.length);
    rows.forEach((row, i) => {
      const layer = insured.insurance!.layers[i]!;
      expect(row[0]).toBe(layer.name);
      expect(row.slice(1).map(csvNumber)).toEqual([
        layer.attachment,
        layer.limit,
        layer.attachment + layer.limit,
        layer.premium,
        layer.expectedLoss,
        layer.expectedLossStandardError,
        layer.sd,
        layer.probabilityOfAttachment,
        layer.probabilityOfExhaustion,
        layer.rateOnLine,
        layer.lossRatio,
        layer.technicalPremium,
        layer.technicalPremium / layer.limit,
      ]);
    });
    const none = csvTable(insuranceLayersCsv({ ...insured, insurance: null }));
    expect([none.header.length, none.rows.length]).toEqual([header.length, 0]);
  });

  it('controls: every control in the file’s order with its value, status and rank', () => {
    const { rows } = csvTable(controlsCsv(withControls));
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      ['edr', 'In place'],
      ['immutable-backups', 'Proposed'],
      ['mfa', 'Proposed'],
    ]);
    rows.forEach((row, i) => {
      const control = withControls.controls![i]!;
      const rank = withControls.controlPortfolio!.ranking.indexOf(control.id);
      expect(row.slice(3).map(csvNumber)).toEqual([
        control.annualCost,
        control.oneOffCost,
        control.amortisationYears,
        control.annualisedCost,
        control.aleReduction,
        control.p95Reduction,
        control.rosi,
        control.probabilityRosiPositive,
        control.paybackYears,
        control.reductionPerCost,
        rank < 0 ? null : rank + 1,
      ]);
    });
    expect(csvTable(controlsCsv(insured)).rows).toEqual([]);
  });

  it('names six files, each a parseable table', () => {
    expect(CSV_FILES.map((file) => file.fileName)).toEqual(['summary.csv', 'exceedance.csv', 'categories.csv', 'timeline.csv', 'insurance-layers.csv', 'controls.csv']);
    for (const file of CSV_FILES) expect(() => csvTable(file.csv(withControls)), file.fileName).not.toThrow();
  });
});

describe('raw per-year losses', () => {
  it('states its exact size in bytes before it is written, and reads back to the same numbers', () => {
    const losses = new Float64Array([0, 1234.5, 0.0000005, 1e21, 98765.4321]);
    const text = rawAnnualLossesCsv(losses, 'GBP');
    expect(text).toBe('Year,Annual loss (GBP)\r\n1,0\r\n2,1234.5\r\n3,0.0000005\r\n4,1000000000000000000000\r\n5,98765.4321\r\n');
    expect(rawAnnualLossesCsvByteLength(losses, 'GBP')).toBe(Buffer.byteLength(text, 'utf8'));
    const result = runScenario(hospital, { trials: 20_000, seed: 3, keepAnnualLosses: true, analyseControls: false });
    // More years than one chunk holds (65,536), so the chunks are joined as written.
    const many = new Float64Array(70_000).map((_, i) => result.annualLosses![i % 20_000]! * (1 + i / 7));
    for (const losses of [result.annualLosses!, many]) {
      const chunks = [...rawAnnualLossesCsvChunks(losses, result.currency)];
      const whole = chunks.join('');
      expect(rawAnnualLossesCsvByteLength(losses, 'USD')).toBe(Buffer.byteLength(whole, 'utf8'));
      const { header, rows } = csvTable(whole);
      expect(header).toEqual(['Year', 'Annual loss (USD)']);
      expect(Float64Array.from(rows.map((row) => csvNumber(row[1]!)!))).toEqual(losses);
      expect(rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: losses.length }, (_, i) => i + 1));
    }
    expect([...rawAnnualLossesCsvChunks(many, 'USD')]).toHaveLength(3);
  });

  it('counts UTF-8 bytes as Node does, surrogate pairs and lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8ByteLength(text) === Buffer.byteLength(text, 'utf8')));
    expect(utf8ByteLength('€😀\ud800x')).toBe(Buffer.byteLength('€😀\ud800x', 'utf8'));
  });
});

describe('the Scenario sheet’s rows', () => {
  it('recreate every preset and the controls scenario exactly', () => {
    for (const scenario of [...PRESETS.map((preset) => preset.scenario), hospitalWithControls]) {
      expect(scenarioFromRows(scenarioRows(scenario))).toEqual(JSON.parse(JSON.stringify(scenario)));
    }
  });

  it('recreate any JSON object, empty lists, nulls and odd keys included', () => {
    // -0 is left out: the rows keep it, but the JSON round trip the expectation uses turns it into 0.
    const key = fc.string().filter((text) => !['__proto__', 'constructor', 'prototype'].includes(text));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => (Object.is(number, -0) ? 0 : number)), fc.string(), fc.boolean(), fc.constant(null), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), (object) => {
        expect(scenarioFromRows(scenarioRows(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
      { numRuns: 300 },
    );
    const inherited = { valueOf: [false], toString: { hasOwnProperty: 1 } };
    expect(scenarioFromRows(scenarioRows(inherited))).toEqual(inherited);
  });
});

describe('the workbook’s tables', () => {
  const tables = workbookTables({ result: withControls, scenario: plain, assumptions: assumptionRows(plain), about: { appVersion: '9.9.9' } });

  it('are the eight sheets, every column with a width the writer keeps and every row as wide as its header', () => {
    expect(tables.map((table) => table.name)).toEqual([...SHEET_NAMES]);
    for (const table of tables) {
      for (const column of table.columns) expect(column.width, `${table.name}: ${column.header}`).toBeGreaterThanOrEqual(10);
      for (const row of table.rows) expect(row.length, table.name).toBe(table.columns.length);
      expect(table.currency).toBe('USD');
    }
    expect(tables[0]!.rows.find((row) => row[1] === 'appVersion')?.[2]).toBe('9.9.9');
  });

  it('give the CSV files’ tables exactly', () => {
    const byName = Object.fromEntries(tables.map((table) => [table.name, tableCsv(table)]));
    expect(byName['Exceedance']).toBe(exceedanceCsv(withControls));
    expect(byName['Categories']).toBe(categoriesCsv(withControls));
    expect(byName['Timeline']).toBe(timelineCsv(withControls));
    expect(byName['Insurance']).toBe(insuranceLayersCsv(withControls));
    expect(byName['Controls']).toBe(controlsCsv(withControls));
  });

  it('list every assumption with its value or range, its unit, whether it is a default, and its source', () => {
    const rows = assumptionRows(plain);
    const sheet = tables.find((table) => table.name === 'Assumptions')!;
    expect(sheet.rows).toHaveLength(rows.length);
    sheet.rows.forEach((cells, i) => {
      const row = rows[i]!;
      expect(cells.slice(0, 3)).toEqual([row.section, row.label, row.path]);
      expect(cells.slice(9)).toEqual([row.unitText, row.isDefault ? 'Model default' : 'In the file', row.source]);
      const kind = kindOfUnit(row.unit);
      if (row.value.kind === 'number') expect(cells[3]).toEqual({ value: row.value.value, kind });
      if (row.value.kind === 'range') {
        expect(cells.slice(4, 9)).toEqual([{ value: row.value.low, kind }, row.value.mode === null ? null : { value: row.value.mode, kind }, { value: row.value.high, kind }, row.value.distribution, row.value.gamma]);
      }
    });
    expect(kindOfUnit('moneyPerPerson')).toBe('money');
    expect(kindOfUnit('share')).toBe('share');
  });
});
