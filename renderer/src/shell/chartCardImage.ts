/**
 * A result card as one standalone SVG, laid out as on screen: the card's title and subtitle as
 * SVG text across the top (wrapped to the card's width, since a slide needs them), then the
 * chart area with everything where it sits on the page: each SVG (the chart, legend icons)
 * copied with its styles written in, HTML text (legends, lists of steps) as SVG text line by
 * line, coloured swatches as rectangles, list numbers as text. The image is the card's width; the
 * card's buttons and the notes under the chart are left out.
 */
import { inlinedSvgClone, svgFile, SVG_NS } from './svgInline';

const PADDING_TOP_PX = 16;
const PADDING_BOTTOM_PX = 16;
const SUBTITLE_GAP_PX = 4;
const BODY_GAP_PX = 12;
/** Used only when the page has no layout to measure (a document without rendering, in tests). */
const UNMEASURED_WIDTH_PX = 800;
const UNMEASURED_INSET_PX = 20;
/** Line height of a heading whose CSS says `normal`, as a multiple of its font size. */
const NORMAL_LINE_HEIGHT = 1.3;

type Attributes = Readonly<Record<string, string | number>>;
type Place = (pageX: number, pageY: number) => readonly [number, number];

const rounded = (value: number): string => String(Math.round(value * 100) / 100);

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Attributes, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, typeof value === 'number' ? rounded(value) : value);
  if (text !== undefined) element.textContent = text;
  return element;
}

let measuring: CanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | null {
  if (measuring === undefined) {
    try {
      measuring = document.createElement('canvas').getContext('2d');
    } catch {
      measuring = null;
    }
  }
  return measuring;
}

const fontOf = (style: CSSStyleDeclaration): string => `${style.fontStyle || 'normal'} ${style.fontWeight || '400'} ${style.fontSize || '14px'} ${style.fontFamily || 'sans-serif'}`;
const fontSizeOf = (style: CSSStyleDeclaration): number => parseFloat(style.fontSize) || 14;

function textWidth(text: string, style: CSSStyleDeclaration): number {
  const context = measuringContext();
  if (!context) return text.length * fontSizeOf(style) * 0.55;
  context.font = fontOf(style);
  return context.measureText(text).width;
}

/** Where the baseline sits in a box of the given height with the text centred in it, as text is in a line box. */
function baselineIn(boxHeight: number, style: CSSStyleDeclaration): number {
  const context = measuringContext();
  let ascent = fontSizeOf(style) * 0.92;
  let descent = fontSizeOf(style) * 0.24;
  if (context) {
    context.font = fontOf(style);
    const metrics = context.measureText('Hg');
    if (metrics.fontBoundingBoxAscent > 0) {
      ascent = metrics.fontBoundingBoxAscent;
      descent = metrics.fontBoundingBoxDescent;
    }
  }
  return (boxHeight - ascent - descent) / 2 + ascent;
}

function textAttributes(style: CSSStyleDeclaration): Attributes {
  return {
    fill: style.color || 'currentColor',
    'font-family': style.fontFamily || 'sans-serif',
    'font-size': style.fontSize || '14px',
    'font-weight': style.fontWeight || '400',
    ...(style.fontStyle && style.fontStyle !== 'normal' ? { 'font-style': style.fontStyle } : {}),
  };
}

/** Greedy word wrap to a width in pixels; a word longer than the width gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes an element's text as wrapped lines from `top`; returns where the text ends. */
function addParagraph(target: SVGElement, element: Element | null, x: number, top: number, maxWidth: number): number {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  if (!element || !text) return top;
  const style = getComputedStyle(element);
  const lineHeight = parseFloat(style.lineHeight) || fontSizeOf(style) * NORMAL_LINE_HEIGHT;
  let y = top;
  for (const line of wrapWords(text, maxWidth, (candidate) => textWidth(candidate, style))) {
    target.append(svgElement('text', { x, y: y + baselineIn(lineHeight, style), ...textAttributes(style) }, line));
    y += lineHeight;
  }
  return y;
}

/**
 * The words of adjacent text nodes (React writes `{name}: {amount}` as several) grouped into the
 * lines the page broke them into, each line with the box of its first word, so that each line
 * becomes one SVG text and keeps its spacing in any font.
 */
function textLines(nodes: readonly Text[]): { text: string; box: DOMRect }[] {
  const starts: number[] = [];
  let length = 0;
  for (const node of nodes) {
    starts.push(length);
    length += node.data.length;
  }
  /** The node and offset of a position in the joined text; an end position stays in the node it ends. */
  const locate = (position: number, isEnd: boolean): [Text, number] => {
    let index = nodes.length - 1;
    while (index > 0 && (isEnd ? (starts[index] ?? 0) >= position : (starts[index] ?? 0) > position)) index -= 1;
    const node = nodes[index] as Text;
    return [node, position - (starts[index] ?? 0)];
  };
  const range = document.createRange();
  const lines: { text: string; box: DOMRect }[] = [];
  for (const match of nodes.map((node) => node.data).join('').matchAll(/\S+/g)) {
    range.setStart(...locate(match.index, false));
    range.setEnd(...locate(match.index + match[0].length, true));
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const last = lines[lines.length - 1];
    if (last && Math.abs(box.top - last.box.top) < Math.max(2, box.height / 2)) last.text += ` ${match[0]}`;
    else lines.push({ text: match[0], box });
  }
  return lines;
}

