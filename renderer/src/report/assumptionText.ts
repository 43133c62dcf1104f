/** An assumption's value in words for the report: a number in its unit, or a range with its shape. */
import type { AssumptionRow, AssumptionValue } from '../../../shared/report/assumptions';
import type { Formatters } from '../results/format';

/** Formatting for the table: the report's formatters, and money to the cent for small unit costs. */
export type AssumptionFormat = Readonly<{ format: Formatters; currency: string; locale: string | undefined }>;

function amount(value: number, unit: AssumptionRow['unit'], format: AssumptionFormat): string {
  const { currency, locale } = format;
  switch (unit) {
    case 'money':
    case 'moneyPerPerson':
    case 'moneyPerDay':
    case 'moneyPerItem':
      // Unit costs such as 0.48 per person need their cents; larger sums are shown whole.
      return Math.abs(value) < 100 && !Number.isInteger(value)
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value)
        : format.format.money(value);
    case 'share':
      return format.format.percentPrecise(value);
    case 'count':
    case 'countPerDay':
      return format.format.count(value);
    case 'days':
    case 'hours':
    case 'years':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    case 'eventsPerYear':
    case 'ratio':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
    case 'text':
      return String(value);
  }
}

const SHAPE_NAMES = { uniform: 'Uniform', triangular: 'Triangular', pert: 'PERT', lognormal: 'Lognormal' } as const;

export function assumptionValueText(row: Pick<AssumptionRow, 'unit'> & Readonly<{ value: AssumptionValue }>, format: AssumptionFormat): string {
  const value = row.value;
  if (value.kind === 'text') return value.value;
  if (value.kind === 'number') return amount(value.value, row.unit, format);
  const low = amount(value.low, row.unit, format);
  const high = amount(value.high, row.unit, format);
  if (value.distribution === 'lognormal') return `${SHAPE_NAMES.lognormal}, 90% between ${low} and ${high}`;
  if (value.mode === null) return `${SHAPE_NAMES[value.distribution]}, ${low} to ${high}`;
  return `${SHAPE_NAMES[value.distribution]}, ${low} / ${amount(value.mode, row.unit, format)} / ${high} (low / most likely / high)`;
}
