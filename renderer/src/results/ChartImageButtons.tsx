/**
 * "Save image: PNG SVG" on a result card: the card's chart as a standalone SVG (title, subtitle
 * and legend written in) or as a PNG at twice its size on screen, for slides. The file is named
 * after the scenario and the chart. Saved through the desktop app's save dialog or downloaded in
 * the browser; what happened is announced, and a failure is shown with its reason until the next
 * try.
 */
import { useContext, useEffect, useId, useState } from 'react';
import { EditorContext } from '../inputs/editorContext';
import { chartCardSvg } from '../shell/chartCardImage';
import { svgToPng } from '../shell/chartImage';
import { fileSlug, saveBytes } from '../shell/saveBytes';

/** How long "Saved …" stays, in milliseconds. */
const SAVED_STATUS_MS = 4000;
/** How long to wait for the chart to be drawn after switching back from the table. */
const DRAW_WAIT_MS = 3000;
/** The PNG is drawn at this multiple of the chart's size on screen, for slides. */
export const PNG_SCALE = 2;

type ImageKind = 'png' | 'svg';

/** The scenario's name where the workspace provides it, else the app's. */
function useScenarioName(): string {
  const editor = useContext(EditorContext);
  const name = editor?.state.doc['name'];
  return typeof name === 'string' && name.trim() ? name : 'aftermath';
}

/** The file name without its extension: scenario, then chart title. */
export function chartFileName(scenario: string, title: string): string {
  return [fileSlug(scenario), fileSlug(title) || 'chart'].filter(Boolean).join('-');
}

/**
 * Resolves once the card's chart is drawn: it may just have been switched back from its table,
 * and a responsive chart draws its SVG only after measuring its container.
 */
async function drawnChart(card: HTMLElement): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < DRAW_WAIT_MS) {
    const body = card.querySelector('.chart-body');
    const containers = body ? [...body.querySelectorAll('.recharts-responsive-container')] : [];
    if (body && containers.every((container) => container.querySelector('svg'))) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('the chart was not drawn in time.');
}

export function ChartImageButtons({ title, card, showChart }: Readonly<{ title: string; card: () => HTMLElement | null; showChart: () => void }>) {
  const id = useId();
  const scenario = useScenarioName();
  const [busy, setBusy] = useState<ImageKind | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (!status) return undefined;
    const timer = window.setTimeout(() => setStatus(''), SAVED_STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const save = async (kind: ImageKind): Promise<void> => {
    const element = card();
    if (!element || busy) return;
    setBusy(kind);
    setStatus('');
    setProblem('');
    try {
      showChart();
      await drawnChart(element);
      const markup = chartCardSvg(element);
      const data = kind === 'svg' ? markup : await svgToPng(markup, PNG_SCALE);
      const outcome = await saveBytes(kind, chartFileName(scenario, title), data);
      if (outcome.status === 'saved') setStatus(`Saved ${outcome.path.split(/[\\/]/).pop() ?? outcome.path}`);
      else if (outcome.status === 'downloaded') setStatus(`Downloaded ${outcome.fileName}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(`The ${kind.toUpperCase()} image of this chart could not be saved: ${reason}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <span className="chart-image-actions" role="group" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="chart-image-label">
          Save image
        </span>
        {(['png', 'svg'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            aria-label={`Save ${title} as ${kind.toUpperCase()}`}
            aria-busy={busy === kind}
            aria-disabled={busy !== null}
            onClick={() => void save(kind)}
          >
            {kind.toUpperCase()}
          </button>
        ))}
      </span>
      <span className="copy-status" role="status" aria-live="polite">
        {status}
      </span>
      {problem && (
        <p className="chart-image-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
