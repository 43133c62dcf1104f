/**
 * Number formatting for the edges (renderer, CLI, report): currency in the scenario's
 * currency and the reader's locale, compact where space is short (1.2M written the local
 * way), probabilities as percentages. Uses only ECMAScript Intl, so it runs everywhere.
 */

export type MoneyStyle = 'full' | 'compact';

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let cached = formatterCache.get(key);
  if (!cached) {
    cached = make();
    formatterCache.set(key, cached);
  }
  return cached;
}

export function formatMoney(value: number, currency: string, locale?: string, style: MoneyStyle = 'full'): string {
  const key = `money|${locale ?? ''}|${currency}|${style}`;
  const format = formatter(key, () =>
    style === 'compact'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 })
      : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
  );
  return format.format(value);
}

/** A probability as a percentage, with more digits for small values (0.4%, 12%, < 0.1%). */
export function formatProbability(probability: number, locale?: string): string {
  if (probability > 0 && probability < 0.001) {
    return `< ${formatter(`pct|${locale ?? ''}|tiny`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(0.001)}`;
  }
  const digits = probability < 0.1 ? 1 : 0;
  return formatter(`pct|${locale ?? ''}|${digits}`, () =>
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(probability);
}

export function formatCount(value: number, locale?: string, style: MoneyStyle = 'full'): string {
  return formatter(`count|${locale ?? ''}|${style}`, () =>
    style === 'compact'
      ? new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  ).format(value);
}

/** "1 in 20" style return period for an annual exceedance probability. */
export function returnPeriodYears(probability: number): number {
  return probability > 0 ? 1 / probability : Infinity;
}
