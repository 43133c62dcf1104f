/**
 * The tornado chart's numbers: exact table rows for a hand-made result in US English, the bars
 * it draws out from the base run's expected annual loss, and the round axis they sit on.
 */
import { describe, expect, it } from 'vitest';
import type { SensitivityResult } from '../../shared/sensitivity/analyse';
import type { TornadoRow } from '../../shared/sensitivity/tornado';
import { formatters } from '../../renderer/src/results/format';
import { toTsv } from '../../renderer/src/results/tables';
import { TORNADO_SHOWN, tornadoBars, tornadoTable, tornadoTicks } from '../../renderer/src/results/sensitivity/tornadoTable';

const row = (input: string, label: string, low: number, high: number, lowMean: number, highMean: number, lowP95: number, highP95: number): TornadoRow => ({
  input,
  label,
  low,
  high,
  swing: Math.abs(highMean - lowMean),
  lowResult: { mean: lowMean, p95: lowP95 },
  highResult: { mean: highMean, p95: highP95 },
});

const RESULT: SensitivityResult = {
  scenario: 'Hand made',
  currency: 'USD',
  trials: 20_000,
  seed: 1,
  base: { mean: 1_500_000, p95: 12_000_000 },
  tornado: [
    row('threats[0].frequency', 'Ransomware: events a year', 0.02, 0.2, 550_000, 3_510_000, 2_000_000, 20_700_000),
    row('threats[0].disruption.outageDays', 'Ransomware: days systems are down', 3, 45, 1_050_000, 2_510_000, 8_100_000, 25_200_000),
    row('lostBusiness.abnormalChurn', 'Extra share who leave', 0.005, 0.065, 1_230_000, 1_700_000, 9_950_000, 12_600_000),
    row('response.notificationCostPerPerson', 'Cost to notify one person', 0.48, 15, 1_320_000, 1_600_000, 10_400_000, 12_000_000),
    // A larger value that lowers the loss: its high bar runs left of the base.
    row('threats[1].customLosses[0].perEvent', 'Vendor: refund', 1_000, 50_000, 1_520_000, 1_480_000, 12_100_000, 11_900_000),
  ],
  correlations: [],
};

const usd = formatters('USD', 'en-US');

describe('tornadoTable', () => {
  it('lists every input, largest swing first, with its low and high in its own unit', () => {
    expect(tornadoTable(RESULT, usd, 'en-US')).toEqual({
      columns: [
        'Input',
        'Low',
        'High',
        'Expected annual loss, input at low',
        'Expected annual loss, input at high',
        'Swing',
        '1-in-20-year loss, input at low',
        '1-in-20-year loss, input at high',
      ],
      rows: [
        ['Ransomware: events a year', '0.02 a year', '0.2 a year', '$550,000', '$3,510,000', '$2,960,000', '$2,000,000', '$20,700,000'],
        ['Ransomware: days systems are down', '3 days', '45 days', '$1,050,000', '$2,510,000', '$1,460,000', '$8,100,000', '$25,200,000'],
        ['Extra share who leave', '0.5%', '6.5%', '$1,230,000', '$1,700,000', '$470,000', '$9,950,000', '$12,600,000'],
        ['Cost to notify one person', '$0.48 per person', '$15 per person', '$1,320,000', '$1,600,000', '$280,000', '$10,400,000', '$12,000,000'],
        ['Vendor: refund', '$1K', '$50K', '$1,520,000', '$1,480,000', '$40,000', '$12,100,000', '$11,900,000'],
      ],
    });
  });

  it('copies as tab-separated text, one line per input after the header', () => {
    const lines = toTsv(tornadoTable(RESULT, usd, 'en-US')).trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('Ransomware: events a year\t0.02 a year\t0.2 a year\t$550,000\t$3,510,000\t$2,960,000\t$2,000,000\t$20,700,000');
  });
});

describe('tornadoBars', () => {
  it('runs each bar out from the base mean to the mean at the low and at the high, for the largest swings', () => {
    const bars = tornadoBars(RESULT, 2);
    expect(bars).toEqual([
      { input: 'threats[0].frequency', label: 'Ransomware: events a year', lowBar: [550_000, 1_500_000], highBar: [1_500_000, 3_510_000], lowMean: 550_000, highMean: 3_510_000 },
      {
        input: 'threats[0].disruption.outageDays',
        label: 'Ransomware: days systems are down',
        lowBar: [1_050_000, 1_500_000],
        highBar: [1_500_000, 2_510_000],
        lowMean: 1_050_000,
        highMean: 2_510_000,
      },
    ]);
    const refund = tornadoBars(RESULT).at(-1)!;
    expect([refund.lowBar, refund.highBar]).toEqual([
      [1_500_000, 1_520_000],
      [1_480_000, 1_500_000],
    ]);
    expect(TORNADO_SHOWN).toBe(12);
    expect(tornadoBars(RESULT)).toHaveLength(5);
  });

  it('sits on round ticks from a round step at or below the smallest mean to one at or above the largest', () => {
    expect(tornadoTicks(tornadoBars(RESULT), RESULT.base.mean)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    // Narrow swings keep a narrow axis rather than one from 0.
    const narrow = tornadoBars({ base: RESULT.base, tornado: RESULT.tornado.slice(3) });
    expect(tornadoTicks(narrow, RESULT.base.mean)).toEqual([1_300_000, 1_400_000, 1_500_000, 1_600_000]);
    expect(tornadoTicks([], 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
