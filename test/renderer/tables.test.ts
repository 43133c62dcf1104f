/**
 * The tables behind the result charts: exact rows from small hand-made results in US English,
 * the benchmark selection and currency conversion, and the tab-separated text "Copy table" puts
 * on the clipboard.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../shared/engine/runScenario';
import type { CategoryId } from '../../shared/model/categories';
import { formatters } from '../../renderer/src/results/format';
import {
  benchmarkComparison,
  benchmarkTable,
  binIndexOf,
  cashflowTable,
  categoryTable,
  comparisonRowName,
  exceedanceTable,
  incidentHistogramTable,
  toTsv,
  tsvCell,
} from '../../renderer/src/results/tables';

const usd = formatters('USD', 'en-US');
const gbp = formatters('GBP', 'en-US');

/** Six category amounts in category order: detection, notification, response, disruption, recovery, lost business. */
function byCategory(values: readonly [number, number, number, number, number, number]): Record<CategoryId, number> {
  const [detection, notification, response, disruption, recovery, lostBusiness] = values;
  return { detection, notification, response, disruption, recovery, lostBusiness };
}

function withEvent(event: Partial<ScenarioResult['event']>): Pick<ScenarioResult, 'event'> {
  return { event: { histogram: [], ...event } as ScenarioResult['event'] };
}

describe('exceedanceTable', () => {
  it('lists each point with a positive loss and its chance', () => {
    const result = {
      exceedance: [
        { loss: 0, probability: 0.5 },
        { loss: 1000, probability: 0.31 },
        { loss: 250_000, probability: 0.05 },
      ],
    } as Pick<ScenarioResult, 'exceedance'>;
    expect(exceedanceTable(result, usd)).toEqual({
      columns: ['Annual loss', 'Chance a year costs more'],
      rows: [
        ['$1,000', '31%'],
        ['$250,000', '5.0%'],
      ],
    });
  });
});

describe('categoryTable', () => {
  it('gives each category in order with its mean a year, mean in the worst 10% of years and share', () => {
    const stats = (mean: number, meanInWorst10: number, share: number) => ({ mean, meanInWorst10, share });
    const result = {
      categories: {
        detection: stats(1000, 5000, 0.1),
        notification: stats(500, 2500.4, 0.05),
        response: stats(2000, 12_000, 0.2),
        disruption: stats(4000, 40_000, 0.4),
        recovery: stats(2500, 20_000, 0.25),
        lostBusiness: stats(0, 0, 0),
      },
    } as Pick<ScenarioResult, 'categories'>;
    expect(categoryTable(result, usd)).toEqual({
      columns: ['Cost category', 'Mean a year', 'Mean in the worst 10% of years', 'Share of the mean'],
      rows: [
        ['Detection and escalation', '$1,000', '$5,000', '10%'],
        ['Notification', '$500', '$2,500', '5%'],
        ['Post-breach response', '$2,000', '$12,000', '20%'],
        ['Business disruption', '$4,000', '$40,000', '40%'],
        ['Recovery', '$2,500', '$20,000', '25%'],
        ['Lost business', '$0', '$0', '0%'],
      ],
    });
  });
});

describe('incidentHistogramTable', () => {
  it('labels each bin by its compact range and gives its count and share of all incidents', () => {
    const result = withEvent({
      histogram: [
        { from: 1000, to: 10_000, count: 3 },
        { from: 10_000, to: 100_000, count: 12_345 },
        { from: 100_000, to: 1_500_000, count: 4652 },
      ],
    });
    expect(incidentHistogramTable(result, usd)).toEqual({
      columns: ['Cost of one incident', 'Incidents', 'Share of incidents'],
      rows: [
        ['$1K\u2013$10K', '3', '< 0.1%'],
        ['$10K\u2013$100K', '12,345', '72.6%'],
        ['$100K\u2013$1.5M', '4,652', '27.4%'],
      ],
    });
  });

  it('has no rows when no incident cost anything', () => {
    expect(incidentHistogramTable(withEvent({ histogram: [] }), usd).rows).toEqual([]);
  });
});

