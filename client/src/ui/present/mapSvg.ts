/**
 * The district map's SVG standing on its own: a copy with the stylesheet's effect written onto
 * each element (an SVG file or an <img> of it sees no page CSS), hidden parts left out; and an SVG
 * drawn as an image, for the PNG.
 */

/** The properties the map's stylesheet sets (styles/districtMap.css). */
const PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linejoin",
  "stroke-linecap",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "visibility",
] as const;
/** Not inherited: written whenever they are not the initial value. */
const OWN: Record<string, string> = { opacity: "1" };

function inlineStyles(source: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const cs = getComputedStyle(source);
  const style: string[] = [];
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && (!parent || parent.getPropertyValue(p) !== v)) style.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial) style.push(`${p}:${v}`);
  }
  if (style.length) copy.setAttribute("style", style.join(";"));
  else copy.removeAttribute("style");
  copy.removeAttribute("class");
  const from = [...source.children];
  const to = [...copy.children];
  from.forEach((child, i) => {
    const c = to[i];
    if (!c) return;
    if (getComputedStyle(child).display === "none") c.remove();
    else inlineStyles(child, c, cs);
  });
}

/**
 * A standalone copy of the map `svg` (`width` × `height` CSS px): styles inlined, no interactive
 * attributes; drawn at `pixelWidth` × `pixelHeight` when given (its viewBox keeps the drawing).
 */
export function standaloneMap(svg: SVGSVGElement, width: number, height: number, pixels?: { width: number; height: number }): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy, null);
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.setAttribute("width", String(pixels?.width ?? width));
  copy.setAttribute("height", String(pixels?.height ?? height));
  for (const a of ["role", "aria-label", "tabindex", "data-testid"]) copy.removeAttribute(a);
  copy.querySelectorAll("[tabindex],[role],[aria-label]").forEach((e) => {
    e.removeAttribute("tabindex");
    e.removeAttribute("role");
  });
  return copy;
}

/** An SVG document as a decoded image (a data URL: the page's CSP allows data: images). */
export async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const xml = new XMLSerializer().serializeToString(svg);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await img.decode();
  return img;
}
