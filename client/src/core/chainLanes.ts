/**
 * The chain layout's first phases (core/chainLayout.ts): who stands in which lane, each node's
 * wrapped label, and the lanes' columns (the product lane has one per FEEDS layer). Pure.
 */
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { CHAIN_GEOMETRY, LANE_IDS, backersOf, type LaneId, type Place, type SidedLink } from "./chainModel.js";
import { displayName, nameFromId, type Lang } from "./names.js";
import { wrapLabel } from "./wrap.js";

/**
 * Phase 1: each node's lane. A node stands in one lane only: the first of industry, products,
 * upstream, downstream that claims it; the links' backers stand in the backing band. The map's
 * order (the order of claims) is the order of the nodes in the elements.
 */
export function assignLanes(chain: Chain, links: readonly SidedLink[], allProducts: boolean): Map<string, Place> {
  const products = new Set(chain.products);
  const lane = new Map<string, Place>([[chain.industry, "industry"]]);
  for (const d of chain.directions) lane.set(d, "industry");
  const claim = (id: string, l: Place) => {
    if (!lane.has(id)) lane.set(id, l);
  };
  for (const l of links) for (const id of [l.from, l.to]) if (products.has(id)) claim(id, "products");
  if (allProducts) for (const p of chain.products) claim(p, "products");
  for (const l of chain.upstream) claim(l.from, "upstream");
  for (const l of chain.downstream) claim(l.to, "downstream");
  // Every link end has a lane now; one that somehow has not goes downstream.
  for (const l of links) for (const id of [l.from, l.to]) claim(id, "downstream");
  for (const l of links) for (const id of backersOf(l)) claim(id, "backing");
  return lane;
}

/** The ids standing in one lane (or the backing band), in lane order. */
export function membersOf(lane: ReadonlyMap<string, Place>, place: Place): string[] {
  return [...lane].filter(([, v]) => v === place).map(([id]) => id);
}

export interface ChainLabel {
  /** Wrapped ("\n" between lines). */
  text: string;
  lines: number;
  full: string;
}

/** Phase 2: every node's label, wrapped to its lane's width (backing labels are wider). */
export function wrapLabels(
  lane: ReadonlyMap<string, Place>,
  byId: ReadonlyMap<string, GraphNode>,
  lang: Lang,
): Map<string, ChainLabel> {
  const g = CHAIN_GEOMETRY;
  const labels = new Map<string, ChainLabel>();
  for (const [id, place] of lane) {
    const node = byId.get(id);
    const full = node ? displayName(node, lang) : nameFromId(id);
    labels.set(id, { ...wrapLabel(full, place === "backing" ? g.backingCols : g.labelCols, 3), full });
  }
  return labels;
}

/** Longest-path layers of the internal FEEDS among `ids` (cycles cut after ids.length rounds). */
export function feedLayers(ids: string[], links: { from: string; to: string }[]): Map<string, number> {
  const layer = new Map(ids.map((id) => [id, 0]));
  const inner = links.filter((l) => layer.has(l.from) && layer.has(l.to) && l.from !== l.to);
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const l of inner) {
      const want = layer.get(l.from)! + 1;
      if (want > layer.get(l.to)! && want < ids.length) {
        layer.set(l.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return layer;
}

export interface LaneColumns {
  /** Each lane's left x and its number of columns, left to right. */
  lanes: Record<LaneId, { x1: number; cols: number }>;
  /** The linked products' FEEDS layer: their column in the product lane. */
  layers: Map<string, number>;
  /** Columns the linked products take. */
  productCols: number;
  /** Products in no link (shown with `allProducts`) and the columns of their grid. */
  unlinked: string[];
  gridCols: number;
}

/** Phase 3: the lanes' columns and x; the product lane is as wide as its FEEDS layers. */
export function laneColumns(productIds: string[], internal: ChainLink[], links: readonly SidedLink[]): LaneColumns {
  const g = CHAIN_GEOMETRY;
  const layers = feedLayers(productIds, internal);
  const productCols = Math.max(1, ...[...layers.values()].map((v) => v + 1));
  const unlinked = productIds.filter((id) => !links.some((l) => l.from === id || l.to === id));
  const gridCols = unlinked.length ? Math.max(productCols, 2) : productCols;
  const lanes = {} as LaneColumns["lanes"];
  let x = 0;
  for (const id of LANE_IDS) {
    const cols = id === "products" ? gridCols : 1;
    lanes[id] = { x1: x, cols };
    x += (cols - 1) * g.columnGap + g.laneGap;
  }
  return { lanes, layers, productCols, unlinked, gridCols };
}

/** The x of a column of a lane. */
export function columnX(columns: Pick<LaneColumns, "lanes">, lane: LaneId, col: number): number {
  return columns.lanes[lane].x1 + col * CHAIN_GEOMETRY.columnGap;
}
