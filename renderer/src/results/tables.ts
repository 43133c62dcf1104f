/**
 * The numbers behind each result chart as a table of formatted text: the rows a chart draws,
 * in its order, for the "Show table" view and, as tab-separated text, for "Copy table".
 * Pure functions of the result and the formatters: no React, no DOM.
 */
import type { ScenarioResult } from '../../../shared/engine/runScenario';
import { CATEGORY_IDS, CATEGORY_LABELS, TIMELINE_PERIOD_LABELS, type CategoryId, type TimelinePeriod } from '../../../shared/model/categories';
import type { Sector } from '../../../shared/model/vocabulary';
import { benchmarksFor, type Statistic } from '../../../shared/benchmarks/benchmarks';
import { convert } from '../../../shared/benchmarks/exchangeRates';
import { citeSource, type SourceId } from '../../../shared/sources/sources';
import type { HistogramBin } from '../../../shared/stats/curves';
import type { Formatters } from './format';

export type ChartTable = Readonly<{ columns: readonly string[]; rows: readonly (readonly string[])[] }>;

/* Annual loss exceedance: the curve's points. */

export function exceedanceTable(result: Pick<ScenarioResult, 'exceedance'>, format: Formatters): ChartTable {
  return {
    columns: ['Annual loss', 'Chance a year costs more'],
    rows: result.exceedance.filter((point) => point.loss > 0).map((point) => [format.money(point.loss), format.probability(point.probability)]),
  };
}

/* Where the money goes: each cost category's mean a year and mean in the worst 10% of years. */

export type CategoryRow = Readonly<{ id: CategoryId; label: string; meanAnnualLoss: number; meanInWorst10: number; share: number }>;

export function categoryRows(result: Pick<ScenarioResult, 'categories'>): CategoryRow[] {
  return CATEGORY_IDS.map((id) => ({
    id,
    label: CATEGORY_LABELS[id],
    meanAnnualLoss: result.categories[id].mean,
    meanInWorst10: result.categories[id].meanInWorst10,
    share: result.categories[id].share,
  }));
}

export function categoryTable(result: Pick<ScenarioResult, 'categories'>, format: Formatters): ChartTable {
  return {
    columns: ['Cost category', 'Mean a year', 'Mean in the worst 10% of years', 'Share of the mean'],
    rows: categoryRows(result).map((row) => [row.label, format.money(row.meanAnnualLoss), format.money(row.meanInWorst10), format.share(row.share)]),
  };
}

/* What one incident costs: the single-incident histogram over log-spaced bins. */

export type IncidentBin = Readonly<{ index: number; label: string; from: number; to: number; incidents: number; share: number }>;

export function incidentBins(result: Pick<ScenarioResult, 'event'>, format: Formatters): IncidentBin[] {
  const total = result.event.histogram.reduce((sum, bin) => sum + bin.count, 0);
  return result.event.histogram.map((bin, index) => ({
    index,
    label: format.moneyRangeCompact(bin.from, bin.to),
    from: bin.from,
    to: bin.to,
    incidents: bin.count,
    share: total > 0 ? bin.count / total : 0,
  }));
}

/** The bin holding a loss (an edge belongs to the bin above it, the top edge to the last bin); -1 when none does. */
export function binIndexOf(bins: readonly HistogramBin[], loss: number): number {
  const last = bins.length - 1;
  return bins.findIndex((bin, index) => loss >= bin.from && (loss < bin.to || (index === last && loss <= bin.to)));
}

export function incidentHistogramTable(result: Pick<ScenarioResult, 'event'>, format: Formatters): ChartTable {
  return {
    columns: ['Cost of one incident', 'Incidents', 'Share of incidents'],
    rows: incidentBins(result, format).map((bin) => [bin.label, format.count(bin.incidents), format.share(bin.share)]),
  };
}

/* When the money is paid: a mean year's losses by category over the four periods after an incident. */

export type CashflowRow = Readonly<{ period: TimelinePeriod; label: string; byCategory: Readonly<Record<CategoryId, number>>; total: number }>;

export function cashflowRows(result: Pick<ScenarioResult, 'timeline'>): CashflowRow[] {
  return result.timeline.map((entry) => ({
    period: entry.period,
    label: TIMELINE_PERIOD_LABELS[entry.period],
    byCategory: entry.byCategory,
    total: entry.total,
  }));
}

