import { describe, expect, it } from 'vitest';
import { boardReportPdfOptions } from '../../main/pdfOptions';

describe('the board report as a PDF in the app', () => {
  it('lets the report’s @page rule set size, margins and footer, prints backgrounds, and tags the PDF', () => {
    expect(boardReportPdfOptions('Letter')).toEqual({ pageSize: 'Letter', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false });
    expect(boardReportPdfOptions('A4').pageSize).toBe('A4');
  });
});
