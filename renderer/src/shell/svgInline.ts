/**
 * An SVG element on the page made ready to stand alone: a copy with its computed colours,
 * strokes and fonts written in as attributes (the page styles charts with CSS classes and
 * variables, which a file on its own would not have), and serialised with variables resolved.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties read from the page's computed style, each with its initial value. */
const PAINT_PROPERTIES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
};
const TEXT_PROPERTIES: Readonly<Record<string, string>> = {
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
const TEXT_ELEMENTS = new Set(['svg', 'text', 'tspan', 'textPath']);
/** Attributes that mean something on the page only (focus, roles, classes, inline styles). */
const PAGE_ONLY_ATTRIBUTES = /^(class|style|tabindex|role|focusable|aria-.*|data-.*)$/;

/**
 * A copy of an SVG element on the page with every colour, stroke and font written in as
 * attributes from the computed style, and classes, inline styles and page-only attributes gone.
 */
export function inlinedSvgClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sourceNodes = [svg, ...svg.querySelectorAll('*')];
  const cloneNodes = [clone, ...clone.querySelectorAll('*')];
  sourceNodes.forEach((source, index) => {
    const target = cloneNodes[index];
    if (!target) return;
    const computed = getComputedStyle(source);
    const write = (properties: Readonly<Record<string, string>>) => {
      for (const [property, initial] of Object.entries(properties)) {
        const value = computed.getPropertyValue(property).trim();
        if (value && value !== 'normal' && (value !== initial || target.hasAttribute(property))) target.setAttribute(property, value);
      }
    };
    write(PAINT_PROPERTIES);
    if (TEXT_ELEMENTS.has(source.localName)) write(TEXT_PROPERTIES);
    if (computed.display === 'none') target.setAttribute('display', 'none');
    for (const attribute of [...target.attributes]) {
      if (PAGE_ONLY_ATTRIBUTES.test(attribute.name)) target.removeAttribute(attribute.name);
    }
  });
  // Recharts leaves empty title and desc elements, which would name the file with nothing.
  for (const empty of clone.querySelectorAll('title, desc')) {
    if (!empty.textContent?.trim()) empty.remove();
  }
  return clone;
}

/** Markup with every `var(--name)` or `var(--name, fallback)` replaced by its value on `element` (or the page's root). */
export function resolveVariables(markup: string, element: Element): string {
  const styles = [getComputedStyle(element), getComputedStyle(document.documentElement)];
  const valueOf = (name: string) => styles.map((style) => style.getPropertyValue(name).trim()).find(Boolean);
  return markup.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_match, name: string, fallback: string | undefined) => valueOf(name) || fallback?.trim() || 'currentColor');
}

/** Serialises an SVG root as a file: an XML declaration, then the markup with variables resolved. */
export function svgFile(root: SVGSVGElement, styleSource: Element): string {
  const markup = resolveVariables(new XMLSerializer().serializeToString(root), styleSource);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
