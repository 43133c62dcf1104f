/**
 * What a portfolio quote keeps of one organisation's run, and the quote CSV: one row per
 * organisation and layer. The technical rate on line is technical premium / limit. Numbers are
 * written as plain decimals at full precision (never an exponent); text is made safe for
 * spreadsheets (format/csv.ts).
 */
import type { ScenarioResult } from '../engine/runScenario';
import { csvCell, plainNumber } from '../format/csv';

export type LayerQuote = Readonly<{
  name: string;
  attachment: number;
  limit: number;
  expectedLoss: number;
  sd: number;
  probabilityOfAttachment: number;
  probabilityOfExhaustion: number;
  technicalPremium: number;
}>;

export type OrganisationQuote = Readonly<{
  currency: string;
  trials: number;
  seed: number;
  grossMeanAnnualLoss: number;
  layers: readonly LayerQuote[];
}>;

export type QuotedRow = Readonly<{ id: string; presetId: string; quote: OrganisationQuote }>;

export const QUOTE_COLUMNS = [
  'id',
  'preset',
  'currency',
  'layer',
  'attachment',
  'limit',
  'expectedLoss',
  'sd',
  'probabilityOfAttachment',
  'probabilityOfExhaustion',
  'technicalPremium',
  'technicalRateOnLine',
  'grossMeanAnnualLoss',
  'trials',
  'seed',
] as const;

export function quoteFromResult(result: ScenarioResult): OrganisationQuote {
  if (!result.insurance) throw new Error('the scenario has no insurance programme to quote');
  return {
    currency: result.currency,
    trials: result.trials,
    seed: result.seed,
    grossMeanAnnualLoss: result.annualLoss.mean,
    layers: result.insurance.layers.map((layer) => ({
      name: layer.name,
      attachment: layer.attachment,
      limit: layer.limit,
      expectedLoss: layer.expectedLoss,
      sd: layer.sd,
      probabilityOfAttachment: layer.probabilityOfAttachment,
      probabilityOfExhaustion: layer.probabilityOfExhaustion,
      technicalPremium: layer.technicalPremium,
    })),
  };
}

export function formatQuotesCsv(rows: readonly QuotedRow[]): string {
  const lines = [QUOTE_COLUMNS.join(',')];
  for (const { id, presetId, quote } of rows) {
    for (const layer of quote.layers) {
      const text = [id, presetId, quote.currency, layer.name].map(csvCell);
      const numbers = [
        layer.attachment,
        layer.limit,
        layer.expectedLoss,
        layer.sd,
        layer.probabilityOfAttachment,
        layer.probabilityOfExhaustion,
        layer.technicalPremium,
        layer.technicalPremium / layer.limit,
        quote.grossMeanAnnualLoss,
        quote.trials,
        quote.seed,
      ];
      lines.push([...text, ...numbers.map(plainNumber)].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
