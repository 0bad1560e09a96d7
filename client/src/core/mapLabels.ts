/**
 * Labels of the district map, pure: a greedy placement that hides what would overlap at the
 * current zoom, and the two label layouts built on it — the main map's (screen-size constant at
 * any zoom, so boxes are measured in pixels and placed in model units) and the main-city inset's
 * (zoom 1, kept inside its frame). Zone markers block their spot, and each zone's name is placed
 * with the districts' labels. A label pushed off its anchor gets a leader line back to it.
 */
import type { Point, Rect } from "./geo.js";
import { textWidth } from "./textWidth.js";

export interface Box2 {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export function overlaps(a: Box2, b: Box2): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export interface LabelItem {
  id: string;
  x: number;
  y: number;
  /** Width and height in screen pixels. */
  w: number;
  h: number;
  /** Higher places first. */
  priority: number;
  /** More places to try, after the nudges round the anchor: offsets from it in screen pixels. */
  also?: readonly (readonly [number, number])[];
}
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  visible: boolean;
}

/**
 * Greedy placement at zoom `k` (model units × k = screen pixels): labels in priority order take
 * their anchor, or a nudge above / below / beside it, when that box overlaps no label placed
 * before (nor a `blocked` box) and stays `within` the given box; otherwise they are hidden at
 * this zoom. Positions are in model units.
 */
export function placeLabels(
  items: readonly LabelItem[],
  k: number,
  blocked: readonly Box2[] = [],
  within?: Box2,
): PlacedLabel[] {
  const placed: Box2[] = [...blocked];
  const byId = new Map<string, PlacedLabel>();
  const order = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const it of order) {
    const w = it.w / k;
    const h = it.h / k;
    const candidates: [number, number][] = [
      [0, 0],
      [0, -h],
      [0, h],
      [w * 0.6, 0],
      [-w * 0.6, 0],
      [w * 0.5, -h],
      [-w * 0.5, -h],
      [w * 0.5, h],
      [-w * 0.5, h],
      [0, -2 * h],
      [0, 2 * h],
    ];
    for (const [ax, ay] of it.also ?? []) candidates.push([ax / k, ay / k]);
    let done: PlacedLabel | null = null;
    for (const [dx, dy] of candidates) {
      const box: Box2 = { x0: it.x + dx - w / 2, y0: it.y + dy - h / 2, x1: it.x + dx + w / 2, y1: it.y + dy + h / 2 };
      if (within && (box.x0 < within.x0 || box.y0 < within.y0 || box.x1 > within.x1 || box.y1 > within.y1)) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      done = { id: it.id, x: it.x + dx, y: it.y + dy, visible: true };
      break;
    }
    byId.set(it.id, done ?? { id: it.id, x: it.x, y: it.y, visible: false });
  }
  return items.map((it) => byId.get(it.id)!);
}

// ── the map's labels ────────────────────────────────────────────────────────

/** 石柱土家族自治县 → 石柱县 (the usual short form on maps); other names as they are. */
export const mapName = (name: string) => name.replace(/^(.{2})(?:土家族|苗族)+自治县$/, "$1县");

/**
 * A district's English name as maps print it: without "District"/"County" and the autonomous
 * counties' peoples (Shizhu Tujia Autonomous County → Shizhu); a development zone as "… Zone"
 * (Chongqing Hi-tech Industrial Development Zone → Chongqing Hi-tech Zone).
 */
export const englishMapName = (nameEn: string) =>
  nameEn
    .replace(/\s+(?:(?:Tujia|Miao|and|Autonomous)\s+)*(?:District|County)$/, "")
    .replace(/\s+(?:Industrial|Economic and Technological)\s+Development Zone$/, " Zone");

/** Font sizes (px): districts some industry names, the others, and the inset's and zones' labels. */
export const LABEL_MAIN = 12;
export const LABEL_MINOR = 10;
export const LABEL_SMALL = 11;
/** The zone marker's count (px, styles/districtMap.css), the smallest text on the map. */
export const ZONE_COUNT = 9;
/** The smallest label a projector's audience can read (px): story mode scales every label to at least this. */
export const PROJECTOR_MIN = 16;
/** Story mode's font scale: the smallest label (LABEL_MINOR) becomes PROJECTOR_MIN. */
export const PROJECTOR_SCALE = PROJECTOR_MIN / LABEL_MINOR;

/**
 * How much the zone markers grow at `fontScale`: enough for their count to reach the scaled
 * smallest label too (it is smaller than any label, and sits inside the marker, so the marker
 * grows with it); unscaled at 1, so the explorer's map is as it was.
 */
export const markerScale = (fontScale: number) => (fontScale > 1 ? (fontScale * LABEL_MINOR) / ZONE_COUNT : 1);

