// @vitest-environment happy-dom
/**
 * Chart images without a browser's layout: a result card made into a standalone SVG (title,
 * subtitle and HTML legend written in as SVG text, no CSS variable left, a size and a viewBox),
 * a bare chart SVG made standalone, word wrapping, file names, and the card's image buttons
 * (named after the chart, downloading in the browser build, a failure shown), and saving through
 * the desktop app's save dialog.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartCard } from '../../renderer/src/results/ChartCard';
import { chartFileName } from '../../renderer/src/results/ChartImageButtons';
import { EditorContext, type EditorApi } from '../../renderer/src/inputs/editorContext';
import { chartCardSvg, wrapWords } from '../../renderer/src/shell/chartCardImage';
import { standaloneSvg, svgFileSize } from '../../renderer/src/shell/chartImage';
import { fileSlug, saveBytes } from '../../renderer/src/shell/saveBytes';
import { API_GLOBAL, type AftermathApi } from '../../shared/ipc/contract';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const THEME = `
  :root { --panel: #fdfdfd; --text: #1b2430; --muted: #5a6675; --grid: #e6e9ee; --accent: #1f5fbf; }
  .chart { background: var(--panel); font-family: Arial, sans-serif; }
  .chart h2 { color: var(--text); font-size: 16px; font-weight: 700; }
  .chart-subtitle { color: var(--muted); font-size: 14px; }
  .legend-swatch { display: inline-block; width: 14px; height: 14px; background: var(--accent); }
`;

const TITLE = 'Where the money goes';
const SUBTITLE = 'What each kind of cost adds up to in an average year, and in the worst one year in ten.';

function Card() {
  return (
    <ChartCard title={TITLE} subtitle={SUBTITLE} description="Bar chart of losses by cost category." table={{ columns: ['Category', 'Mean'], rows: [['Recovery', '$1']] }} tableCaption="Losses" numericColumns={[1]}>
      <svg className="recharts-surface" width="600" height="300" viewBox="0 0 600 300">
        <line x1="0" y1="10" x2="600" y2="10" stroke="var(--grid)" strokeDasharray="3 3" />
        <rect x="10" y="20" width="200" height="30" fill="var(--accent)" />
        <text x="10" y="280" fill="var(--muted)">
          Loss a year (USD)
        </text>
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="legend-swatch" aria-hidden="true" />
          Mean a year
        </li>
        <li>
          <span className="legend-swatch" aria-hidden="true" />
          Mean in the worst 10% of years
        </li>
      </ul>
    </ChartCard>
  );
}

let container: HTMLDivElement;
let root: Root;
let style: HTMLStyleElement;

beforeEach(() => {
  style = document.createElement('style');
  style.textContent = THEME;
  document.head.append(style);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  style.remove();
  vi.restoreAllMocks();
});

const card = () => container.querySelector<HTMLElement>('figure.chart')!;
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');

describe('a result card as a standalone SVG', () => {
  it('writes the title, the subtitle and the HTML legend as SVG text above and around the chart', () => {
    act(() => root.render(<Card />));
    const markup = chartCardSvg(card());
    const svg = parse(markup);
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.querySelector(':scope > title')?.textContent).toBe(TITLE);
    expect(svg.querySelector(':scope > desc')?.textContent).toBe('Bar chart of losses by cost category.');
    const lines = texts(svg);
    expect(lines[0]).toBe(TITLE);
    expect(lines.join(' ')).toContain(SUBTITLE.split(' ').slice(0, 4).join(' '));
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(SUBTITLE.slice(-30));
    expect(lines).toContain('Mean a year');
    expect(lines).toContain('Mean in the worst 10% of years');
    expect(lines).toContain('Loss a year (USD)');
  });

  it('leaves no CSS variable, and sets a size, a viewBox, a font and a background', () => {
    act(() => root.render(<Card />));
    const markup = chartCardSvg(card());
    expect(markup).not.toContain('var(');
    const svg = parse(markup);
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(300);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(svg.getAttribute('font-family')).toContain('sans-serif');
    const backdrop = svg.querySelector(':scope > rect');
    expect(backdrop?.getAttribute('fill')).toMatch(/^(#fdfdfd|rgb\(253, 253, 253\))$/);
    expect(backdrop?.getAttribute('height')).toBe(String(height));
    expect(markup).toMatch(/stroke="(#e6e9ee|rgb\(230, 233, 238\))"/);
    // The chart keeps its own size and coordinates, nested where it sits in the card.
    const chart = svg.querySelector(':scope > svg');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(Number(chart?.getAttribute('y'))).toBeGreaterThan(30);
    expect(chart?.hasAttribute('class')).toBe(false);
  });

  it('uses the background it is given', () => {
    act(() => root.render(<Card />));
    expect(parse(chartCardSvg(card(), '#101010')).querySelector(':scope > rect')?.getAttribute('fill')).toBe('#101010');
  });

  it('asks for the chart when its table is shown', () => {
    act(() => root.render(<Card />));
    act(() => [...container.querySelectorAll('button')].find((button) => button.textContent === 'Show table')!.click());
    expect(() => chartCardSvg(card())).toThrow('Show the chart, not its table, to save it as an image.');
  });

  it('exports a chart found by its SVG (the File menu’s way) with its card', () => {
    act(() => root.render(<Card />));
    const markup = standaloneSvg(container.querySelector('svg')!, '#ffffff');
    expect(texts(parse(markup))[0]).toBe(TITLE);
  });
});

describe('a bare chart SVG made standalone', () => {
  it('gets a size, a viewBox, a background and its variables resolved', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<svg width="320" height="200"><line x1="0" y1="0" x2="10" y2="10" stroke="var(--grid)"/></svg>';
    document.body.append(holder);
    const markup = standaloneSvg(holder.querySelector('svg')!, '#ffffff');
    holder.remove();
    expect(markup).not.toContain('var(');
    const svg = parse(markup);
    expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });
});

describe('svgFileSize', () => {
  it('reads the root’s size, and refuses a file without one', () => {
    expect(svgFileSize('<svg xmlns="http://www.w3.org/2000/svg" width="962" height="450"/>')).toEqual({ width: 962, height: 450 });
    expect(() => svgFileSize('<svg xmlns="http://www.w3.org/2000/svg"/>')).toThrow('The chart image has no size, so it cannot be drawn.');
  });
});

describe('wrapWords', () => {
  const width = (text: string) => text.length * 10;
  it('fills each line up to the width, and gives a word too long a line of its own', () => {
    expect(wrapWords('one two three four', 90, width)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('a extraordinarily b', 50, width)).toEqual(['a', 'extraordinarily', 'b']);
    expect(wrapWords('  ', 50, width)).toEqual([]);
  });
});

describe('file names', () => {
  it('slugs the scenario and the chart title', () => {
    expect(fileSlug('How likely is a year this costly?')).toBe('how-likely-is-a-year-this-costly');
    expect(fileSlug('  Café & Co.  ')).toBe('café-co');
    expect(fileSlug('x'.repeat(200))).toHaveLength(80);
    expect(chartFileName('Regional hospital', 'How likely is a year this costly?')).toBe('regional-hospital-how-likely-is-a-year-this-costly');
    expect(chartFileName('???', 'The best combination, step by step')).toBe('the-best-combination-step-by-step');
  });
});

describe('the image buttons on a card', () => {
  const editor = (name: string) => ({ state: { doc: { name } } }) as unknown as EditorApi;

  it('names the chart in their labels, and downloads the SVG named after the scenario and the chart', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chart');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    act(() =>
      root.render(
        <EditorContext.Provider value={editor('Regional hospital')}>
          <Card />
        </EditorContext.Provider>,
      ),
    );
    const group = container.querySelector('[role="group"]')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe('Save image');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((button) => [button.textContent, button.getAttribute('aria-label')])).toEqual([
      ['PNG', `Save ${TITLE} as PNG`],
      ['SVG', `Save ${TITLE} as SVG`],
    ]);
    await act(async () => buttons[1]!.click());
    expect(clicked).toEqual(['regional-hospital-where-the-money-goes.svg']);
    expect(container.textContent).toContain('Downloaded regional-hospital-where-the-money-goes.svg');
  });

  it('shows why the image could not be saved', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chart');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('no'));
    act(() => root.render(<Card />));
    const png = container.querySelector<HTMLButtonElement>(`button[aria-label="Save ${TITLE} as PNG"]`)!;
    await act(async () => png.click());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The PNG image of this chart could not be saved: The browser could not read the chart as an image.');
  });
});

describe('saving in the desktop app', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, API_GLOBAL);
  });

  const desktop = (exportFile: AftermathApi['exportFile']) => {
    (window as unknown as Record<string, unknown>)[API_GLOBAL] = { exportFile };
  };

  it('goes through the save dialog, and says where the file went or that it was cancelled', async () => {
    const exportFile = vi.fn<AftermathApi['exportFile']>().mockResolvedValueOnce({ ok: true, value: { path: '/slides/chart.png' } }).mockResolvedValueOnce({ ok: true, value: null });
    desktop(exportFile);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await saveBytes('png', 'regional-hospital-chart', bytes)).toEqual({ status: 'saved', path: '/slides/chart.png' });
    expect(exportFile).toHaveBeenCalledWith({ kind: 'png', suggestedName: 'regional-hospital-chart', data: bytes });
    expect(await saveBytes('svg', 'regional-hospital-chart', '<svg/>')).toEqual({ status: 'cancelled' });
  });

  it('throws the reason the file could not be written', async () => {
    desktop(() => Promise.resolve({ ok: false, error: 'The disk is full.' }));
    await expect(saveBytes('png', 'chart', new Uint8Array())).rejects.toThrow('The disk is full.');
  });
});
