/**
 * Map arithmetic for the district map. Pure: no React, no DOM, no d3.
 *
 * - A planar projection for Chongqing: equirectangular with the longitudes scaled by cos(φ₀)
 *   (φ₀ = the middle latitude of what is fitted, ≈ 30.2°N for the whole city), y pointing down,
 *   fitted to a width × height box. Over 4° of latitude the distortion is a few per cent — fine
 *   for a choropleth, and the rings' winding does not matter (unlike d3-geo's spherical paths).
 * - GeoJSON Polygon / MultiPolygon → SVG path strings.
 * - The choropleth: industries per district from the overlap matrix (or 0/1 for one industry),
 *   the legend's bins and their colours.
 * - Label anchors: the District node's lon/lat, else the largest ring's centroid (placement is
 *   core/mapLabels.ts).
 * - A ring layout for the industries of the map's graph layout, and zooming about a point.
 */
import type { DistrictOverlap, GeoGeometry } from "../../../contract/api.js";

export type { GeoCollection, GeoFeature } from "../../../contract/api.js";
export type Geometry = GeoGeometry;
type Ring = number[][];

/** [minLon, minLat, maxLon, maxLat]. */
export type LonLatBounds = [number, number, number, number];

export interface Point {
  x: number;
  y: number;
}

/** A screen rectangle: top-left corner, width and height. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Projection {
  (lon: number, lat: number): Point;
  /** Pixels per degree of latitude. */
  scale: number;
  /** cos(φ₀): the longitudes' scaling. */
  kx: number;
  invert(p: Point): [number, number];
}

/** The polygons of a geometry, each a list of rings (the first the exterior). */
export function polygonsOf(g: Geometry): Ring[][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

export function geometryBounds(g: Geometry): LonLatBounds {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const poly of polygonsOf(g))
    for (const ring of poly)
      for (const p of ring) {
        if (p[0] < x0) x0 = p[0];
        if (p[0] > x1) x1 = p[0];
        if (p[1] < y0) y0 = p[1];
        if (p[1] > y1) y1 = p[1];
      }
  return [x0, y0, x1, y1];
}

export function collectionBounds(features: readonly { geometry: Geometry }[]): LonLatBounds {
  const b: LonLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const g = geometryBounds(f.geometry);
    b[0] = Math.min(b[0], g[0]);
    b[1] = Math.min(b[1], g[1]);
    b[2] = Math.max(b[2], g[2]);
    b[3] = Math.max(b[3], g[3]);
  }
  return b;
}

/**
 * The projection that fits `bounds` centred in a `width`×`height` box with `padding` pixels
 * on every side (a number, or { x, y }); the box's top-left corner at `origin`.
 */
