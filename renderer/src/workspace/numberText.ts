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

function escape(mark: string): string {
  return mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseNumberText(text: string, locale?: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  const { group, decimal } = separators(locale);
  let body = trimmed.replace(/[\s_\u00a0\u202f]/g, '');
  const groupMark = /^\s$/u.test(group) || group === '\u00a0' || group === '\u202f' ? null : group;
  if (groupMark !== null && body.includes(groupMark)) {
    // A grouping mark is accepted only between groups of three digits (2,500,000), so that
    // "1,5" in English or "2.5M" in German is not silently read as ten times the meant value.
    const integerPart = body.split(decimal)[0] ?? '';
    const grouped = new RegExp(`^[+-]?\\d{1,3}(${escape(groupMark)}\\d{3})+$`);
    if (!grouped.test(integerPart.replace(/(k|m|mn|b|bn)$/i, ''))) {
      return {
        ok: false,
        message: `"${trimmed}" is ambiguous here: "${groupMark}" separates thousands (as in ${new Intl.NumberFormat(locale).format(2500000)}) and "${decimal}" marks decimals (as in ${new Intl.NumberFormat(locale).format(2.5)}).`,
      };
    }
    body = body.split(groupMark).join('');
  }
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
