/**
 * The title band and the legend band of an exported picture (core/exportLayout places them),
 * drawn on a canvas for the PNG or written as SVG elements for the SVG; the same text either way,
 * as text.
 */
import {
  EXPORT_FONT,
  EXPORT_INK,
  EXPORT_MUTED,
  EXPORT_PAPER,
  EXPORT_RULE,
  LEGEND_FONT,
  markPath,
  TITLE_FONT,
  type ExportLayout,
  type Measure,
} from "../../core/exportLayout.js";

const font = (px: number, weight = 400) => `${weight} ${px}px ${EXPORT_FONT}`;

let measuring: CanvasRenderingContext2D | null = null;

/** Text measured by the browser in the export font: the title's ellipsis falls where the glyphs end. */
export const canvasMeasure: Measure = (text, px, weight = 400) => {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return text.length * px;
  measuring.font = font(px, weight);
  return measuring.measureText(text).width;
};

/** Paper under everything, then the title and the legend (the view is drawn by the caller). */
export function drawBands(ctx: CanvasRenderingContext2D, layout: ExportLayout): void {
  ctx.fillStyle = EXPORT_PAPER;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  if (layout.title) {
    ctx.fillStyle = EXPORT_INK;
    ctx.font = font(TITLE_FONT, 600);
    ctx.fillText(layout.title.text, layout.title.x, layout.title.y);
  }
  const legend = layout.legend;
  if (!legend) return;
  ctx.fillStyle = EXPORT_RULE;
  ctx.fillRect(0, legend.y, layout.width, 1);
  if (legend.heading) {
    ctx.fillStyle = EXPORT_INK;
    ctx.font = font(LEGEND_FONT, 600);
    ctx.fillText(legend.heading.text, legend.heading.x, legend.heading.y);
  }
  ctx.font = font(LEGEND_FONT);
  for (const item of legend.items) {
    ctx.fillStyle = item.color;
    ctx.fill(new Path2D(markPath(item.mark, item.x, item.y)));
    ctx.fillStyle = EXPORT_MUTED;
    ctx.fillText(item.label, item.textX, item.y);
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The whole picture as one SVG: paper, the title as <text>, `view` (an <svg> of the view, placed
 * here at its band, on `background` when it has none of its own), the legend's marks as paths and
 * its words as <text>.
 */
export function svgWithBands(layout: ExportLayout, view: SVGSVGElement, lang: string, background?: string): SVGSVGElement {
  const doc = document;
  const root = el(doc, "svg", {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    "font-family": EXPORT_FONT,
    lang,
  }) as SVGSVGElement;
  root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", lang);
  root.appendChild(el(doc, "rect", { width: layout.width, height: layout.height, fill: EXPORT_PAPER }));
  if (layout.title) {
    const t = layout.title;
    root.appendChild(el(doc, "text", { x: t.x, y: t.y, "font-size": TITLE_FONT, "font-weight": 600, fill: EXPORT_INK, "dominant-baseline": "central" }, t.text));
  }
  if (background) root.appendChild(el(doc, "rect", { x: 0, y: layout.view.y, width: layout.view.width, height: layout.view.height, fill: background }));
  view.setAttribute("x", "0");
  view.setAttribute("y", String(layout.view.y));
  view.setAttribute("width", String(layout.view.width));
  view.setAttribute("height", String(layout.view.height));
  view.setAttribute("overflow", "hidden");
  root.appendChild(view);
  const legend = layout.legend;
  if (legend) {
    const g = el(doc, "g", { "font-size": LEGEND_FONT, "dominant-baseline": "central" });
    g.appendChild(el(doc, "rect", { x: 0, y: legend.y, width: layout.width, height: 1, fill: EXPORT_RULE }));
    if (legend.heading) g.appendChild(el(doc, "text", { x: legend.heading.x, y: legend.heading.y, "font-weight": 600, fill: EXPORT_INK }, legend.heading.text));
    for (const item of legend.items) {
      g.appendChild(el(doc, "path", { d: markPath(item.mark, item.x, item.y), fill: item.color }));
      g.appendChild(el(doc, "text", { x: item.textX, y: item.y, fill: EXPORT_MUTED }, item.label));
    }
    root.appendChild(g);
  }
  return root;
}
