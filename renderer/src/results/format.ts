/** Formatting helpers bound to the reader's locale and the scenario's currency. */
import { formatCount, formatMoney, formatProbability } from '../../../shared/format/numbers';

export const userLocale = (): string | undefined => (typeof navigator !== 'undefined' ? navigator.language : undefined);

export type Formatters = Readonly<{
  money: (value: number) => string;
  moneyCompact: (value: number) => string;
  /** An amount in another currency than the scenario's (a published figure as published). */
  moneyIn: (value: number, currency: string) => string;
  /** A range of amounts, each compact: $100K–$150K. */
  moneyRangeCompact: (from: number, to: number) => string;
  probability: (value: number) => string;
  /** Percentages for axis ticks: 0%, 4.5%, 9% (one decimal at most). */
  percentTick: (value: number) => string;
  /** A share of a whole with at most one decimal: 0%, 2.5%, 41%, and < 0.1% for a tiny share that is not nothing. */
  share: (value: number) => string;
  /** A percentage to three significant figures, for rates and small chances: 0.75%, 0.042%, 22.1%. */
  percentPrecise: (value: number) => string;
  /** A whole count in the reader's locale: 12,345. */
  count: (value: number) => string;
}>;

/** An Intl.NumberFormat made on first use and kept: making one costs far more than formatting with it. */
function lazyFormat(locale: string | undefined, options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | null = null;
  return (value) => (format ??= new Intl.NumberFormat(locale, options)).format(value);
}

export function formatters(currency: string, locale: string | undefined = userLocale()): Formatters {
  const moneyCompact = (value: number): string => formatMoney(value, currency, locale, 'compact');
  const percentOneDecimal = lazyFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const percentWhole = lazyFormat(locale, { style: 'percent' });
  const percentThreeFigures = lazyFormat(locale, { style: 'percent', maximumSignificantDigits: 3 });
  return {
    money: (value) => formatMoney(value, currency, locale, 'full'),
    moneyCompact,
    moneyIn: (value, otherCurrency) => formatMoney(value, otherCurrency, locale, 'full'),
    moneyRangeCompact: (from, to) => `${moneyCompact(from)}\u2013${moneyCompact(to)}`,
    probability: (value) => formatProbability(value, locale),
    percentTick: percentOneDecimal,
    share: (value) => (value > 0 && value < 0.001 ? `< ${percentOneDecimal(0.001)}` : percentOneDecimal(value)),
    percentPrecise: (value) => (value === 0 ? percentWhole(0) : percentThreeFigures(value)),
    count: (value) => formatCount(value, locale),
  };
}