export function fitProjection(
  bounds: LonLatBounds,
  width: number,
  height: number,
  padding: number | { x: number; y: number } = 20,
  origin: { x: number; y: number } = { x: 0, y: 0 },
): Projection {
  const pad = typeof padding === "number" ? { x: padding, y: padding } : padding;
  const [lon0, lat0, lon1, lat1] = bounds;
  const phi = ((lat0 + lat1) / 2) * (Math.PI / 180);
  const kx = Math.cos(phi);
  const spanX = Math.max(1e-9, (lon1 - lon0) * kx);
  const spanY = Math.max(1e-9, lat1 - lat0);
  const availW = Math.max(1, width - 2 * pad.x);
  const availH = Math.max(1, height - 2 * pad.y);
  const scale = Math.min(availW / spanX, availH / spanY);
  const offX = origin.x + (width - spanX * scale) / 2;
  const offY = origin.y + (height - spanY * scale) / 2;
  const project = ((lon: number, lat: number): Point => ({
    x: offX + (lon - lon0) * kx * scale,
    y: offY + (lat1 - lat) * scale,
  })) as Projection;
  project.scale = scale;
  project.kx = kx;
  project.invert = ({ x, y }) => [lon0 + (x - offX) / (kx * scale), lat1 - (y - offY) / scale];
  return project;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** An SVG path (absolute M/L/Z, 0.1 px precision, repeated points dropped) for a geometry. */
export function geometryPath(g: Geometry, project: Projection): string {
  const parts: string[] = [];
  for (const poly of polygonsOf(g))
    for (const ring of poly) {
      let d = "";
      let last = "";
      let n = 0;
      for (const p of ring) {
        const q = project(p[0], p[1]);
        const xy = `${fmt(q.x)},${fmt(q.y)}`;
        if (xy === last) continue;
        d += (n === 0 ? "M" : "L") + xy;
        last = xy;
        n++;
      }
      if (n >= 3) parts.push(d + "Z");
    }
  return parts.join("");
}

/** Signed area and centroid (in degrees, planar) of one ring. */
function ringCentroid(ring: Ring): { area: number; lon: number; lat: number } {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const c = x0 * y1 - x1 * y0;
    a += c;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
  }
  if (Math.abs(a) < 1e-12) {
    const lon = ring.reduce((s, p) => s + p[0], 0) / Math.max(1, ring.length);
    const lat = ring.reduce((s, p) => s + p[1], 0) / Math.max(1, ring.length);
    return { area: 0, lon, lat };
  }
  return { area: a / 2, lon: cx / (3 * a), lat: cy / (3 * a) };
}

/** The centroid of the largest exterior ring (lon, lat): inside for the districts' shapes. */
export function geometryCentroid(g: Geometry): [number, number] {
  let best = { area: -1, lon: NaN, lat: NaN };
  for (const poly of polygonsOf(g)) {
    if (!poly[0]?.length) continue;
    const c = ringCentroid(poly[0]);
    if (Math.abs(c.area) > best.area) best = { ...c, area: Math.abs(c.area) };
  }
  return [best.lon, best.lat];
}

