/** The quote kept from a run and the quote CSV: columns, technical rate on line, plain numbers, safe text. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/runScenario';
import { csvRecords } from '../../shared/format/csv';
import { findPreset } from '../../shared/presets/index';
import { formatQuotesCsv, QUOTE_COLUMNS, quoteFromResult, type OrganisationQuote } from '../../shared/portfolio/quote';
import type { Scenario } from '../../shared/scenario/schemaV1';

const QUOTE: OrganisationQuote = {
  currency: 'USD',
  trials: 2000,
  seed: 7,
  grossMeanAnnualLoss: 1234567.891,
  layers: [
    { name: 'Layer 1', attachment: 250_000, limit: 1_000_000, expectedLoss: 100_000.5, sd: 2e5, probabilityOfAttachment: 0.25, probabilityOfExhaustion: 0.0005, technicalPremium: 150_000 },
    { name: 'Layer 2', attachment: 1_250_000, limit: 4_000_000, expectedLoss: 0, sd: 0, probabilityOfAttachment: 0, probabilityOfExhaustion: 0, technicalPremium: 0 },
  ],
};

describe('formatQuotesCsv', () => {
  it('writes one row per organisation and layer under the documented header', () => {
    const csv = formatQuotesCsv([{ id: 'h1', presetId: 'bank', quote: QUOTE }]);
    const [header, first, second, ...rest] = csv.trimEnd().split('\n');
    expect(header).toBe('id,preset,currency,layer,attachment,limit,expectedLoss,sd,probabilityOfAttachment,probabilityOfExhaustion,technicalPremium,technicalRateOnLine,grossMeanAnnualLoss,trials,seed');
    expect(header?.split(',')).toEqual([...QUOTE_COLUMNS]);
    expect(first).toBe('h1,bank,USD,Layer 1,250000,1000000,100000.5,200000,0.25,0.0005,150000,0.15,1234567.891,2000,7');
    expect(second).toBe('h1,bank,USD,Layer 2,1250000,4000000,0,0,0,0,0,0,1234567.891,2000,7');
    expect(rest).toEqual([]);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('escapes text against CSV injection and quotes commas, as the summary CSV does', () => {
    const csv = formatQuotesCsv([{ id: '=cmd|"/c calc"!A1', presetId: 'bank', quote: { ...QUOTE, layers: [{ ...QUOTE.layers[0]!, name: 'Primary, first' }] } }]);
    const [, row] = csvRecords(csv);
    expect(row?.slice(0, 4)).toEqual(['\'=cmd|"/c calc"!A1', 'bank', 'USD', 'Primary, first']);
    expect(csv.split('\n')[1]).toMatch(/^"'=cmd\|""\/c calc""!A1",bank,USD,"Primary, first",/);
  });

  it('writes tiny and huge numbers as plain decimals, never with an exponent', () => {
    const tiny = { ...QUOTE.layers[0]!, limit: 1e12, expectedLoss: 3e-8, technicalPremium: 5e-4, probabilityOfExhaustion: 1e-7 };
    const [, row] = csvRecords(formatQuotesCsv([{ id: 'x', presetId: 'bank', quote: { ...QUOTE, layers: [tiny] } }]));
    expect(row?.slice(4, 12)).toEqual(['250000', '1000000000000', '0.00000003', '200000', '0.25', '0.0000001', '0.0005', '0.0000000000000005']);
  });

  it('writes only the header for no organisations', () => {
    expect(formatQuotesCsv([])).toBe(`${QUOTE_COLUMNS.join(',')}\n`);
  });
});

describe('quoteFromResult', () => {
  it('keeps the layer statistics and the gross mean of the run', () => {
    const preset = findPreset('bank')!.scenario;
    const scenario: Scenario = { ...preset, insurance: { retention: 0, layers: [{ name: 'Layer 1', attachment: 0, limit: 1e6 }], underwriting: { riskLoad: 0.5, expenseRatio: 0.2 } } };
    const result = runScenario(scenario, { trials: 1000, seed: 3 });
    const quote = quoteFromResult(result);
    const layer = result.insurance!.layers[0]!;
    expect(quote).toEqual({
      currency: 'USD',
      trials: 1000,
      seed: 3,
      grossMeanAnnualLoss: result.annualLoss.mean,
      layers: [
        {
          name: 'Layer 1',
          attachment: 0,
          limit: 1e6,
          expectedLoss: layer.expectedLoss,
          sd: layer.sd,
          probabilityOfAttachment: layer.probabilityOfAttachment,
          probabilityOfExhaustion: layer.probabilityOfExhaustion,
          technicalPremium: layer.technicalPremium,
        },
      ],
    });
    expect(quote.layers[0]!.technicalPremium).toBeCloseTo((layer.expectedLoss + 0.5 * layer.sd) / 0.8, 6);
  });

  it('refuses a run without an insurance programme', () => {
    expect(() => quoteFromResult(runScenario(findPreset('bank')!.scenario, { trials: 100, seed: 1 }))).toThrow(/no insurance programme/);
  });
});
