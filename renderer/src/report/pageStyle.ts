/**
 * The printed page: its size, its margins, and the footer on every page (the reproducibility line
 * on the left, "Page N of M" on the right), written as CSS page-margin boxes so the browser's own
 * print and Electron's printToPDF give the same pages.
 */

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const PAGE_SIZE_LABELS: Readonly<Record<PageSize, string>> = { A4: 'A4 (210 × 297 mm)', Letter: 'US Letter (8.5 × 11 in)' };

const PAGE_WIDTH_MM: Readonly<Record<PageSize, number>> = { A4: 210, Letter: 215.9 };
export const MARGIN_MM = { top: 16, side: 16, bottom: 20 } as const;

/** Width of the printable area, so the preview lays charts out at the width they print at. */
export function contentWidthMm(size: PageSize): number {
  return PAGE_WIDTH_MM[size] - 2 * MARGIN_MM.side;
}

/** US Letter where the reader's locale is American or Canadian English, else A4. */
export function defaultPageSize(locale: string | undefined): PageSize {
  return /^en-(US|CA)$/i.test(locale ?? '') || /^es-US$/i.test(locale ?? '') ? 'Letter' : 'A4';
}

/** A string as a CSS string literal; a line break (CR, LF, CRLF or form feed) would end it, so it becomes a space. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|[\n\r\f]/g, ' ')}"`;
}

/** The reproducibility line each page carries. */
export function footerLine(parts: Readonly<{ version: string; seed: number; trials: number; hash: string; locale: string | undefined }>): string {
  return `Aftermath ${parts.version} · seed ${parts.seed} · ${parts.trials.toLocaleString(parts.locale)} simulated years · scenario SHA-256 ${parts.hash.slice(0, 16)}`;
}

export function pageStyleCss(size: PageSize, footer: string): string {
  const box = 'font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 7.5pt; color: #5b6470;';
  return `@page {
  size: ${size === 'A4' ? 'A4' : 'letter'} portrait;
  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm;
  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} vertical-align: top; padding-top: 4mm; }
}`;
}