/** A district as the labels see it: its id, name and label anchor (model units). */
export interface LabelledShape {
  id: string;
  name: string;
  at: Point;
}
/** A zone marker: its node and position (model units). */
export interface ZonePoint {
  node: { id: string; name: string };
  at: Point;
}

export interface DistrictLabel extends PlacedLabel {
  text: string;
  /** Font size in screen pixels. */
  fs: number;
  /** No industry names the district: drawn lighter. */
  minor: boolean;
  /** Drawn at all (the inset leaves out neighbours whose visible part cannot hold their name). */
  shown: boolean;
  /** From the anchor to the label, when the label was pushed off it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}
export interface MapLabels {
  /** Parallel to the shapes given. */
  districts: DistrictLabel[];
  /** Where each zone's name starts, in screen pixels from its marker; hidden where it fits nowhere. */
  zones: Map<string, Point & { visible: boolean }>;
  /** The centre of each industry's name on the ring, in screen pixels from its node; hidden where it fits nowhere. */
  ring: Map<string, Point & { visible: boolean }>;
  /** The zones' names' font size and the markers' scale (screen pixels; grown in story mode). */
  zoneFs: number;
  marker: number;
}

/** An industry's name beside its node on the ring: the node (model units) and the name's preferred centre offset and size (screen pixels). */
export interface RingName {
  id: string;
  at: Point;
  dx: number;
  dy: number;
  w: number;
  h: number;
  /** The other side of the node, where the name goes when its own side is taken (screen pixels). */
  flip: readonly [number, number];
}

interface Spec {
  id: string;
  at: Point;
  text: string;
  fs: number;
  priority: number;
  minor: boolean;
  shown: boolean;
  /** The label's anchor sits this far above the shape's (model units). */
  lift: number;
  /** How far short of the label's centre its leader stops (model units). */
  gap: number;
}

/**
 * Industry names on the ring (first, they name the graph), zone names beside their markers and
 * the districts' labels, placed together at zoom `k`: none overlaps another or a node of the ring.
 */
function layout(
  zones: readonly ZonePoint[],
  zonePriority: number,
  specs: readonly Spec[],
  k: number,
  within?: Box2,
  ring: readonly RingName[] = [],
  avoid: readonly Box2[] = [],
  fontScale = 1,
): MapLabels {
  // a zone marker is 16 px high, grown with the labels so its count stays as readable as they are
  const marker = markerScale(fontScale);
  const zoneFs = LABEL_SMALL * fontScale;
  const half = (at: Point, r: number) => ({ x0: at.x - r / k, y0: at.y - r / k, x1: at.x + r / k, y1: at.y + r / k });
  const blocked: Box2[] = [...zones.map(({ at }) => half(at, 8 * marker)), ...ring.map(({ at }) => half(at, 8))];
  blocked.push(...avoid);
  // a name whose node is off screen would float alone: it gets no room (and is hidden)
  const onScreen = (p: Point) => !within || (p.x >= within.x0 && p.x <= within.x1 && p.y >= within.y0 && p.y <= within.y1);
  const ringItems = ring.map((r) => ({
    id: r.id,
    x: r.at.x + r.dx / k,
    y: r.at.y + r.dy / k,
    w: onScreen(r.at) ? r.w : 1e9,
    h: r.h,
    priority: 2e6,
    also: [r.flip],
  }));
  const gap = 10 * marker;
  const zoneItems = zones.map(({ node, at }) => {
    const w = textWidth(node.name, zoneFs) + 2;
    return { id: node.id, x: at.x + (gap + w / 2) / k, y: at.y, w, h: 13 * fontScale, priority: zonePriority };
  });
  // boxes as drawn: glyphs a little taller than the font size (CJK), and the 3 px white halo round them
  const items = specs.map((s) => ({ id: s.id, x: s.at.x, y: s.at.y - s.lift, w: textWidth(s.text, s.fs) + 4, h: Math.ceil(s.fs * 1.2) + 3, priority: s.priority }));
  const placed = placeLabels([...ringItems, ...zoneItems, ...items], k, blocked, within);
  const z0 = ringItems.length;
  return {
    ring: new Map(ring.map((r, i) => [r.id, { x: (placed[i].x - r.at.x) * k, y: (placed[i].y - r.at.y) * k, visible: placed[i].visible }])),
    zones: new Map(zoneItems.map((z, i) => [z.id, { x: (placed[z0 + i].x - z.x) * k + gap, y: (placed[z0 + i].y - z.y) * k, visible: placed[z0 + i].visible }])),
    districts: specs.map((s, i) => {
      const p = placed[z0 + zoneItems.length + i];
      const moved = p.x !== s.at.x || p.y !== s.at.y - s.lift;
      const leader = s.shown && p.visible && moved ? { x1: s.at.x, y1: s.at.y, x2: p.x, y2: p.y + (s.at.y > p.y ? 1 : -1) * s.gap } : null;
      return { ...p, text: s.text, fs: s.fs, minor: s.minor, shown: s.shown, leader };
    }),
    zoneFs,
    marker,
  };
}

