/**
 * The people-facing sensitivity output: the base run, the tornado (largest swing first) with
 * each input's low and high in its own unit and the losses compact in the scenario's currency,
 * the rank correlations, and the top three drivers in a sentence.
 */
import { formatMoney } from '../../shared/format/numbers';
import type { SensitivityResult } from '../../shared/sensitivity/analyse';
import { inputScope, inputUnit } from '../../shared/sensitivity/inputs';
import { formatInputValue } from '../../shared/sensitivity/inputValue';
import { topDriversSentence } from '../../shared/sensitivity/sentence';
import { align } from './table';

const LOCALE = 'en-US';

/** A rank correlation to two decimals, or "-" when there is none. */
export function formatCorrelation(rho: number | null): string {
  if (rho === null) return '-';
  const text = rho.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

export function formatSensitivityTable(result: SensitivityResult): string {
  const money = (value: number): string => formatMoney(value, result.currency, LOCALE);
  const compact = (value: number): string => formatMoney(value, result.currency, LOCALE, 'compact');
  const value = (path: string, amount: number): string => formatInputValue(amount, inputUnit(path), result.currency, LOCALE);
  const heading = `What drives the loss: ${result.scenario}\n${result.trials.toLocaleString(LOCALE)} simulated years and seed ${result.seed} in every run`;
  const base = align([
    ['Expected annual loss', money(result.base.mean)],
    ['1-in-20-year loss (P95)', money(result.base.p95)],
  ]);
  const tornado = align([
    ['Input', 'Low', 'High', 'Mean at low', 'Mean at high', 'P95 at low', 'P95 at high', 'Swing'],
    ...result.tornado.map((row) => [
      row.label,
      value(row.input, row.low),
      value(row.input, row.high),
      compact(row.lowResult.mean),
      compact(row.highResult.mean),
      compact(row.lowResult.p95),
      compact(row.highResult.p95),
      compact(row.swing),
    ]),
  ]);
  const note = 'Each input at its low and at its high while every other input keeps its range. Mean: expected annual loss; P95: 1-in-20-year loss; swing: the gap between the two means.';
  const correlations = align([
    ['Input', 'Rank correlation', 'With the loss of'],
    ...result.correlations.map((row) => [
      row.label,
      formatCorrelation(row.rankCorrelation),
      inputScope(row.input) === 'year' ? 'each year' : 'each incident',
    ]),
  ]);
  const sentence = topDriversSentence(result.tornado, compact);
  return result.tornado.length === 0 ? `${heading}\n\n${base}\n\n${sentence}\n` : `${heading}\n\n${base}\n\n${tornado}\n${note}\n\n${correlations}\n\n${sentence}\n`;
}
