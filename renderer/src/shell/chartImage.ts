/**
 * A chart on screen as a standalone image: an SVG file with the theme's colours and fonts
 * written in (svgInline.ts), and a PNG drawn from it at twice the size for slides. A chart inside
 * a result card is exported with its card's title, subtitle and legend (chartCardImage.ts).
 */
import { chartCardSvg } from './chartCardImage';
import { inlinedSvgClone, svgFile, SVG_NS } from './svgInline';

/** The chart's SVG as a self-contained file: resolved colours and fonts, a background, a size. */
export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const card = svg.closest('figure.chart');
  if (card instanceof HTMLElement) return chartCardSvg(card, background);
  const clone = inlinedSvgClone(svg);
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  clone.insertBefore(backdrop, clone.firstChild);
  return svgFile(clone, document.documentElement);
}

/** The width and height written on an SVG file's root element. */
export function svgFileSize(markup: string): Readonly<{ width: number; height: number }> {
  const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (root.localName !== 'svg' || !(width > 0) || !(height > 0)) throw new Error('The chart image has no size, so it cannot be drawn.');
  return { width, height };
}

/** Draws SVG markup into a PNG at `scale` times its size. */
export async function svgToPng(markup: string, scale = 2): Promise<Uint8Array> {
  const { width, height } = svgFileSize(markup);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width * scale, height * scale);
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error('The browser could not read the chart as an image.');
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be turned into a PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The exceedance chart's SVG element on the page, if it is drawn. */
export function exceedanceSvg(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('[data-testid="exceedance-chart"] svg.recharts-surface');
}
