/** Catalogue lookups for the sections: the field for a path, and the upper limit of its values. */
import { ALL_FIELDS, genericPath, type InputField } from '../../../shared/model/inputCatalogue';
import { LIMITS } from '../../../shared/scenario/limits';

export function field(path: string): InputField {
  const generic = genericPath(path);
  const found = ALL_FIELDS.find((candidate) => candidate.path === generic);
  if (!found) throw new Error(`No input field ${path} in the catalogue.`);
  return found;
}

/** The largest value an input accepts, by its unit. */
export function maxFor(input: InputField): number {
  switch (input.unit) {
    case 'share':
      return input.path === 'insurance.underwriting.expenseRatio' ? 0.95 : 1;
    case 'days':
      return input.path === 'organisation.operatingDaysPerYear' ? 366 : LIMITS.days;
    case 'eventsPerYear':
      return LIMITS.frequencyPerYear;
    case 'count':
      return input.path.startsWith('organisation.records') ? LIMITS.records : LIMITS.customers;
    case 'countPerDay':
      return LIMITS.activityPerDay;
    case 'ratio':
      if (input.path === 'insurance.underwriting.riskLoad') return 10;
      return input.path === 'scaling.slope' ? 1 : LIMITS.exchangeRate;
    case 'hours':
      return 8760;
    case 'years':
      return 30;
    default:
      return LIMITS.money;
  }
}
