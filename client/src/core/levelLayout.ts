/**
 * The industry level's picture, computed rather than simulated, so the same state opens on the same
 * picture: the industries on an ellipse in the plan's order (pillar industries, then the future
 * ones, each by its number), spaced so that no two industries' names overlap; every other node
 * (the districts, a selected node) inside the ring near the industries it links, the ones shared by
 * many towards the centre, pushed apart by a fixed number of deterministic steps. Pure.
 */
import type { GraphData, GraphNode } from "../../../contract/graph.js";
import { textWidth } from "./textWidth.js";
import { fitBox, type Viewport } from "./viewport.js";

export type Point = { x: number; y: number };

/** What the canvas draws of a node: its label (lines split by "\n"), diameter and font size (model px). */
export interface LevelMark {
  label: string;
  size: number;
  fontSize: number;
}

/** The order of the industries round the ring: pillar industries first, then the future ones. */
const KIND_RANK: Record<string, number> = { pillar: 0, future: 1 };

const prop = (n: GraphNode, key: string): unknown => n.props?.[key];

export function industryOrder(a: GraphNode, b: GraphNode): number {
  const kind = (n: GraphNode) => KIND_RANK[String(prop(n, "kind"))] ?? 2;
  const order = (n: GraphNode) => Number(prop(n, "order")) || 0;
  return kind(a) - kind(b) || order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** A node with its label under it (as the stylesheet draws it), round (0, 0), padded by `gap`. */
export function markBox(m: LevelMark, gap = 0): Box {
  const lines = m.label.split("\n");
  const w = Math.max(m.size, ...lines.map((l) => textWidth(l, m.fontSize) * 1.1 + 8));
  return { x1: -w / 2 - gap, x2: w / 2 + gap, y1: -m.size / 2 - gap, y2: m.size / 2 + lines.length * m.fontSize * 1.3 + 6 + gap };
}

const at = (b: Box, p: Point): Box => ({ x1: b.x1 + p.x, x2: b.x2 + p.x, y1: b.y1 + p.y, y2: b.y2 + p.y });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Room kept between two industries' boxes (model px). */
const GAP = 14;
/** The nearest two other nodes come (model px), centre to centre. */
const OTHER_SPACING = 64;
const STEPS = 80;

/** The padding (screen px) round the picture when the canvas fits it (levelViewport). */
export const LEVEL_PADDING = 16;
/** Room (screen px) left at the top of the canvas for the toolbar over it. */
export const LEVEL_TOP = 44;
/** No industry's name is drawn smaller than this (screen px) by levelViewport. */
export const LEVEL_MIN_PX = 12;

/**
 * Industries on the smallest ellipse of width/height ratio `a` on which no two industries' boxes
 * meet, and the box round them all (labels included).
 */
function ring(boxes: readonly Box[], a: number): { points: Point[]; box: Box } {
  const on = (s: number) =>
    boxes.map((_, i) => {
      const t = -Math.PI / 2 + (2 * Math.PI * i) / boxes.length;
      return { x: Math.round(s * a * Math.cos(t)), y: Math.round(s * Math.sin(t)) };
    });
  const clash = (ps: Point[]) => ps.some((p, i) => ps.some((q, k) => k > i && overlap(at(boxes[i], p), at(boxes[k], q))));
  let s = 60;
  let points = on(s);
  while (boxes.length > 1 && clash(points) && s < 20000) points = on((s = Math.round(s * 1.01 + 1)));
  const placed = boxes.map((b, i) => at(b, points[i]));
  const box = {
    x1: Math.min(0, ...placed.map((b) => b.x1)),
    x2: Math.max(0, ...placed.map((b) => b.x2)),
    y1: Math.min(0, ...placed.map((b) => b.y1)),
    y2: Math.max(0, ...placed.map((b) => b.y2)),
  };
  return { points, box };
}

/**
 * Positions for every node of `graph` (the industry level) on a `width`×`height` canvas: of the
 * ellipses from upright to wide, the one that lets the canvas draw the names largest.
 */
export function levelPositions(graph: GraphData, marks: ReadonlyMap<string, LevelMark>, width: number, height: number): Map<string, Point> {
  const mark = (id: string): LevelMark => marks.get(id) ?? { label: "", size: 20, fontSize: 12 };
  const industries = graph.nodes.filter((n) => n.type === "Industry").sort(industryOrder);
  const out = new Map<string, Point>();
  const boxes = industries.map((n) => markBox(mark(n.id), GAP / 2));
  const w = Math.max(1, width - 2 * LEVEL_PADDING);
  const h = Math.max(1, height - LEVEL_TOP - 2 * LEVEL_PADDING);
  let best: { points: Point[]; box: Box; zoom: number } | null = null;
  for (let a = 0.5; a <= 2.3; a += 0.1) {
    const r = ring(boxes, a);
    const zoom = Math.min(w / Math.max(1, r.box.x2 - r.box.x1), h / Math.max(1, r.box.y2 - r.box.y1));
    if (!best || zoom > best.zoom + 1e-9) best = { ...r, zoom };
  }
  const points = best?.points ?? [];
  const s = best ? Math.max(best.box.y2, -best.box.y1) : 100;
  industries.forEach((n, i) => out.set(n.id, points[i]));

  // the other nodes: at the mean of the industries they link, drawn in towards the centre
  const links = new Map<string, string[]>();
  const link = (x: string, y: string) => links.set(x, [...(links.get(x) ?? []), y]);
  for (const e of graph.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const others = graph.nodes.filter((n) => !out.has(n.id)).sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const pos = others.map((n, i) => {
    const placed = (links.get(n.id) ?? []).map((id) => out.get(id)).filter((p): p is Point => Boolean(p));
    if (!placed.length) return { x: 0, y: s * 0.15 * ((i % 3) - 1) };
    const c = placed.reduce((acc, p) => ({ x: acc.x + p.x / placed.length, y: acc.y + p.y / placed.length }), { x: 0, y: 0 });
    return { x: c.x * 0.62, y: c.y * 0.62 };
  });
  const ib = industries.map((n, i) => at(markBox(mark(n.id), 6), points[i]));
  for (let step = 0; step < STEPS; step++) {
    for (let i = 0; i < pos.length; i++) {
      for (let k = i + 1; k < pos.length; k++) {
        const dx = pos[k].x - pos[i].x;
        const dy = pos[k].y - pos[i].y;
        const d = Math.hypot(dx, dy);
        if (d >= OTHER_SPACING) continue;
        // coincident: apart along a direction fixed by the pair
        const [ux, uy] = d > 0.01 ? [dx / d, dy / d] : [Math.cos(i + k), Math.sin(i + k)];
        const push = (OTHER_SPACING - d) / 2;
        pos[i] = { x: pos[i].x - ux * push, y: pos[i].y - uy * push };
        pos[k] = { x: pos[k].x + ux * push, y: pos[k].y + uy * push };
      }
      // out of an industry and its name, towards the centre
      const r = mark(others[i].id).size / 2;
      for (const b of ib) {
        const p = pos[i];
        if (p.x + r <= b.x1 || p.x - r >= b.x2 || p.y + r <= b.y1 || p.y - r >= b.y2) continue;
        const d = Math.hypot(p.x, p.y) || 1;
        pos[i] = { x: p.x - (p.x / d) * 12, y: p.y - (p.y / d) * 12 };
      }
    }
  }
  others.forEach((n, i) => out.set(n.id, { x: Math.round(pos[i].x), y: Math.round(pos[i].y) }));
  return out;
}

/**
 * The viewport that shows the industry level: the whole picture (`box`, labels included), unless
 * that draws the smallest industry name (`minFont`, model px) under LEVEL_MIN_PX; then as large as
 * that, the top of the ring in view (a phone: the rest is a pan away).
 */
/** Above this many industries the level opens on the whole ring, not on legible names. */
export const LEVEL_LEGIBLE_INDUSTRIES = 60;

export function levelViewport(
  box: { x1: number; y1: number; w: number; h: number },
  width: number,
  height: number,
  minFont: number,
  industries = 0,
): Viewport {
  const fit = fitBox(box, width, height - LEVEL_TOP, { padding: LEVEL_PADDING, minZoom: 0.01, maxZoom: 1.5 });
  const legible = LEVEL_MIN_PX / Math.max(1, minFont);
  // Many plans' industries (hundreds) cannot all be read at once anyway: the whole ring, whose
  // names come as the reader zooms in, says more than a legible corner of it.
  if (fit.zoom >= legible || industries > LEVEL_LEGIBLE_INDUSTRIES) return { zoom: fit.zoom, pan: { x: fit.pan.x, y: fit.pan.y + LEVEL_TOP } };
  const cx = box.x1 + box.w / 2;
  // a little too small: centred, a little cut at both ends; far too small: the top of the ring
  const top = fit.zoom < 0.8 * legible ? LEVEL_TOP + LEVEL_PADDING - box.y1 * legible : LEVEL_TOP + (height - LEVEL_TOP) / 2 - (box.y1 + box.h / 2) * legible;
  return { zoom: legible, pan: { x: width / 2 - cx * legible, y: top } };
}