/** Even–odd point-in-polygon over every ring of the geometry. */
export function containsPoint(g: Geometry, lon: number, lat: number): boolean {
  let inside = false;
  for (const poly of polygonsOf(g))
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** Where a district's label goes: its node's lon/lat when it has them, else the centroid. */
export function labelAnchor(props: Record<string, unknown> | undefined, g: Geometry | undefined): [number, number] | null {
  const lon = Number(props?.lon);
  const lat = Number(props?.lat);
  if (props && props.lon != null && props.lat != null && Number.isFinite(lon) && Number.isFinite(lat)) return [lon, lat];
  if (g) return geometryCentroid(g);
  return null;
}

// ── the choropleth ──────────────────────────────────────────────────────────

/**
 * The value per district id: how many industries name it (row sums of the matrix), or, with
 * `industry`, 1 when that industry names it. Districts absent from the overlap are 0 (callers
 * default missing ids to 0).
 */
export function choroplethValues(overlap: DistrictOverlap, industry?: string | null): Map<string, number> {
  const out = new Map<string, number>();
  const col = industry ? overlap.industries.indexOf(industry) : -1;
  overlap.districts.forEach((d, i) => {
    const row = overlap.matrix[i] ?? [];
    out.set(d, industry ? (col >= 0 && row[col] ? 1 : 0) : row.reduce((s, v) => s + (v ? 1 : 0), 0));
  });
  return out;
}

export interface Bin {
  /** Inclusive bounds. */
  min: number;
  max: number;
  label: string;
  color: string;
}

/** Sequential teal scale (light → dark) after ColorBrewer's BuGn, plus a neutral "none". */
export const NONE_COLOR = "#f2f1ec";
const SEQ = ["#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#005824"];

/**
 * The legend's bins for values 0…`max`: "none" for 0, then up to 5 classes (one per integer
 * when they fit, else equal ranges). With `single` (the two labels, in the interface's
 * language), two bins: not named / key district.
 */
export function choroplethBins(max: number, single?: { none: string; named: string }): Bin[] {
  if (single)
    return [
      { min: 0, max: 0, label: single.none, color: NONE_COLOR },
      { min: 1, max: 1, label: single.named, color: SEQ[3] },
    ];
  const bins: Bin[] = [{ min: 0, max: 0, label: "0", color: NONE_COLOR }];
  const top = Math.max(1, Math.floor(max));
  const classes = Math.min(5, top);
  const step = top / classes;
  let lo = 1;
  for (let c = 0; c < classes; c++) {
    const hi = c === classes - 1 ? top : Math.max(lo, Math.round(step * (c + 1)));
    const color = SEQ[Math.round((c * (SEQ.length - 1)) / Math.max(1, classes - 1))];
    bins.push({ min: lo, max: hi, label: lo === hi ? `${lo}` : `${lo}–${hi}`, color });
    lo = hi + 1;
  }
  return bins;
}

/**
 * Bins for a similarity in [0, 1] (Jaccard): `none` (nothing shared) for 0, then five equal
 * ranges; a range holds values above its lower bound up to its upper one.
 */
export function similarityBins(none: string): Bin[] {
  const bins: Bin[] = [{ min: 0, max: 0, label: none, color: NONE_COLOR }];
  for (let c = 0; c < 5; c++) {
    const lo = c / 5;
    const hi = (c + 1) / 5;
    bins.push({ min: lo + 1e-9, max: hi, label: `${lo.toFixed(1)}–${hi.toFixed(1)}`, color: SEQ[c + 1] });
  }
  return bins;
}

export function binOf(value: number, bins: readonly Bin[]): Bin {
  for (const b of bins) if (value >= b.min && value <= b.max) return b;
  return value <= 0 ? bins[0] : bins[bins.length - 1];
}

// ── the graph layout over the map ───────────────────────────────────────────

/**
 * Industries on an ellipse around (cx, cy): each keeps the angular order of its districts'
 * mean position (fewer crossings), spaced evenly. Items without districts go last.
 */
export function ringLayout(
  items: readonly { id: string; points: readonly Point[] }[],
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  start = -Math.PI / 2,
): Map<string, Point & { angle: number }> {
  const withAngle = items.map((it) => {
    if (!it.points.length) return { id: it.id, a: Infinity };
    const mx = it.points.reduce((s, p) => s + p.x, 0) / it.points.length;
    const my = it.points.reduce((s, p) => s + p.y, 0) / it.points.length;
    let a = Math.atan2(my - cy, mx - cx) - start;
    while (a < 0) a += 2 * Math.PI;
    while (a >= 2 * Math.PI) a -= 2 * Math.PI;
    return { id: it.id, a };
  });
  withAngle.sort((p, q) => p.a - q.a || p.id.localeCompare(q.id));
  const out = new Map<string, Point & { angle: number }>();
  const n = withAngle.length;
  withAngle.forEach((it, i) => {
    const angle = start + (2 * Math.PI * (i + 0.5)) / Math.max(1, n);
    out.set(it.id, { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), angle });
  });
  return out;
}

/** Zoom about a screen point: the model point under (px, py) stays put. */
export function zoomAbout(
  t: { k: number; x: number; y: number },
  factor: number,
  px: number,
  py: number,
  minK = 0.5,
  maxK = 16,
): { k: number; x: number; y: number } {
  const k = Math.min(maxK, Math.max(minK, t.k * factor));
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

/**
 * A pan/zoom transform kept to the region: zoom within [minK, maxK] and a translation that keeps
 * the `width`×`height` view covered by the drawing (whose frame is that view at zoom 1), so
 * zooming out stops at the whole region and panning cannot push it off the frame.
 */
export function clampTransform(
  t: { k: number; x: number; y: number },
  width: number,
  height: number,
  minK = 1,
  maxK = 16,
): { k: number; x: number; y: number } {
  const k = Math.min(maxK, Math.max(minK, t.k));
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size - size * k, v));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}
