/**
 * The chain layout's placing phase (core/chainLayout.ts): rows stacked in columns, every row as tall
 * as its label so that no two labels overlap at any zoom. The industry band on top, the product band
 * under it (columns by FEEDS layer, rows by barycentre), then the backing band, each backer as near
 * as it can be to the x of the links it backs. Pure.
 */
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { NodeType } from "../../../contract/graph.js";
import { columnX, membersOf, type LaneColumns } from "./chainLanes.js";
import { CHAIN_GEOMETRY, backersOf, chainNodeSize, rowHeight, type Place, type SidedLink } from "./chainModel.js";

type Point = { x: number; y: number };

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Order ids by a key (NaN last), ties by id: stable across re-imports. */
export function sortBy(ids: string[], key: (id: string) => number): string[] {
  return [...ids].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (Number.isNaN(ka) !== Number.isNaN(kb)) return Number.isNaN(ka) ? 1 : -1;
    if (!Number.isNaN(ka) && ka !== kb) return ka - kb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** What the placing steps read: the chain, its lanes and columns. */
export interface PlaceInput {
  chain: Chain;
  links: readonly SidedLink[];
  lane: ReadonlyMap<string, Place>;
  typeOf: (id: string) => NodeType;
  columns: LaneColumns;
}

/** The positions placed so far and the ways to place more. */
export interface Placer {
  readonly pos: Map<string, Point>;
  /** The height of a node's row: its size and its label's lines. */
  height(id: string): number;
  /** A placed node's y; NaN when not placed. */
  yOf(id: string): number;
  /** Stack ids downwards from y0 in a column; returns the y under the last. */
  stack(ids: string[], cx: number, y0: number): number;
  /** Like stack, but each as near the y it wants as the rows above it allow (NaN: right under them). */
  stackNear(ids: string[], cx: number, y0: number, want: (id: string) => number): number;
}

export function createPlacer(input: Pick<PlaceInput, "chain" | "typeOf">, lines: (id: string) => number): Placer {
  const pos = new Map<string, Point>();
  const size = (id: string) => chainNodeSize(input.typeOf(id), id === input.chain.industry);
  const height = (id: string) => rowHeight(size(id), lines(id));
  const stackNear = (ids: string[], cx: number, y0: number, want: (id: string) => number): number => {
    let y = y0;
    for (const id of ids) {
      const w = want(id);
      const top = Math.max(y, Number.isNaN(w) ? y : w - size(id) / 2);
      pos.set(id, { x: cx, y: top + size(id) / 2 });
      y = top + height(id);
    }
    return y;
  };
  return {
    pos,
    height,
    yOf: (id) => pos.get(id)?.y ?? NaN,
    stack: (ids, cx, y0) => stackNear(ids, cx, y0, () => NaN),
    stackNear,
  };
}

const isIndustry = (input: PlaceInput) => (id: string) => input.typeOf(id) === "Industry";

/**
 * The industry band, from y 0: upstream industries, the industry with its directions, downstream
 * industries. The directions share the band so that product links pass no node on their way.
 * Returns the band's bottom.
 */
export function placeIndustryBand(p: Placer, input: PlaceInput): number {
  const { chain, lane, columns } = input;
  const upInd = sortBy(membersOf(lane, "upstream").filter(isIndustry(input)), () => NaN);
  const downInd = sortBy(membersOf(lane, "downstream").filter(isIndustry(input)), () => NaN);
  const directions = sortBy(chain.directions.filter((d) => lane.get(d) === "industry"), () => NaN);
  return Math.max(
    p.stack(upInd, columnX(columns, "upstream", 0), 0),
    p.stack([chain.industry, ...directions], columnX(columns, "industry", 0), 0),
    p.stack(downInd, columnX(columns, "downstream", 0), 0),
  );
}

/**
 * The product lane from y0: linked products in columns by FEEDS layer. The first column puts the
 * busiest on top; each next column follows the rows of its predecessors; then the first column is
 * reordered by its successors' rows (those without successors last).
 */
export function placeLinkedProducts(p: Placer, input: PlaceInput, y0: number): void {
  const { chain, links, columns } = input;
  const x = (c: number) => columnX(columns, "products", c);
  const cols: string[][] = Array.from({ length: columns.productCols }, () => []);
  for (const id of linkedProducts(input)) cols[columns.layers.get(id)!].push(id);
  const preds = (id: string) => chain.internal.filter((l) => l.to === id).map((l) => l.from);
  const succs = (id: string) => chain.internal.filter((l) => l.from === id).map((l) => l.to);
  const degree = (id: string) => links.filter((l) => l.from === id || l.to === id).length;
  cols[0] = sortBy(cols[0], (id) => -degree(id));
  p.stack(cols[0], x(0), y0);
  for (let c = 1; c < columns.productCols; c++) {
    cols[c] = sortBy(cols[c], (id) => mean(preds(id).map(p.yOf)));
    p.stack(cols[c], x(c), y0);
  }
  if (columns.productCols > 1) p.stack(sortBy(cols[0], (id) => mean(succs(id).map(p.yOf))), x(0), y0);
}

function linkedProducts(input: PlaceInput): string[] {
  return membersOf(input.lane, "products").filter((id) => !input.columns.unlinked.includes(id));
}

/** Products in no link (allProducts): a grid under the linked ones, by id. */
export function placeUnlinkedProducts(p: Placer, input: PlaceInput, y0: number): void {
  const { unlinked, gridCols } = input.columns;
  if (!unlinked.length) return;
  const sorted = sortBy(unlinked, () => NaN);
  const top = Math.max(...linkedProducts(input).map((id) => p.yOf(id) + p.height(id)), y0) + CHAIN_GEOMETRY.groupGap;
  for (let c = 0; c < gridCols; c++) {
    p.stack(
      sorted.filter((_, i) => i % gridCols === c),
      columnX(input.columns, "products", c),
      top,
    );
  }
}

/** Upstream and downstream products, from y0: each near the products it feeds / is fed by. */
export function placeOuterProducts(p: Placer, input: PlaceInput, y0: number): void {
  const { links, lane, columns } = input;
  const partners = (id: string, side: "from" | "to") =>
    links.filter((l) => l[side] === id).map((l) => (side === "from" ? l.to : l.from));
  const upWant = (id: string) => mean(partners(id, "from").map(p.yOf));
  const downWant = (id: string) => mean(partners(id, "to").map(p.yOf));
  const notIndustry = (id: string) => !isIndustry(input)(id);
  const upProducts = membersOf(lane, "upstream").filter(notIndustry);
  const downProducts = membersOf(lane, "downstream").filter(notIndustry);
  p.stackNear(sortBy(upProducts, upWant), columnX(columns, "upstream", 0), y0, upWant);
  p.stackNear(sortBy(downProducts, downWant), columnX(columns, "downstream", 0), y0, downWant);
}

/**
 * The backing band under everything placed so far: projects, then platforms, then districts, each
 * near the mean x of the links it backs, rows packed so labels never meet. Returns the band's top.
 */
export function placeBacking(p: Placer, input: PlaceInput, y0: number): number {
  const { links, lane, typeOf, columns } = input;
  const backingY = Math.max(y0, ...[...p.pos].map(([id, q]) => q.y + p.height(id))) + CHAIN_GEOMETRY.bandGap;
  const backs = (id: string) => links.filter((l) => backersOf(l).includes(id));
  const linkX = (l: ChainLink) =>
    mean([p.pos.get(l.from)?.x ?? NaN, p.pos.get(l.to)?.x ?? NaN].filter((v) => !Number.isNaN(v)));
  const typeRank = (id: string) => ["Project", "Platform", "District"].indexOf(typeOf(id));
  const backingIds = membersOf(lane, "backing");
  const want = new Map(backingIds.map((id) => [id, mean(backs(id).map(linkX).filter((v) => !Number.isNaN(v)))]));
  const placed = packRows(
    sortBy(backingIds, (id) => typeRank(id) * 1e6 + (want.get(id) || 0)).map((id) => ({
      id,
      x: want.get(id) || 0,
      height: p.height(id),
    })),
    CHAIN_GEOMETRY.backingGap,
    columnX(columns, "upstream", 0),
  );
  for (const q of placed) p.pos.set(q.id, { x: q.x, y: backingY + q.y + chainNodeSize(typeOf(q.id), false) / 2 });
  return backingY;
}

/**
 * Place items in rows, each as near its wanted x as it can be: in the first row where it fits within
 * half a gap of that x, else in a new row; no two in a row closer than `gap`, none left of `minX`.
 * Rows are as tall as their tallest item. Returns x and the row's top y (0 for the first row).
 */
export function packRows(
  items: { id: string; x: number; height: number }[],
  gap: number,
  minX = -Infinity,
): { id: string; x: number; y: number; row: number }[] {
  const rows: { last: number; height: number; items: { id: string; x: number }[] }[] = [];
  for (const item of items) {
    const want = Math.max(minX, item.x);
    let row = rows.findIndex((r) => Math.max(want, r.last + gap) - want <= gap / 2);
    if (row < 0) {
      rows.push({ last: -Infinity, height: 0, items: [] });
      row = rows.length - 1;
    }
    const r = rows[row];
    const x = Math.max(want, r.last + gap);
    r.last = x;
    r.height = Math.max(r.height, item.height);
    r.items.push({ id: item.id, x });
  }
  const out: { id: string; x: number; y: number; row: number }[] = [];
  let y = 0;
  rows.forEach((r, i) => {
    for (const it of r.items) out.push({ ...it, y, row: i });
    y += r.height;
  });
  return out;
}