export function cashflowTable(result: Pick<ScenarioResult, 'timeline'>, format: Formatters): ChartTable {
  return {
    columns: ['When paid', ...CATEGORY_IDS.map((id) => CATEGORY_LABELS[id]), 'Total'],
    rows: cashflowRows(result).map((row) => [row.label, ...CATEGORY_IDS.map((id) => format.money(row.byCategory[id])), format.money(row.total)]),
  };
}

/* Against published figures: this scenario's incident cost next to the benchmarks for its sector and size. */

export const STATISTIC_LABELS: Readonly<Record<Statistic, string>> = {
  mean: 'mean',
  median: 'median',
  p95: '95th percentile',
  max: 'maximum',
  total: 'total',
};

export type ComparisonRow = Readonly<{
  id: string;
  label: string;
  statistic: Statistic;
  /** In the scenario's currency. */
  amount: number;
  /** As published, in its own currency. */
  publishedAmount: number;
  publishedCurrency: string;
  /** Null for this scenario's own figures. */
  source: SourceId | null;
}>;

export type BenchmarkComparison = Readonly<{
  rows: readonly ComparisonRow[];
  /** Publisher, title and year of each source cited by a benchmark row, once each. */
  citations: readonly string[];
  /** The annual revenue in US dollars that chose the benchmarks' size bands; null when the currency has no rate. */
  revenueUsd: number | null;
}>;

export type Organisation = Readonly<{ sector: Sector; annualRevenue: number; currency: string }>;

export const SCENARIO_ROW_LABEL = 'This scenario: one incident';

export function benchmarkComparison(result: Pick<ScenarioResult, 'event'>, organisation: Organisation): BenchmarkComparison {
  const { sector, annualRevenue, currency } = organisation;
  const own = (statistic: Statistic, amount: number): ComparisonRow => ({
    id: `scenario-${statistic}`,
    label: SCENARIO_ROW_LABEL,
    statistic,
    amount,
    publishedAmount: amount,
    publishedCurrency: currency,
    source: null,
  });
  const revenueUsd = convert(annualRevenue, currency, 'USD');
  const published: ComparisonRow[] = [];
  for (const benchmark of revenueUsd === null ? [] : benchmarksFor(sector, revenueUsd)) {
    const amount = convert(benchmark.value, benchmark.currency, currency);
    if (amount === null) continue;
    published.push({
      id: benchmark.id,
      label: benchmark.label,
      statistic: benchmark.statistic,
      amount,
      publishedAmount: benchmark.value,
      publishedCurrency: benchmark.currency,
      source: benchmark.source,
    });
  }
  const sources = [...new Set(published.flatMap((row) => (row.source === null ? [] : [row.source])))];
  return {
    rows: [own('median', result.event.p50), own('mean', result.event.mean), ...published],
    citations: sources.map((source) => citeSource(source)),
    revenueUsd,
  };
}

/** How a comparison row is named on the chart's axis: its label and its statistic, unless the label already says it. */
export function comparisonRowName(row: ComparisonRow): string {
  const statistic = STATISTIC_LABELS[row.statistic];
  return row.label.toLowerCase().includes(statistic) ? row.label : `${row.label} (${statistic})`;
}

export function benchmarkTable(result: Pick<ScenarioResult, 'event'>, organisation: Organisation, format: Formatters): ChartTable {
  const comparison = benchmarkComparison(result, organisation);
  return {
    columns: ['Figure', 'Statistic', 'Amount', 'As published', 'Source'],
    rows: comparison.rows.map((row) => [
      row.label,
      STATISTIC_LABELS[row.statistic],
      format.money(row.amount),
      format.moneyIn(row.publishedAmount, row.publishedCurrency),
      row.source === null ? 'Simulated by Aftermath' : citeSource(row.source),
    ]),
  };
}

/* Tab-separated text for the clipboard. */

/** A cell holding a tab, line break or double quote is quoted, its quotes doubled, as spreadsheets expect when pasting. */
export function tsvCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row and every row, cells separated by tabs and rows by line breaks. */
export function toTsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(tsvCell).join('\t')).join('\n');
}