describe('binIndexOf', () => {
  const bins = [
    { from: 10, to: 100, count: 1 },
    { from: 100, to: 1000, count: 1 },
  ];
  it('finds the bin holding a loss, an inner edge belonging to the bin above', () => {
    expect(binIndexOf(bins, 10)).toBe(0);
    expect(binIndexOf(bins, 99.9)).toBe(0);
    expect(binIndexOf(bins, 100)).toBe(1);
  });
  it('puts the top edge in the last bin and answers -1 outside the bins', () => {
    expect(binIndexOf(bins, 1000)).toBe(1);
    expect(binIndexOf(bins, 9)).toBe(-1);
    expect(binIndexOf(bins, 1001)).toBe(-1);
    expect(binIndexOf([], 5)).toBe(-1);
  });
});

describe('cashflowTable', () => {
  it('gives each period with its amount per category and its total', () => {
    const result = {
      timeline: [
        { period: 'firstMonth', byCategory: byCategory([900, 450, 100, 2000, 1500, 0]), total: 4950 },
        { period: 'restOfYearOne', byCategory: byCategory([100, 50, 700, 2000, 1000, 300]), total: 4150 },
        { period: 'yearTwo', byCategory: byCategory([0, 0, 800, 0, 0, 200]), total: 1000 },
        { period: 'yearThree', byCategory: byCategory([0, 0, 400, 0, 0, 0]), total: 400 },
      ],
    } as Pick<ScenarioResult, 'timeline'>;
    expect(cashflowTable(result, usd)).toEqual({
      columns: [
        'When paid',
        'Detection and escalation',
        'Notification',
        'Post-breach response',
        'Business disruption',
        'Recovery',
        'Lost business',
        'Total',
      ],
      rows: [
        ['First month', '$900', '$450', '$100', '$2,000', '$1,500', '$0', '$4,950'],
        ['Rest of year 1', '$100', '$50', '$700', '$2,000', '$1,000', '$300', '$4,150'],
        ['Year 2', '$0', '$0', '$800', '$0', '$0', '$200', '$1,000'],
        ['Year 3', '$0', '$0', '$400', '$0', '$0', '$0', '$400'],
      ],
    });
  });
});

