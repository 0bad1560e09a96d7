/**
 * What picture the view on screen has, for the exports: the current Cytoscape canvas
 * (`window.__cy`), or the district map's SVG on the districts view; and its legend, as the
 * canvas styles its nodes or as the map's legend reads on screen.
 */
import type { Core } from "cytoscape";
import type { NodeType } from "../../../../contract/graph.js";
import { viewOfQuery } from "../../core/exportNames.js";
import { nodeLegend, type Legend, type LegendItem } from "../../core/exportLayout.js";
import { messagesFor } from "../../core/i18n/index.js";
import { isLang, type Lang } from "../../core/names.js";
import { NODE_THEME } from "../../core/theme.js";
import { canvasLayers, type Layers } from "./canvasLayers.js";

export type ViewSource =
  | { kind: "canvas"; cy: Core; width: number; height: number; background: string; layers: Layers }
  | { kind: "map"; svg: SVGSVGElement; width: number; height: number; background: string };

/** The view has nothing to draw (the reader, a table, the matrix): the message says so. */
export class NoPictureError extends Error {
  constructor(lang: Lang) {
    super(messagesFor(lang).exporting.noPicture);
    this.name = "NoPictureError";
  }
}

/** The interface language on screen (App keeps <html lang> on it). */
export function pageLang(): Lang {
  const l = document.documentElement.lang;
  return isLang(l) ? l : "zh";
}

/** The first opaque background colour from `el` up, white when every one is transparent. */
export function backgroundOf(el: Element | null): string {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== "transparent" && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return "#ffffff";
}

function mapOnScreen(): SVGSVGElement | null {
  const svg = document.querySelector<SVGSVGElement>('svg[data-testid="district-map"]');
  return svg && svg.isConnected && svg.clientWidth > 0 ? svg : null;
}

function canvasOnScreen(): Core | null {
  const cy = window.__cy;
  const el = cy?.container();
  return cy && el && el.isConnected && cy.width() > 0 && cy.height() > 0 ? cy : null;
}

/** The picture of the view on screen; NoPictureError when it has none. */
export function findViewSource(lang: Lang = pageLang()): ViewSource {
  const onDistricts = viewOfQuery(location.search) === "districts";
  const svg = mapOnScreen();
  const cy = canvasOnScreen();
  if (svg && (onDistricts || !cy)) {
    return { kind: "map", svg, width: svg.clientWidth, height: svg.clientHeight, background: backgroundOf(svg) };
  }
  if (cy) {
    const el = cy.container()!;
    return { kind: "canvas", cy, width: cy.width(), height: cy.height(), background: backgroundOf(el), layers: canvasLayers(el) };
  }
  throw new NoPictureError(lang);
}

/** The nodes drawn inside the viewport (not the frame of unconnected nodes), as the legend needs them. */
function nodesInView(cy: Core): { type: NodeType; color?: string }[] {
  const ext = cy.extent();
  const out: { type: NodeType; color?: string }[] = [];
  cy.nodes().forEach((n) => {
    const type = n.data("type") as NodeType;
    if (!(type in NODE_THEME) || n.data("group") || !n.visible() || Number(n.style("opacity")) === 0) return;
    const bb = n.boundingBox({ includeLabels: false });
    if (bb.x2 < ext.x1 || bb.x1 > ext.x2 || bb.y2 < ext.y1 || bb.y1 > ext.y2) return;
    const color = n.data("color");
    out.push({ type, color: typeof color === "string" ? color : undefined });
  });
  return out;
}

/** The map's legend as it reads on screen: what the colours say, their bins, the zone marker. */
function mapLegend(svg: SVGSVGElement, lang: Lang): Legend {
  const root = svg.closest(".dmap-wrap") ?? document;
  const box = root.querySelector('[data-testid="map-legend"]');
  const items: LegendItem[] = [];
  box?.querySelectorAll(".dmap-bins li").forEach((li) => {
    const swatch = li.querySelector(".dmap-swatch");
    items.push({ mark: "square", color: swatch ? getComputedStyle(swatch).backgroundColor : "#cccccc", label: li.textContent?.trim() ?? "" });
  });
  const zone = box?.querySelector(".dmap-legend-zone");
  if (zone) items.push({ mark: "zone", color: zone.querySelector("path")?.getAttribute("fill") ?? "#c2571a", label: zone.textContent?.trim() ?? "" });
  if (svg.getAttribute("data-mode") === "graph") {
    const t = NODE_THEME.Industry;
    items.push({ mark: t.shape, color: t.color, label: lang === "zh" ? t.labelZh : t.label });
  }
  const heading = box?.querySelector('[data-testid="map-legend-title"]')?.textContent?.trim();
  return { heading: heading || undefined, items };
}

export function viewLegend(source: ViewSource, lang: Lang): Legend {
  return source.kind === "canvas" ? nodeLegend(nodesInView(source.cy), lang) : mapLegend(source.svg, lang);
}
