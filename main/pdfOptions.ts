/**
 * How the board report becomes a PDF in the app: the page size and margins come from the report's
 * own CSS @page rule (with its footer in the page-margin boxes), so Electron is told to prefer it;
 * `pageSize` is the fallback should the rule be missing. Backgrounds print, the PDF is tagged for
 * screen readers and its outline follows the report's headings.
 */
import type { PrintToPDFOptions } from 'electron';

export function boardReportPdfOptions(pageSize: 'A4' | 'Letter'): PrintToPDFOptions {
  return { pageSize, preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false };
}