const MARKERS: Readonly<Record<string, string>> = { disc: '•', circle: '◦', square: '▪' };

/** The marker the page draws before a list item ("3." or a bullet), or null. */
function listMarker(item: HTMLLIElement, style: CSSStyleDeclaration): string | null {
  if (style.display !== 'list-item' || style.listStyleType === 'none') return null;
  if (style.listStyleType !== 'decimal') return MARKERS[style.listStyleType] ?? null;
  const list = item.parentElement;
  const siblings = list ? [...list.children].filter((child) => child instanceof HTMLLIElement) : [item];
  const start = list instanceof HTMLOListElement && list.hasAttribute('start') ? list.start : 1;
  return `${start + siblings.indexOf(item)}.`;
}

function isTransparent(colour: string): boolean {
  return colour === '' || colour === 'transparent' || /rgba\([^)]*,\s*0(\.0*)?\s*\)$/.test(colour);
}

/** Copies what is inside the chart area into `target`; returns the lowest point drawn, in image units. */
function addChartArea(target: SVGElement, node: Node, place: Place, lowest = 0): number {
  if (!(node instanceof Element)) return lowest;
  if (typeof node.checkVisibility === 'function' && !node.checkVisibility({ visibilityProperty: true })) return lowest;
  const box = node.getBoundingClientRect();
  const [x, y] = place(box.left, box.top);
  if (node instanceof SVGSVGElement) {
    const width = box.width || Number(node.getAttribute('width')) || 0;
    const height = box.height || Number(node.getAttribute('height')) || 0;
    const clone = inlinedSvgClone(node);
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${rounded(width)} ${rounded(height)}`);
    for (const [key, value] of Object.entries({ x, y, width, height })) clone.setAttribute(key, rounded(value));
    target.append(clone);
    return Math.max(lowest, y + height);
  }
  if (node instanceof HTMLElement) {
    const style = getComputedStyle(node);
    if (!isTransparent(style.backgroundColor) && box.width > 0 && box.height > 0) {
      const opacity = style.opacity && style.opacity !== '1' ? { opacity: style.opacity } : {};
      target.append(svgElement('rect', { x, y, width: box.width, height: box.height, rx: parseFloat(style.borderTopLeftRadius) || 0, fill: style.backgroundColor, ...opacity }));
      lowest = Math.max(lowest, y + box.height);
    }
    const marker = node instanceof HTMLLIElement ? listMarker(node, style) : null;
    if (marker) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const first = range.getClientRects()[0] ?? box;
      const [, top] = place(first.left, first.top);
      target.append(svgElement('text', { x: x - fontSizeOf(style) * 0.3, y: top + baselineIn(first.height, style), 'text-anchor': 'end', ...textAttributes(style) }, marker));
    }
  }
  let run: Text[] = [];
  const writeRun = () => {
    if (run.some((text) => text.data.trim())) {
      const style = getComputedStyle(node);
      for (const line of textLines(run)) {
        const [x, y] = place(line.box.left, line.box.top);
        target.append(svgElement('text', { x, y: y + baselineIn(line.box.height, style), ...textAttributes(style) }, line.text));
        lowest = Math.max(lowest, y + line.box.height);
      }
    }
    run = [];
  };
  for (const child of node.childNodes) {
    if (child instanceof Text) {
      run.push(child);
      continue;
    }
    writeRun();
    lowest = addChartArea(target, child, place, lowest);
  }
  writeRun();
  return lowest;
}

/** The card (a `figure.chart` with its chart showing) as an SVG file. */
export function chartCardSvg(card: HTMLElement, background?: string): string {
  const body = card.querySelector<HTMLElement>('.chart-body');
  if (!body) throw new Error('Show the chart, not its table, to save it as an image.');
  const title = card.querySelector('h2');
  const subtitle = card.querySelector('.chart-subtitle');
  const cardBox = card.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  const laidOut = cardBox.width > 0;
  const width = laidOut ? Math.round(cardBox.width) : UNMEASURED_WIDTH_PX;
  const inset = laidOut ? bodyBox.left - cardBox.left : UNMEASURED_INSET_PX;
  const cardStyle = getComputedStyle(card);
  const fill = background ?? (isTransparent(cardStyle.backgroundColor) ? '#ffffff' : cardStyle.backgroundColor);

  const root = svgElement('svg', { 'font-family': cardStyle.fontFamily || 'sans-serif' });
  root.append(svgElement('title', {}, title?.textContent?.trim() ?? 'Chart'));
  const description = body.getAttribute('aria-label');
  if (description) root.append(svgElement('desc', {}, description));
  const backdrop = svgElement('rect', { x: 0, y: 0, width, height: 0, fill });
  root.append(backdrop);

  let y = addParagraph(root, title, inset, PADDING_TOP_PX, width - 2 * inset);
  y = addParagraph(root, subtitle, inset, y + SUBTITLE_GAP_PX, width - 2 * inset);
  const bodyTop = y + BODY_GAP_PX;
  const place: Place = (pageX, pageY) => [pageX - bodyBox.left + inset, pageY - bodyBox.top + bodyTop];
  const lowest = addChartArea(root, body, place, bodyTop + bodyBox.height);

  const height = Math.ceil(lowest + PADDING_BOTTOM_PX);
  backdrop.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svgFile(root, card);
}
