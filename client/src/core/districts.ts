/**
 * The district view's pure logic (`?view=districts`): the district × industry matrix sorted and
 * with its margins, "districts like this one", industry co-location, the zones' spans and the key
 * links the map draws, the portfolio and co-location layouts, and the CSV exports. Works on the
 * API's `DistrictOverlap` (contract/api.ts); names come from a `nameOf(id)` the caller supplies.
 */
import type { DistrictOverlap } from "../../../contract/api.js";
import type { GraphEdge } from "../../../contract/graph.js";
import type { Point } from "./geo.js";

// ── URL state: mode and sort ────────────────────────────────────────────────

export const DISTRICT_MODES = ["map", "matrix", "graph"] as const;
export type DistrictMode = (typeof DISTRICT_MODES)[number];
export const DEFAULT_DISTRICT_MODE: DistrictMode = "map";

export function isDistrictMode(s: string): s is DistrictMode {
  return (DISTRICT_MODES as readonly string[]).includes(s);
}

/** How rows (districts) and columns (industries) are ordered: plan/API order, by name, or by total (most first). */
export type AxisSort = "order" | "name" | "total";
export interface MatrixSort {
  rows: AxisSort;
  cols: AxisSort;
}
export const DEFAULT_SORT: MatrixSort = { rows: "total", cols: "order" };
const AXIS_SORTS: readonly AxisSort[] = ["order", "name", "total"];
const isAxisSort = (s: string | undefined): s is AxisSort => !!s && (AXIS_SORTS as readonly string[]).includes(s);

/** `sort=<rows>,<cols>`, e.g. `name,total`; anything unknown falls back to the default of that axis. */
export function parseSort(value: string | null): MatrixSort {
  if (!value) return DEFAULT_SORT;
  const [rows, cols] = value.split(",").map((s) => s.trim());
  return { rows: isAxisSort(rows) ? rows : DEFAULT_SORT.rows, cols: isAxisSort(cols) ? cols : DEFAULT_SORT.cols };
}

/** "" for the default (omitted from the URL). */
export function formatSort(sort: MatrixSort): string {
  return sort.rows === DEFAULT_SORT.rows && sort.cols === DEFAULT_SORT.cols ? "" : `${sort.rows},${sort.cols}`;
}

/** The next sort of one axis when its header is clicked: name ⇄ total (from order, the given key). */
export function toggleAxis(current: AxisSort, key: "name" | "total"): AxisSort {
  return current === key ? (key === "name" ? "total" : "name") : key;
}

// ── the matrix ──────────────────────────────────────────────────────────────

export type NameOf = (id: string) => string;

const collator = new Intl.Collator("zh-CN");

export interface MatrixView {
  /** Row indices into overlap.districts, in display order. */
  rows: number[];
  /** Column indices into overlap.industries, in display order. */
  cols: number[];
  /** Industries per district (by overlap index). */
  rowTotals: number[];
  /** Districts per industry (by overlap index). */
  colTotals: number[];
  /** Filled cells. */
  total: number;
}