describe('benchmarkComparison and benchmarkTable', () => {
  const incident = withEvent({ p50: 300_000, mean: 750_000 });

  it('puts this scenario first, then the benchmarks for the sector and revenue band, each cited once', () => {
    const comparison = benchmarkComparison(incident, { sector: 'manufacturing', annualRevenue: 40e6, currency: 'USD' });
    expect(comparison.revenueUsd).toBe(40e6);
    expect(comparison.rows.map((row) => row.id)).toEqual([
      'scenario-median',
      'scenario-mean',
      'ibm2026-global',
      'ibm2026-us',
      'iris2025-median',
      'iris2025-p95',
      'iris2025-under100m-median',
      'iris2025-under100m-p95',
      'nd2026-sme',
      'nd2026-under50m',
      'nd2026-ransomware-sme',
      'nd2024-crisis-under50m',
      'sophos2024-recovery-mean',
      'sophos2024-recovery-median',
      'csbs2025-disruptive',
    ]);
    expect(comparison.citations).toEqual([
      'IBM Security and Ponemon Institute, Cost of a Data Breach Report 2026 (2026)',
      'Cyentia Institute, Information Risk Insights Study (IRIS) 2025 (2025)',
      'NetDiligence, Cyber Claims Study 2026 (2026)',
      'NetDiligence, Cyber Claims Study 2024 (2024)',
      'Sophos, The State of Ransomware 2024 (2024)',
      'UK Department for Science, Innovation and Technology, Cyber Security Breaches Survey 2025 (2025)',
    ]);
    const [median, , ibmGlobal, , , irisP95] = comparison.rows;
    expect(comparisonRowName(median!)).toBe('This scenario: one incident (median)');
    expect(comparisonRowName(ibmGlobal!)).toBe('IBM global average cost of a breach (mean)');
    // A label that names its statistic keeps it once.
    expect(comparisonRowName(irisP95!)).toBe('IRIS 1-in-20 incident (95th percentile), all organisations');
  });

  it('converts the revenue to US dollars before choosing the revenue band', () => {
    const inUsd = benchmarkComparison(incident, { sector: 'manufacturing', annualRevenue: 40e6, currency: 'USD' });
    const inGbp = benchmarkComparison(incident, { sector: 'manufacturing', annualRevenue: 40e6, currency: 'GBP' });
    // 40M GBP is 50.8M USD: above the under-50M band.
    expect(inGbp.revenueUsd).toBeCloseTo(50.8e6, 6);
    expect(inUsd.rows.map((row) => row.id)).toContain('nd2026-under50m');
    expect(inGbp.rows.map((row) => row.id)).not.toContain('nd2026-under50m');
    expect(inGbp.rows.map((row) => row.id)).toContain('nd2026-50m-300m');
  });

  it('converts each benchmark into the scenario currency and keeps the published amount', () => {
    const table = benchmarkTable(incident, { sector: 'manufacturing', annualRevenue: 40e6, currency: 'GBP' }, gbp);
    expect(table.columns).toEqual(['Figure', 'Statistic', 'Amount', 'As published', 'Source']);
    expect(table.rows[0]).toEqual(['This scenario: one incident', 'median', '£300,000', '£300,000', 'Simulated by Aftermath']);
    expect(table.rows[1]).toEqual(['This scenario: one incident', 'mean', '£750,000', '£750,000', 'Simulated by Aftermath']);
    // 4.99M USD at 1.27 USD per GBP.
    expect(table.rows[2]).toEqual([
      'IBM global average cost of a breach',
      'mean',
      '£3,929,134',
      '$4,990,000',
      'IBM Security and Ponemon Institute, Cost of a Data Breach Report 2026 (2026)',
    ]);
    expect(table.rows.find((row) => row[0]?.startsWith('UK businesses'))?.slice(1, 4)).toEqual(['mean', '£8,260', '£8,260']);

    const inUsd = benchmarkTable(incident, { sector: 'manufacturing', annualRevenue: 40e6, currency: 'USD' }, usd);
    // 8,260 GBP at 1.27 USD per GBP.
    expect(inUsd.rows.find((row) => row[0]?.startsWith('UK businesses'))?.slice(1, 4)).toEqual(['mean', '$10,490', '£8,260']);
  });

  it('compares nothing when the scenario currency has no exchange rate', () => {
    const comparison = benchmarkComparison(incident, { sector: 'healthcare', annualRevenue: 1e9, currency: 'JPY' });
    expect(comparison.revenueUsd).toBeNull();
    expect(comparison.rows.map((row) => row.id)).toEqual(['scenario-median', 'scenario-mean']);
    expect(comparison.citations).toEqual([]);
  });
});

describe('toTsv', () => {
  it('writes the header and rows separated by tabs and line breaks', () => {
    expect(toTsv({ columns: ['Cost category', 'Mean a year'], rows: [['Recovery', '$2,500'], ['Notification', '$500']] })).toBe(
      'Cost category\tMean a year\nRecovery\t$2,500\nNotification\t$500',
    );
  });

  it('quotes cells holding a tab, a line break or a quote, doubling the quotes', () => {
    expect(tsvCell('plain text, with a comma')).toBe('plain text, with a comma');
    expect(tsvCell('a\tb')).toBe('"a\tb"');
    expect(tsvCell('first line\nsecond line')).toBe('"first line\nsecond line"');
    expect(tsvCell('carriage\r\nreturn')).toBe('"carriage\r\nreturn"');
    expect(tsvCell('the "worst" years')).toBe('"the ""worst"" years"');
    expect(toTsv({ columns: ['Figure', 'Note'], rows: [['x\ty', 'one\ntwo']] })).toBe('Figure\tNote\n"x\ty"\t"one\ntwo"');
  });
});