/**
 * The main map's labels at zoom `k`: districts some industry names first (bigger, by how many),
 * the selected one before all; zone names before them, and the industries' names on the `ring`
 * (the graph drawn over the map) before everything. With `lifted` (the graph over the map)
 * labels sit above their node. `view`: labels stay `within` the part of the map on screen and
 * off what covers it (`avoid`: the inset), all in model units; `fontScale` multiplies every
 * label's size (story mode's PROJECTOR_SCALE): bigger labels collide sooner, so fewer are shown.
 */
export function mainMapLabels(
  shapes: readonly LabelledShape[],
  zones: readonly ZonePoint[],
  counts: ReadonlyMap<string, number>,
  selected: string | null,
  k: number,
  lifted: boolean,
  ring: readonly RingName[] = [],
  view: { within?: Box2; avoid?: readonly Box2[]; fontScale?: number } = {},
): MapLabels {
  const scale = view.fontScale ?? 1;
  const specs = shapes.map((s): Spec => {
    const n = counts.get(s.id) ?? 0;
    const fs = (n > 0 ? LABEL_MAIN : LABEL_MINOR) * scale;
    const priority = (s.id === selected ? 1000 : 0) + n * 10 + (n > 0 ? 100 : 0);
    return { id: s.id, at: s.at, text: mapName(s.name), fs, priority, minor: n === 0, shown: true, lift: lifted ? 10 / k : 0, gap: fs / 2 / k };
  });
  return layout(zones, 100000, specs, k, view.within, ring, view.avoid, scale);
}

/**
 * The inset's labels (zoom 1) inside `frame` below its title: the core districts first, then by
 * how many industries name them; zone names after the selected district. Shapes not `labelled`
 * take no room from the others. `fontScale` as for the main map.
 */
export function insetMapLabels(
  shapes: readonly (LabelledShape & { core: boolean; labelled: boolean })[],
  zones: readonly ZonePoint[],
  counts: ReadonlyMap<string, number>,
  selected: string | null,
  frame: Rect,
  titleHeight: number,
  fontScale = 1,
): MapLabels {
  const fs = LABEL_SMALL * fontScale;
  const specs = shapes.map((s): Spec => {
    const n = counts.get(s.id) ?? 0;
    const priority = !s.labelled ? -1e6 : (s.core ? 100 : 0) + n * 10 + (s.id === selected ? 1000 : 0);
    return { id: s.id, at: s.at, text: mapName(s.name), fs, priority, minor: n === 0, shown: s.labelled, lift: 0, gap: fs / 2 + 0.5 };
  });
  const within = { x0: frame.x + 2, y0: frame.y + titleHeight, x1: frame.x + frame.w - 2, y1: frame.y + frame.h - 2 };
  return layout(zones, 50, specs, 1, within, [], [], fontScale);
}

/**
 * Where an industry's name goes beside its node on the ring: outward (right of the nodes on the
 * right half), flipped when it would leave the `width`-pixel view at screen x `sx`; above or
 * below the nodes at the top and bottom of the ring.
 */
/**
 * The ring's industry names as labels to place: each at its preferred side (ringLabel), its
 * centre offset from the node in screen pixels. `sx` maps a model x to the screen at zoom `k`.
 */
export function ringNames(
  ring: ReadonlyMap<string, Point & { angle: number }>,
  widthOf: (id: string) => number,
  k: number,
  panX: number,
  viewWidth: number,
  fs = 12,
): RingName[] {
  return [...ring].map(([id, at]) => {
    const w = widthOf(id) + 4;
    const l = ringLabel(at.angle, at.x * k + panX, w, viewWidth);
    const dx = l.anchor === "start" ? l.x + w / 2 : l.anchor === "end" ? l.x - w / 2 : 0;
    // ringLabel gives a baseline: the name's centre sits about a third of the font size above it
    const dy = l.y - fs * 0.35;
    const flip: readonly [number, number] = l.anchor === "middle" ? [0, -2 * dy] : [-2 * dx, 0];
    return { id, at, dx, dy, w, h: fs + 4, flip };
  });
}

export function ringLabel(angle: number, sx: number, textW: number, width: number): { anchor: "start" | "middle" | "end"; x: number; y: number } {
  if (Math.abs(Math.sin(angle)) > 0.97) return { anchor: "middle", x: 0, y: Math.sin(angle) < 0 ? -10 : 18 };
  let right = Math.cos(angle) >= 0;
  if (right && sx + 10 + textW > width - 4) right = false;
  else if (!right && sx - 10 - textW < 4) right = true;
  return right ? { anchor: "start", x: 10, y: 4 } : { anchor: "end", x: -10, y: 4 };
}
