/**
 * Amounts as people type them: 250000, 1e6, 1_000_000, 250k, 1.25M, 2bn (suffixes k, m, b, bn,
 * any case). The suffix shifts the decimal exponent before the text is read, so 1.1M is
 * exactly 1100000 (not 1.1 x 1e6, which is not).
 */

export const AMOUNT_EXAMPLES = '250000, 250k, 1.25M, 2bn, 1e6 or 1_000_000';

const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { '': 0, k: 3, m: 6, b: 9, bn: 9 };

const AMOUNT = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(k|m|bn|b)?$/i;

/** The number an amount stands for, or undefined when the text is not one. */
export function parseAmount(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '' || text.startsWith('_') || text.endsWith('_') || text.includes('__')) return undefined;
  const match = AMOUNT.exec(text.replace(/_/g, ''));
  if (!match) return undefined;
  const [, sign = '', digits = '', exponent, suffix] = match;
  // An exponent and a suffix together ("1e3k") is more likely a typo than a number.
  if (exponent !== undefined && suffix !== undefined) return undefined;
  const shift = Number(exponent ?? 0) + (SUFFIX_EXPONENT[(suffix ?? '').toLowerCase()] ?? 0);
  const value = Number(`${sign}${digits}e${shift}`);
  return Number.isFinite(value) ? value : undefined;
}
