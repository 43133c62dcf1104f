/**
 * The board report as a full-window preview: the pages at the width they print at, a page-size
 * choice (A4 or US Letter), and "Save as PDF" (Electron's printToPDF in the app, the browser's print
 * elsewhere). The report waits for every figure it needs (the main run, the drivers, the control
 * values, each variant) and says which are still coming; it never prints half a report.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { Formatters } from '../results/format';
import { ReportDocument, type ReportContent } from './ReportDocument';
import { PAGE_SIZES, PAGE_SIZE_LABELS, contentWidthMm, footerLine, pageStyleCss, type PageSize } from './pageStyle';
import type { AssumptionFormat } from './assumptionText';
import { ChartScaleContext } from '../results/chartHeight';
import './report.css';

/** Chart height in the report relative to the workspace's. */
const REPORT_CHART_SCALE = 0.82;

export type ReportReadiness = Readonly<{ ready: true; content: ReportContent } | { ready: false; waitingFor: readonly string[]; problem: string | null }>;

export type ReportViewProps = Readonly<{
  readiness: ReportReadiness;
  pageSize: PageSize;
  onPageSize: (size: PageSize) => void;
  onSave: () => void;
  onClose: () => void;
  format: Formatters;
  assumptionFormat: AssumptionFormat;
  locale: string | undefined;
  /** The desktop app saves a PDF itself; the browser build hands over to its print dialog. */
  desktop: boolean;
}>;

/**
 * The @page rule as a constructed style sheet: the content security policy forbids inline
 * <style> elements, but not style sheets made through the CSS object model.
 */
function usePageStyle(css: string): void {
  const sheet = useRef<CSSStyleSheet | null>(null);
  useEffect(() => {
    const own = new CSSStyleSheet();
    sheet.current = own;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== own);
      sheet.current = null;
    };
  }, []);
  useEffect(() => {
    sheet.current?.replaceSync(css);
  }, [css]);
}

export function ReportView(props: ReportViewProps) {
  const { readiness, pageSize, onPageSize, onSave, onClose, format, assumptionFormat, locale, desktop } = props;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  useEffect(() => {
    document.body.classList.add('report-open');
    return () => document.body.classList.remove('report-open');
  }, []);
  const content = readiness.ready ? readiness.content : null;
  const footer = content ? footerLine({ version: content.version, seed: content.result.seed, trials: content.result.trials, hash: content.hash, locale }) : '';
  usePageStyle(pageStyleCss(pageSize, footer));
  const width = { '--report-width': `${contentWidthMm(pageSize)}mm` } as CSSProperties;
  return createPortal(
    <div
      className="report-overlay"
      role="dialog"
      aria-modal="true"
      aria-label="Board report"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="report-toolbar">
        <h2>Board report</h2>
        <fieldset className="report-page-size">
          <legend>Page size</legend>
          {PAGE_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name="report-page-size" value={size} checked={pageSize === size} onChange={() => onPageSize(size)} />
              {PAGE_SIZE_LABELS[size]}
            </label>
          ))}
        </fieldset>
        <span className="report-status" role="status" aria-live="polite">
          {readiness.ready ? 'Ready to save.' : readiness.problem ? readiness.problem : `Preparing: ${readiness.waitingFor.join(', ')}…`}
        </span>
        <button type="button" className="primary" onClick={onSave} disabled={!readiness.ready}>
          {desktop ? 'Save as PDF…' : 'Print or save as PDF…'}
        </button>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
      <div className="report-scroll">
        {content ? (
          <article className="report" data-page-size={pageSize} style={width} data-testid="board-report">
            {/* Charts a little shorter than on screen, so two fit on a page. */}
            <ChartScaleContext.Provider value={REPORT_CHART_SCALE}>
              <ReportDocument content={content} format={format} assumptionFormat={assumptionFormat} />
            </ChartScaleContext.Provider>
            <p className="report-screen-footer" aria-hidden="true">
              {footer}
            </p>
          </article>
        ) : (
          <p className="report-waiting">{readiness.ready ? '' : (readiness.problem ?? 'The report is written once every figure it needs is in.')}</p>
        )}
      </div>
    </div>,
    document.body,
  );
}
