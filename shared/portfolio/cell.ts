/**
 * One cell of a portfolio row as a value for the scenario: empty is "not given"; true and false
 * are booleans, null is null; text starting with { or [ is JSON; amounts (1e6, 1_000_000, 250k,
 * 1.25M, 2bn) are numbers; other text stays text. Where the scenario already holds text at the
 * path (a name, a region), the cell is taken as text whatever it looks like.
 */
import { AMOUNT_EXAMPLES, parseAmount } from './amount';

export type Cell = Readonly<{ given: false }> | Readonly<{ given: true; value: unknown }> | Readonly<{ given: true; problem: string }>;

const NOT_GIVEN: Cell = { given: false };

function notANumber(raw: string): string {
  return `"${raw}" is not a number; write it like ${AMOUNT_EXAMPLES}`;
}

/** A cell that must be an amount (revenue, record counts). */
export function amountCell(raw: string): Cell {
  if (raw === '') return NOT_GIVEN;
  const value = parseAmount(raw);
  return value === undefined ? { given: true, problem: notANumber(raw) } : { given: true, value };
}

/** A cell for a scenario path; `existing` is what the scenario holds there now. */
export function valueCell(raw: string, existing: unknown): Cell {
  if (raw === '') return NOT_GIVEN;
  if (typeof existing === 'string') return { given: true, value: raw };
  if (raw.startsWith('{') || raw.startsWith('[')) {
    try {
      return { given: true, value: JSON.parse(raw) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { given: true, problem: `is not valid JSON (${reason})` };
    }
  }
  const word = raw.toLowerCase();
  if (word === 'true' || word === 'false') return { given: true, value: word === 'true' };
  if (word === 'null') return { given: true, value: null };
  const amount = parseAmount(raw);
  if (amount !== undefined) return { given: true, value: amount };
  if (/^[+-]?\.?\d/.test(raw)) return { given: true, problem: notANumber(raw) };
  return { given: true, value: raw };
}
