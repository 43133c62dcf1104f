/**
 * An input's value in words for the edges (CLI table, chart table), by its unit: money compact
 * in the scenario's currency ($16K, $0.48 per person), shares as percentages (8%, 0.1%), days,
 * events a year to three significant figures.
 */
import { formatCount, formatMoney } from '../format/numbers';
import type { InputUnit } from '../model/inputCatalogue';

const significant = (value: number, locale: string | undefined): string =>
  new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(value);

export function formatInputValue(value: number, unit: InputUnit, currency: string, locale?: string): string {
  const money = formatMoney(value, currency, locale, 'compact');
  switch (unit) {
    case 'money':
      return money;
    case 'moneyPerPerson':
      return `${money} per person`;
    case 'moneyPerDay':
      return `${money} a day`;
    case 'moneyPerItem':
      return `${money} each`;
    case 'share':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 3 }).format(value);
    case 'days':
      return `${significant(value, locale)} days`;
    case 'hours':
      return `${significant(value, locale)} hours`;
    case 'years':
      return `${significant(value, locale)} years`;
    case 'eventsPerYear':
      return `${significant(value, locale)} a year`;
    case 'countPerDay':
      return `${significant(value, locale)} a day`;
    case 'count':
      return formatCount(value, locale);
    case 'ratio':
      return significant(value, locale);
  }
}
