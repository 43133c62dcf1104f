/**
 * The numbers behind the tornado chart: the bars it draws (from the expected annual loss with
 * every input uncertain to the expected annual loss with one input at its low, and at its high)
 * for the inputs with the largest swings, the round axis they sit on, and the table of every
 * input for "Show table" and "Copy table". Pure functions of the result: no React, no DOM.
 */
import type { SensitivityResult } from '../../../../shared/sensitivity/analyse';
import { inputUnit } from '../../../../shared/sensitivity/inputs';
import { formatInputValue } from '../../../../shared/sensitivity/inputValue';
import { linearTicks } from '../linearTicks';
import { userLocale, type Formatters } from '../format';
import type { ChartTable } from '../tables';

/** How many inputs the chart draws unless told otherwise. */
export const TORNADO_SHOWN = 12;

export type TornadoBar = Readonly<{
  input: string;
  label: string;
  /** The bar for the input at its low: [from, to] in expected annual loss, from <= to. */
  lowBar: readonly [number, number];
  highBar: readonly [number, number];
  lowMean: number;
  highMean: number;
}>;

const span = (from: number, to: number): readonly [number, number] => (from <= to ? [from, to] : [to, from]);

/** The `limit` largest swings, largest first, as bars out from the base run's expected annual loss. */
export function tornadoBars(result: Pick<SensitivityResult, 'base' | 'tornado'>, limit = TORNADO_SHOWN): TornadoBar[] {
  const base = result.base.mean;
  return result.tornado.slice(0, Math.max(0, limit)).map((row) => ({
    input: row.input,
    label: row.label,
    lowBar: span(base, row.lowResult.mean),
    highBar: span(base, row.highResult.mean),
    lowMean: row.lowResult.mean,
    highMean: row.highResult.mean,
  }));
}

/**
 * Round ticks covering the bars and the base, in steps of 1, 2, 2.5 or 5 times a power of ten:
 * the axis starts at the last round step at or below the smallest value, not at 0, so small
 * swings stay visible.
 */
export function tornadoTicks(bars: readonly TornadoBar[], base: number): number[] {
  const values = [base, ...bars.flatMap((bar) => [bar.lowMean, bar.highMean])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = max - min;
  if (!(width > 0)) return linearTicks(max > 0 ? max : 1);
  const unit = linearTicks(width);
  const step = (unit[1] ?? 1) - (unit[0] ?? 0);
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let k = 0; start + k * step < max + step * 1e-9 || ticks.length < 2; k += 1) ticks.push(Math.round((start + k * step) * 1e6) / 1e6);
  if ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(start + ticks.length * step);
  return ticks;
}

/** Every input, largest swing first: its low and high in its own unit, and the losses at each. */
export function tornadoTable(result: SensitivityResult, format: Formatters, locale: string | undefined = userLocale()): ChartTable {
  const value = (path: string, amount: number): string => formatInputValue(amount, inputUnit(path), result.currency, locale);
  return {
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
    rows: result.tornado.map((row) => [
      row.label,
      value(row.input, row.low),
      value(row.input, row.high),
      format.money(row.lowResult.mean),
      format.money(row.highResult.mean),
      format.money(row.swing),
      format.money(row.lowResult.p95),
      format.money(row.highResult.p95),
    ]),
  };
}
