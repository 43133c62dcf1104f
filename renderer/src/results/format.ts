/** Formatting helpers bound to the reader's locale and the scenario's currency. */
import { formatMoney, formatProbability } from '../../../shared/format/numbers';

export const userLocale = (): string | undefined => (typeof navigator !== 'undefined' ? navigator.language : undefined);

export type Formatters = Readonly<{
  money: (value: number) => string;
  moneyCompact: (value: number) => string;
  probability: (value: number) => string;
  /** Whole percentages for axis ticks: 0%, 20%, 40%. */
  percentTick: (value: number) => string;
}>;

export function formatters(currency: string, locale: string | undefined = userLocale()): Formatters {
  return {
    money: (value) => formatMoney(value, currency, locale, 'full'),
    moneyCompact: (value) => formatMoney(value, currency, locale, 'compact'),
    probability: (value) => formatProbability(value, locale),
    percentTick: (value) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
  };
}