export function margins(overlap: Pick<DistrictOverlap, "matrix" | "industries">): { rowTotals: number[]; colTotals: number[]; total: number } {
  const rowTotals = overlap.matrix.map((row) => row.reduce((s, v) => s + (v ? 1 : 0), 0));
  const colTotals = overlap.industries.map((_, j) => overlap.matrix.reduce((s, row) => s + (row[j] ? 1 : 0), 0));
  return { rowTotals, colTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}

function order(ids: readonly string[], totals: number[], by: AxisSort, nameOf: NameOf, rank?: (id: string) => number): number[] {
  const idx = ids.map((_, i) => i);
  const byName = (a: number, b: number) => collator.compare(nameOf(ids[a]), nameOf(ids[b])) || a - b;
  const byOrder = (a: number, b: number) => (rank ? rank(ids[a]) - rank(ids[b]) : 0) || a - b;
  if (by === "name") return idx.sort(byName);
  if (by === "total") return idx.sort((a, b) => totals[b] - totals[a] || byOrder(a, b));
  return idx.sort(byOrder);
}

/**
 * The matrix in display order. `industryRank` gives the plan order of industries (pillar ones
 * first); without it the API's order is kept.
 */
export function matrixView(overlap: DistrictOverlap, sort: MatrixSort, nameOf: NameOf, industryRank?: (id: string) => number): MatrixView {
  const m = margins(overlap);
  return {
    rows: order(overlap.districts, m.rowTotals, sort.rows, nameOf),
    cols: order(overlap.industries, m.colTotals, sort.cols, nameOf, industryRank),
    ...m,
  };
}

/**
 * A column header for an industry: the part before 和/与 (新能源汽车和智能网联汽车 → 新能源汽车); an
 * English name cut at 20 characters (the full name is the header's label and tooltip).
 */
export function shortIndustryName(name: string): string {
  if (!/[\u3400-\u9fff]/.test(name)) {
    const head = name.split(/\s+(?:and|&)\s+|,\s*/)[0];
    const short = head.length >= 4 ? head : name;
    return short.length > 20 ? `${short.slice(0, 19).trimEnd()}…` : short;
  }
  const cut = name.split(/[和与]/)[0];
  return cut.length >= 2 ? cut : name;
}

/** The KEY_DISTRICT edge behind a cell (edge ids are `${type}:${source}->${target}`). */
export function keyDistrictEdgeId(industry: string, district: string): string {
  return `KEY_DISTRICT:${industry}->${district}`;
}

/** The industries of one district, in the overlap's column order. */
export function portfolio(overlap: DistrictOverlap, district: string): string[] {
  const d = overlap.districts.indexOf(district);
  if (d < 0) return [];
  return overlap.industries.filter((_, j) => overlap.matrix[d][j]);
}

// ── districts alike ─────────────────────────────────────────────────────────

export interface Alike {
  district: string;
  shared: string[];
  jaccard: number;
}

/** The other districts sharing at least one industry with `district`, most alike first (Jaccard, then shared count, then name). */
export function alikeFor(overlap: Pick<DistrictOverlap, "pairs">, district: string, nameOf: NameOf = (id) => id): Alike[] {
  return overlap.pairs
    .filter((p) => p.a === district || p.b === district)
    .map((p) => ({ district: p.a === district ? p.b : p.a, shared: p.shared, jaccard: p.jaccard }))
    .sort((x, y) => y.jaccard - x.jaccard || y.shared.length - x.shared.length || collator.compare(nameOf(x.district), nameOf(y.district)));
}

/** All pairs, most alike first (Jaccard, then shared count); the API's order breaks ties. */
export function rankedPairs(overlap: Pick<DistrictOverlap, "pairs">): DistrictOverlap["pairs"] {
  return overlap.pairs
    .map((p, i) => ({ p, i }))
    .sort((x, y) => y.p.jaccard - x.p.jaccard || y.p.shared.length - x.p.shared.length || x.i - y.i)
    .map((x) => x.p);
}

// ── industry co-location ────────────────────────────────────────────────────

export interface Colocation {
  a: string;
  b: string;
  /** The districts that carry both industries. */
  districts: string[];
  weight: number;
}

/** Industries linked by the districts they share (weight = how many), heaviest first. */
export function colocation(overlap: DistrictOverlap): Colocation[] {
  const out: Colocation[] = [];
  const { industries, districts, matrix } = overlap;
  for (let i = 0; i < industries.length; i++) {
    for (let j = i + 1; j < industries.length; j++) {
      const shared = districts.filter((_, d) => matrix[d][i] && matrix[d][j]);
      if (shared.length) out.push({ a: industries[i], b: industries[j], districts: shared, weight: shared.length });
    }
  }
  return out.sort((x, y) => y.weight - x.weight);
}

// ── on the map ──────────────────────────────────────────────────────────────

/** The districts each development zone spans (its OVERLAPS edges), by zone id. */
export function spannedBy(edges: readonly Pick<GraphEdge, "type" | "source" | "target">[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.type !== "OVERLAPS") continue;
    if (!out.has(e.source)) out.set(e.source, new Set());
    out.get(e.source)!.add(e.target);
  }
  return out;
}

export interface KeyLink {
  industry: string;
  district: string;
}

/** Every filled cell of the matrix as a link, row by row: the KEY_DISTRICT lines the map draws. */
export function keyLinks(overlap: DistrictOverlap): KeyLink[] {
  const out: KeyLink[] = [];
  overlap.districts.forEach((district, i) =>
    overlap.industries.forEach((industry, j) => {
      if (overlap.matrix[i]?.[j]) out.push({ industry, district });
    }),
  );
  return out;
}

