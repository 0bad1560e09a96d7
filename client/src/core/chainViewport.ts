/**
 * How the chain and path canvases stay legible: levels of detail by zoom (no label is ever drawn
 * under MIN_LABEL_PX on screen: lesser labels are hidden instead, industry labels grow), the
 * default zoom, and the view that brings a chosen link into the middle. Pure.
 */
import type { StylesheetJson } from "cytoscape";
import { fitBox, type Box, type Viewport } from "./viewport.js";

/** The smallest label a person reads without squinting, in screen pixels. */
export const MIN_LABEL_PX = 12;
/** The chain's node labels and link badges at zoom 1 (model px). */
export const NODE_FONT = 13;
export const BADGE_FONT = 12;

/**
 * Levels of detail, most detailed first; a level holds from its `minZoom` up to the previous one's.
 * - all: every label at its own size (badges need zoom 1, node labels 12/13);
 * - nodes: node labels, no badges;
 * - industries: industry labels alone, enlarged to stay legible (badges there would cover them);
 * - focus: the chain's own industry alone, enlarged.
 */
export const LOD_LEVELS = [
  { cls: "lod-all", minZoom: MIN_LABEL_PX / BADGE_FONT },
  { cls: "lod-nodes", minZoom: MIN_LABEL_PX / NODE_FONT },
  // 0.3: the whole chain of 集成电路 (55 products, 203 curated links in the plan) fits at about 0.35
  { cls: "lod-industries", minZoom: 0.3 },
  { cls: "lod-focus", minZoom: 0.25 },
] as const;
export type LodClass = (typeof LOD_LEVELS)[number]["cls"];
/** The chain canvas zooms out no further: the last level's labels would shrink below legibility. */
export const CHAIN_MIN_ZOOM = LOD_LEVELS[LOD_LEVELS.length - 1].minZoom;

export function lodClass(zoom: number): LodClass {
  return (LOD_LEVELS.find((l) => zoom >= l.minZoom - 1e-9) ?? LOD_LEVELS[LOD_LEVELS.length - 1]).cls;
}

/** A font size that renders at least MIN_LABEL_PX anywhere in a level (model px). */
export const lodFont = (minZoom: number) => Math.ceil(MIN_LABEL_PX / minZoom);

const HIDE = { label: "" } as const;
/** Labels shown on purpose whatever the level: hovered, selected, or marked by the view. */
const SHOWN = ["hover", "selected", "link-end", "backer"];

/** The stylesheet rules of the levels; they come after the base rules so that they win. */
export function lodStylesheet(): StylesheetJson {
  const [, nodes, industries, focus] = LOD_LEVELS;
  const shownAt = (cls: string, font: number) => ({
    selector: SHOWN.map((s) => `node.${cls}.${s}`).join(", "),
    style: { label: "data(label)", "font-size": font },
  });
  return [
    { selector: `edge.${nodes.cls}`, style: HIDE },
    { selector: `node.${industries.cls}, edge.${industries.cls}`, style: HIDE },
    { selector: `node.${industries.cls}[type = "Industry"]`, style: { label: "data(label)", "font-size": lodFont(industries.minZoom) } },
    shownAt(industries.cls, lodFont(industries.minZoom)),
    { selector: `node.${focus.cls}, edge.${focus.cls}`, style: HIDE },
    { selector: `node.${focus.cls}[role = "focus"]`, style: { label: "data(label)", "font-size": lodFont(focus.minZoom) } },
    shownAt(focus.cls, lodFont(focus.minZoom)),
  ];
}

/**
 * The default zoom's floor for a canvas `width` px wide: every label drawn at its own size (zoom 1)
 * where there is room; on a phone-sized canvas the node labels' level (badges hidden): the view
 * starts at the top left, on the upstream lane and the industry, the rest reached by panning
 * (fitted smaller, the lanes' labels would crowd and overlap).
 */
export function fitFloor(width: number): number {
  return width < 600 ? LOD_LEVELS[1].minZoom : LOD_LEVELS[0].minZoom;
}

/**
 * The view of a chosen link: the box of its two ends (model coordinates) in the middle of the
 * canvas, zoomed in to at least `floor` (labels legible) and at most 1.6 (it is not blown up).
 */
export function focusView(ends: Box, width: number, height: number, floor: number): Viewport {
  return fitBox(ends, width, height, { padding: Math.min(90, width / 6), minZoom: floor, maxZoom: 1.6 });
}

/** The box around points (a link's two ends). */
export function boxOf(points: readonly { x: number; y: number }[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x1 = Math.min(...xs);
  const y1 = Math.min(...ys);
  return { x1, y1, w: Math.max(...xs) - x1, h: Math.max(...ys) - y1 };
}
