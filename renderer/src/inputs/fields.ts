/** Catalogue lookups for the sections: the field for a path, and the upper limit of its values. */
import { ALL_FIELDS, type InputField } from '../../../shared/model/inputCatalogue';
import { LIMITS } from '../../../shared/scenario/limits';

export function field(path: string): InputField {
  const found = ALL_FIELDS.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`No input field ${path} in the catalogue.`);
  return found;
}

/** The largest value an input accepts, by its unit. */
export function maxFor(input: InputField): number {
  switch (input.unit) {
    case 'share':
      return 1;
    case 'days':
      return input.path === 'organisation.operatingDaysPerYear' ? 366 : LIMITS.days;
    case 'eventsPerYear':
      return LIMITS.frequencyPerYear;
    case 'count':
      return input.path.startsWith('organisation.records') ? LIMITS.records : LIMITS.customers;
    case 'countPerDay':
      return LIMITS.activityPerDay;
    case 'ratio':
      return input.path === 'scaling.slope' ? 1 : LIMITS.exchangeRate;
    default:
      return LIMITS.money;
  }
}
