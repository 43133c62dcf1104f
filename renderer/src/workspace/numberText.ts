/**
 * Numbers as people type them: the locale's grouping and decimal marks, spaces, underscores,
 * and the shorthands k, M (or m) and bn (or B) for thousands, millions and billions, so
 * "2.5M", "2,500,000" and "2 500 000" all mean the same. Percentages are typed as percentages.
 */

export type ParsedNumber = Readonly<{ ok: true; value: number }> | Readonly<{ ok: false; message: string }>;

const SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

function separators(locale: string | undefined): Readonly<{ group: string; decimal: string }> {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

export function parseNumberText(text: string, locale?: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  const { group, decimal } = separators(locale);
  let body = trimmed.replace(/[\s_\u00a0\u202f]/g, '');
  if (group !== decimal) body = body.split(group).join('');
  if (decimal !== '.') body = body.replace(decimal, '.');
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(k|m|mn|b|bn)?$/i.exec(body);
  if (!match || match[1] === undefined) {
    return { ok: false, message: `"${trimmed}" is not a number. Type digits, for example 2500000 or 2.5M.` };
  }
  const scale = match[2] ? (SCALES[match[2].toLowerCase()] ?? 1) : 1;
  const value = Number(match[1]) * scale;
  if (!Number.isFinite(value)) return { ok: false, message: `"${trimmed}" is too large.` };
  return { ok: true, value };
}

/** How a stored number is shown in an input: grouped digits, up to six decimals, no exponent. */
export function formatNumberText(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: true }).format(value);
}

/** Shares are stored 0..1 and shown as percentages. */
export function toDisplay(value: number, isShare: boolean): number {
  return isShare ? Math.round(value * 100 * 1e9) / 1e9 : value;
}

export function fromDisplay(value: number, isShare: boolean): number {
  return isShare ? value / 100 : value;
}
