/**
 * A chart on screen as a standalone image: its SVG with the theme's colours written in (the page
 * uses CSS variables, which a file on its own would not have), and a PNG drawn from it at twice
 * the size for slides.
 */

const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

/** The chart's SVG as a self-contained file: resolved colours and fonts, a background, a size. */
export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sourceNodes = [svg, ...svg.querySelectorAll('*')];
  const cloneNodes = [clone, ...clone.querySelectorAll('*')];
  sourceNodes.forEach((source, index) => {
    const target = cloneNodes[index];
    if (!target || !(source instanceof SVGElement)) return;
    const computed = getComputedStyle(source);
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value && value !== 'normal') target.setAttribute(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  clone.insertBefore(backdrop, clone.firstChild);
  // Any colour still written as a CSS variable (in an attribute Recharts set) gets the page's value.
  const rootStyle = getComputedStyle(document.documentElement);
  const markup = new XMLSerializer().serializeToString(clone).replace(/var\((--[\w-]+)\)/g, (_match, name: string) => rootStyle.getPropertyValue(name).trim() || 'currentColor');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}

/** Draws SVG markup into a PNG at `scale` times its size. */
export async function svgToPng(markup: string, scale = 2): Promise<Uint8Array> {
  const size = /width="(\d+)" height="(\d+)"/.exec(markup);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 400);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
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
