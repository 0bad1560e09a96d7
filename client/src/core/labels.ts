/**
 * Which node labels the overview draws, by priority: industries first, then the best-connected
 * nodes; a label whose box would overlap one already placed is hidden, and so is a label drawn
 * smaller than the density's minimum (small CJK text is unreadable). The canvas recomputes this
 * when a layout ends and when a zoom or pan ends. Pure: boxes in screen px in, ids to show out.
 */
import { textWidth } from "./textWidth.js";

/** No label is drawn smaller than this many px at the normal density. */
export const MIN_LABEL_PX = 10;

export const LABEL_DENSITIES = ["few", "normal", "all"] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];
export const DEFAULT_LABEL_DENSITY: LabelDensity = "normal";
export const isLabelDensity = (s: string): s is LabelDensity => (LABEL_DENSITIES as readonly string[]).includes(s);

/** How many labels fit on a canvas of this size without turning into a blob. */
export function labelBudget(width: number, height: number): number {
  return Math.max(12, Math.round((width * height) / 24000));
}

export interface DensityRule {
  /** Labels drawn smaller than this (screen px) are hidden. */
  minPx: number;
  /** At most this many labels. */
  budget: number;
  /** Hide a label that would overlap one of higher priority. */
  avoidOverlap: boolean;
}

/** "few": the largest labels only; "normal": a canvas-full, none overlapping; "all": every one. */
export function densityRule(density: LabelDensity, budget: number): DensityRule {
  switch (density) {
    case "few":
      return { minPx: 13, budget: Math.max(8, Math.round(budget / 3)), avoidOverlap: true };
    case "normal":
      return { minPx: MIN_LABEL_PX, budget, avoidOverlap: true };
    case "all":
      return { minPx: 0, budget: Infinity, avoidOverlap: false };
  }
}

/** A label's priority: industries above everything, then by degree, then by font size. */
export function labelPriority(type: string, degree: number, fontSize: number): number {
  return (type === "Industry" ? 1e6 : 0) + degree * 100 + fontSize;
}

/** A label's box on screen; higher `priority` is placed first. */
export interface LabelBox extends Body {
  /** The drawn font size (screen px). */
  px: number;
}

/**
 * The box of a label drawn under its node (the stylesheet's text-valign bottom), in
 * screen px: `at` the node's rendered centre, `size` and `fontSize` model px, `zoom` the scale.
 * Padded by the white outline drawn round the glyphs, and a little more.
 */
export function labelBox(
  id: string,
  label: string,
  at: { x: number; y: number },
  size: number,
  fontSize: number,
  zoom: number,
  priority: number,
): LabelBox {
  const px = fontSize * zoom;
  const lines = label.split("\n");
  // the estimate (core/textWidth.ts) runs a little short of the drawn glyphs: a tenth more, and the
  // 2 px white outline on each side
  const w = Math.max(...lines.map((l) => textWidth(l, px))) * 1.1 + 8;
  // measured in Chromium: the drawn label's box starts about where the node's circle ends
  const top = at.y + (size / 2) * zoom;
  return { id, x1: at.x - w / 2, y1: top - 3, x2: at.x + w / 2, y2: top + lines.length * px * 1.3 + 3, priority, px };
}

const overlaps = (a: Body, b: Body) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Grid cell size (px) of the spatial index: about one short label. */
const CELL = 80;

/**
 * A node's body on screen: no label may cover another node as important or more (a hub's label
 * may cover a leaf; a label never counts its own node).
 */
export interface Body {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  priority: number;
}

/**
 * The ids whose labels are drawn under `rule`, highest priority first (ties: by id, stable); a
 * label over the body of another node (`bodies`) is hidden too, when overlaps are avoided.
 */
export function placeLabels(boxes: readonly LabelBox[], rule: DensityRule, bodies: readonly Body[] = []): Set<string> {
  const order = boxes
    .filter((b) => b.px >= rule.minPx)
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shown = new Set<string>();
  const grid = new Map<string, Body[]>();
  const cells = (b: Body) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const put = (b: Body, keys: string[]) => {
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  };
  if (rule.avoidOverlap) for (const b of bodies) put(b, cells(b));
  for (const b of order) {
    if (shown.size >= rule.budget) break;
    const keys = cells(b);
    const blocks = (o: Body) => o.id !== b.id && o.priority >= b.priority && overlaps(o, b);
    if (rule.avoidOverlap && keys.some((k) => grid.get(k)?.some(blocks))) continue;
    shown.add(b.id);
    put(b, keys);
  }
  return shown;
}