/** `by=similar`: the map coloured by similarity to the chosen district (industry ids never read so). */
export const BY_SIMILARITY = "similar";

/**
 * Each district's Jaccard similarity to `district` (its pairs in the overlap), the district
 * itself 1, districts sharing nothing 0: the values of the similarity choropleth.
 */
export function similarityValues(overlap: Pick<DistrictOverlap, "districts" | "pairs">, district: string): Map<string, number> {
  const out = new Map(overlap.districts.map((d) => [d, d === district ? 1 : 0]));
  for (const p of overlap.pairs) {
    if (p.a === district) out.set(p.b, p.jaccard);
    else if (p.b === district) out.set(p.a, p.jaccard);
  }
  return out;
}

/**
 * The districts to outline for what is pointed at anywhere in the view: a district itself, or
 * an industry's key districts (a portfolio chip, a co-location node).
 */
export function outlined(overlap: DistrictOverlap, id: string | null): Set<string> {
  if (!id) return new Set();
  const j = overlap.industries.indexOf(id);
  if (j < 0) return new Set(overlap.districts.includes(id) ? [id] : []);
  return new Set(overlap.districts.filter((_, i) => overlap.matrix[i]?.[j]));
}

/** The language a name is written in, for its element's `lang`: Chinese when it holds a CJK character. */
export function nameLang(name: string): "zh" | "en" {
  return /[\u3400-\u9fff]/.test(name) ? "zh" : "en";
}

// ── layouts (preset positions for PresetCanvas) ─────────────────────────────

/** Evenly on a circle, the first at the top, clockwise; the radius grows with the count so neighbours keep `gap` apart. */
export function circlePositions(ids: readonly string[], gap = 110, minRadius = 140): Map<string, Point> {
  const n = ids.length;
  const r = Math.max(minRadius, (n * gap) / (2 * Math.PI));
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    out.set(id, { x: Math.round(r * Math.cos(a)), y: Math.round(r * Math.sin(a)) });
  });
  return out;
}

/** One node in the centre, the others on a circle round it. */
export function radialPositions(centre: string, others: readonly string[]): Map<string, Point> {
  const out = circlePositions(others, 120, 150);
  out.set(centre, { x: 0, y: 0 });
  return out;
}

/** Edge width for a co-location weight (1 → 1.5px, growing to 9px at `max`). */
export function weightWidth(weight: number, max: number): number {
  if (max <= 1) return 2;
  return Math.round((1.5 + ((weight - 1) / (max - 1)) * 7.5) * 10) / 10;
}

// ── CSV ─────────────────────────────────────────────────────────────────────

/** UTF-8 byte order mark: spreadsheet programs then read the Chinese names right. */
export const BOM = "\uFEFF";

/** One cell, always quoted, inner quotes doubled. */
export function csvCell(value: string | number): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** Rows to CSV text with a BOM, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The matrix as shown (rows and columns in display order), with the margins. */
export function matrixCsv(overlap: DistrictOverlap, view: MatrixView, nameOf: NameOf): string {
  const header = ["district", "district_id", ...view.cols.map((j) => nameOf(overlap.industries[j])), "industries"];
  const rows = view.rows.map((i) => [
    nameOf(overlap.districts[i]),
    overlap.districts[i],
    ...view.cols.map((j) => (overlap.matrix[i][j] ? 1 : 0)),
    view.rowTotals[i],
  ]);
  const foot = ["districts", "", ...view.cols.map((j) => view.colTotals[j]), view.total];
  return toCsv([header, ...rows, foot]);
}

/** The pairs, most alike first: both districts, Jaccard, shared count and the shared industries. */
export function pairsCsv(overlap: Pick<DistrictOverlap, "pairs">, nameOf: NameOf): string {
  const header = ["district_a", "district_b", "jaccard", "shared_count", "shared_industries"];
  const rows = rankedPairs(overlap).map((p) => [nameOf(p.a), nameOf(p.b), p.jaccard, p.shared.length, p.shared.map(nameOf).join("、")]);
  return toCsv([header, ...rows]);
}
