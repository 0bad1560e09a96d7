/**
 * The chain view's picture of `GET /api/chains/:industryId`, as Cytoscape elements with preset
 * positions: swim lanes left to right. Pure (no Cytoscape), so it is unit-tested.
 *
 *   upstream        industry           products (FEEDS layers)      downstream
 *   ─────────       ────────           ────────────────────         ──────────
 *   industries  →   the industry   ─────────────────────────────→  industries
 *                   its directions
 *   ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─
 *   products    →                      p → q → r                →  products
 *   ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─
 *   backing: projects, platforms, districts, each under the links it backs
 *
 * - Two bands: the industry level (SUPPLIES links, between industries) on top, the product level
 *   (FEEDS links) below it, so that industry links never cross a product.
 * - Products: the industry's products that take part in a link (all of them with `allProducts`),
 *   in columns by their longest internal FEEDS path, rows ordered by their neighbours' rows
 *   (barycentre) to keep links short and straight.
 * - Backing: the projects, platforms and districts behind any link, in a band under the lanes,
 *   each as near as it can be to the x of the links it backs (rows packed so labels never meet). A link's edge carries its
 *   backing as a badge (项目2 平台1 区县2) and its backers' ids, so the canvas can light them up.
 * - Labels are wrapped (core/wrap.ts) and every row is as tall as its label, so no two labels
 *   overlap at any zoom. A node stands in one lane only: the first of industry, products,
 *   upstream, downstream that claims it.
 */
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { EdgeType, GraphNode, NodeType } from "../../../contract/graph.js";
import { displayName, nameFromId } from "./graphElements.js";
import type { Lang } from "./viewState.js";
import { wrapLabel } from "./wrap.js";

export type LaneId = "upstream" | "industry" | "products" | "downstream";
/** Where a node stands: a lane, or the backing band under them. */
export type Place = LaneId | "backing";
export type LinkSide = "upstream" | "internal" | "downstream";

export const LANE_TITLES: Record<LaneId, { zh: string; en: string }> = {
  upstream: { zh: "上游", en: "Upstream" },
  industry: { zh: "产业", en: "Industry" },
  products: { zh: "产品与技术", en: "Products" },
  downstream: { zh: "下游", en: "Downstream" },
};

export const BAND_TITLES = {
  products: { zh: "产品层（供应 FEEDS）", en: "Product level (FEEDS)" },
  backing: { zh: "支撑：项目 · 平台 · 区县", en: "Backing: projects · platforms · districts" },
} as const;

export const CHAIN_GEOMETRY = {
  fontSize: 13,
  lineHeight: 16,
  /** Columns of a wrapped label (a CJK character is 2): 7 characters. */
  labelCols: 14,
  /** Backing nodes' labels (long project names): 8 characters, 3 lines. */
  backingCols: 16,
  /** Horizontal distance between lanes, and between columns inside a lane. */
  laneGap: 175,
  columnGap: 140,
  /** Least distance between two backing nodes in a row (their labels are ≤ 8 characters). */
  backingGap: 125,
  /** Vertical space between one row's label and the next row's node. */
  rowGap: 14,
  /** Between the industry band and the product band. */
  bandGap: 40,
  /** Between groups inside a lane (industries/products, projects/platforms). */
  groupGap: 26,
} as const;

export interface ChainNodeData {
  id: string;
  type: NodeType;
  /** Wrapped ("\n" between lines). */
  label: string;
  fullLabel: string;
  lines: number;
  lane: Place;
  size: number;
  fontSize: number;
  /** Read by the shared stylesheet (z-index). */
  degree: number;
  /** "focus": the chain's industry. */
  role: "focus" | "node";
}

export interface ChainEdgeData {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  /** For links: which side of the chain; structure edges (HAS_DIRECTION, COVERS) have none. */
  side?: LinkSide;
  /** A link with nothing behind it. */
  gap?: boolean;
  /** The backing in a few characters ("项目2 平台1", "缺口"); "" for structure edges. */
  badge: string;
  /** Ids of the projects, platforms and districts behind the link. */
  backers: string[];
}

export interface ChainElements {
  nodes: { group: "nodes"; data: ChainNodeData; position: { x: number; y: number } }[];
  edges: { group: "edges"; data: ChainEdgeData; classes: string }[];
}

export interface Lane {
  id: LaneId;
  title: string;
  /** Centre x of the lane and its left/right edges (model coordinates). */
  x: number;
  x1: number;
  x2: number;
}

export interface ChainLayout {
  elements: ChainElements;
  lanes: Lane[];
  /** Lines across the lanes: where the product band and the backing band start. */
  dividers: { y: number; title: string }[];
}

export interface ChainSummary {
  upstream: number;
  internal: number;
  downstream: number;
  gaps: number;
}

export function chainSummary(chain: Pick<Chain, "upstream" | "internal" | "downstream" | "gaps">): ChainSummary {
  return {
    upstream: chain.upstream.length,
    internal: chain.internal.length,
    downstream: chain.downstream.length,
    gaps: chain.gaps.length,
  };
}

/** The backing of a link in a few characters; "" when nothing backs it. */
export function backingBadge(b: ChainLink["backing"], lang: Lang): string {
  const parts: [number, string, string][] = [
    [b.projects.length, "项目", "proj"],
    [b.platforms.length, "平台", "plat"],
    [b.districts.length, "区县", "dist"],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, zh, en]) => (lang === "zh" ? `${zh}${n}` : `${n} ${en}`))
    .join(" ");
}

const nodeSizeFor = (type: NodeType, focus: boolean) => (focus ? 38 : type === "Industry" ? 26 : 18);

/** Height a row takes: the node, the gap to its label, the label's lines, then the gap to the next. */
export function rowHeight(size: number, lines: number): number {
  const g = CHAIN_GEOMETRY;
  return size + 4 + lines * g.lineHeight + g.rowGap;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Order ids by a key (NaN last), ties by id: stable across re-imports. */
function sortBy(ids: string[], key: (id: string) => number): string[] {
  return [...ids].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (Number.isNaN(ka) !== Number.isNaN(kb)) return Number.isNaN(ka) ? 1 : -1;
    if (!Number.isNaN(ka) && ka !== kb) return ka - kb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
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

export function chainLayout(chain: Chain, lang: Lang, opts: { allProducts?: boolean } = {}): ChainLayout {
  const g = CHAIN_GEOMETRY;
  const byId = new Map<string, GraphNode>(chain.nodes.map((n) => [n.id, n]));
  const typeOf = (id: string): NodeType => byId.get(id)?.type ?? "Product";
  const I = chain.industry;
  const P = new Set(chain.products);
  const links: (ChainLink & { side: LinkSide })[] = [
    ...chain.upstream.map((l) => ({ ...l, side: "upstream" as const })),
    ...chain.internal.map((l) => ({ ...l, side: "internal" as const })),
    ...chain.downstream.map((l) => ({ ...l, side: "downstream" as const })),
  ];

  // ── who stands in which lane ──
  const lane = new Map<string, Place>([[I, "industry"]]);
  for (const d of chain.directions) lane.set(d, "industry");
  const claim = (id: string, l: Place) => {
    if (!lane.has(id)) lane.set(id, l);
  };
  for (const l of links) for (const id of [l.from, l.to]) if (P.has(id)) claim(id, "products");
  if (opts.allProducts) for (const p of chain.products) claim(p, "products");
  for (const l of chain.upstream) claim(l.from, "upstream");
  for (const l of chain.downstream) claim(l.to, "downstream");
  // Every link end has a lane now; one that somehow has not goes downstream.
  for (const l of links) for (const id of [l.from, l.to]) claim(id, "downstream");
  const backers = new Set<string>();
  for (const l of links) for (const id of backersOf(l)) backers.add(id);
  for (const id of backers) claim(id, "backing");

  const members = (l: Place) => [...lane].filter(([, v]) => v === l).map(([id]) => id);
  const isIndustry = (id: string) => typeOf(id) === "Industry";

  // ── labels ──
  const wrapped = new Map<string, { text: string; lines: number; full: string }>();
  for (const id of lane.keys()) {
    const node = byId.get(id);
    const full = node ? displayName(node, lang) : nameFromId(id);
    const w = wrapLabel(full, lane.get(id) === "backing" ? g.backingCols : g.labelCols, 3);
    wrapped.set(id, { ...w, full });
  }
  const height = (id: string) => rowHeight(nodeSizeFor(typeOf(id), id === I), wrapped.get(id)!.lines);

  // ── x: lanes and the product columns ──
  const productIds = members("products");
  const layers = feedLayers(productIds, chain.internal);
  const productCols = Math.max(1, ...[...layers.values()].map((v) => v + 1));
  const unlinked = productIds.filter((id) => !links.some((l) => l.from === id || l.to === id));
  const gridCols = unlinked.length ? Math.max(productCols, 2) : productCols;
  const backingIds = members("backing");

  const laneXs: Record<LaneId, { x1: number; cols: number }> = {} as never;
  let x = 0;
  for (const [id, cols] of [
    ["upstream", 1],
    ["industry", 1],
    ["products", gridCols],
    ["downstream", 1],
  ] as [LaneId, number][]) {
    laneXs[id] = { x1: x, cols };
    x += (cols - 1) * g.columnGap + g.laneGap;
  }
  const colX = (l: LaneId, col: number) => laneXs[l].x1 + col * g.columnGap;

  const pos = new Map<string, { x: number; y: number }>();
  /** Stack ids downwards from y0 in a column; returns the y under the last. */
  const stack = (ids: string[], cx: number, y0: number): number => {
    let y = y0;
    for (const id of ids) {
      const size = nodeSizeFor(typeOf(id), id === I);
      pos.set(id, { x: cx, y: y + size / 2 });
      y += height(id);
    }
    return y;
  };
  const yOf = (id: string) => pos.get(id)?.y ?? NaN;
  /** Like stack, but each as near the y it wants as the rows above it allow (NaN: right under them). */
  const stackNear = (ids: string[], cx: number, y0: number, want: (id: string) => number): number => {
    let y = y0;
    for (const id of ids) {
      const size = nodeSizeFor(typeOf(id), id === I);
      const w = want(id);
      const top = Math.max(y, Number.isNaN(w) ? y : w - size / 2);
      pos.set(id, { x: cx, y: top + size / 2 });
      y = top + height(id);
    }
    return y;
  };

  // ── the industry band ──
  const upInd = sortBy(members("upstream").filter(isIndustry), () => NaN);
  const downInd = sortBy(members("downstream").filter(isIndustry), () => NaN);
  // The industry and its directions share the top band: product links then pass no node on their way.
  const directions = sortBy(chain.directions.filter((d) => lane.get(d) === "industry"), () => NaN);
  const bandBottom = Math.max(
    stack(upInd, colX("upstream", 0), 0),
    stack([I, ...directions], colX("industry", 0), 0),
    stack(downInd, colX("downstream", 0), 0),
  );
  const bandY = bandBottom + g.bandGap / 2;
  const y0 = bandBottom + g.bandGap;

  // ── the product band ──
  const linked = productIds.filter((id) => !unlinked.includes(id));
  const cols: string[][] = Array.from({ length: productCols }, () => []);
  for (const id of linked) cols[layers.get(id)!].push(id);
  const preds = (id: string) => chain.internal.filter((l) => l.to === id).map((l) => l.from);
  const succs = (id: string) => chain.internal.filter((l) => l.from === id).map((l) => l.to);
  // First column: products with more links first keep the busy ones near the top; the others by
  // the rows of their predecessors, then the first column again by its successors.
  const degree = (id: string) => links.filter((l) => l.from === id || l.to === id).length;
  cols[0] = sortBy(cols[0], (id) => -degree(id));
  let bottom = stack(cols[0], colX("products", 0), y0);
  for (let c = 1; c < productCols; c++) {
    cols[c] = sortBy(cols[c], (id) => mean(preds(id).map(yOf)));
    bottom = Math.max(bottom, stack(cols[c], colX("products", c), y0));
  }
  if (productCols > 1) {
    cols[0] = sortBy(cols[0], (id) => mean(succs(id).map(yOf)));
    // Keep the previous order for those without successors: restack the whole column.
    stack(cols[0], colX("products", 0), y0);
  }
  // Products in no link (allProducts): a grid under the linked ones.
  if (unlinked.length) {
    const sorted = sortBy(unlinked, () => NaN);
    const top = Math.max(...linked.map((id) => yOf(id) + height(id)), y0) + g.groupGap;
    for (let c = 0; c < gridCols; c++) stack(sorted.filter((_, i) => i % gridCols === c), colX("products", c), top);
  }

  // Upstream and downstream products: near the products they feed / are fed by.
  const upProducts = members("upstream").filter((id) => !isIndustry(id));
  const downProducts = members("downstream").filter((id) => !isIndustry(id));
  const partners = (id: string, side: "from" | "to") =>
    links.filter((l) => l[side] === id).map((l) => (side === "from" ? l.to : l.from));
  const upWant = (id: string) => mean(partners(id, "from").map(yOf));
  const downWant = (id: string) => mean(partners(id, "to").map(yOf));
  stackNear(sortBy(upProducts, upWant), colX("upstream", 0), y0, upWant);
  stackNear(sortBy(downProducts, downWant), colX("downstream", 0), y0, downWant);

  // ── backing: a band under the lanes, each node near the links it backs ──
  const bottomOfLanes = Math.max(y0, ...[...pos].map(([id, p]) => p.y + height(id)));
  const backingY = bottomOfLanes + g.bandGap;
  const backs = (id: string) => links.filter((l) => backersOf(l).includes(id));
  const linkX = (l: ChainLink) => mean([pos.get(l.from)?.x ?? NaN, pos.get(l.to)?.x ?? NaN].filter((v) => !Number.isNaN(v)));
  const typeRank = (id: string) => ["Project", "Platform", "District"].indexOf(typeOf(id));
  const want = new Map(backingIds.map((id) => [id, mean(backs(id).map(linkX).filter((v) => !Number.isNaN(v)))]));
  const placed = packRows(
    sortBy(backingIds, (id) => typeRank(id) * 1e6 + (want.get(id) || 0)).map((id) => ({ id, x: want.get(id) || 0, height: height(id) })),
    g.backingGap,
    colX("upstream", 0),
  );
  for (const p of placed) pos.set(p.id, { x: p.x, y: backingY + p.y + nodeSizeFor(typeOf(p.id), false) / 2 });

  // ── elements ──
  const nodes = [...lane.keys()].map((id) => {
    const w = wrapped.get(id)!;
    const focus = id === I;
    const type = typeOf(id);
    return {
      group: "nodes" as const,
      data: {
        id,
        type,
        label: w.text,
        fullLabel: w.full,
        lines: w.lines,
        lane: lane.get(id)!,
        size: nodeSizeFor(type, focus),
        fontSize: focus ? 14 : g.fontSize,
        degree: focus ? 1000 : 0,
        role: focus ? ("focus" as const) : ("node" as const),
      },
      position: pos.get(id) ?? { x: 0, y: 0 },
    };
  });
  const gapIds = new Set(chain.gaps.map((gp) => gp.edgeId));
  const shown = new Set(lane.keys());
  const linkEdges = links.map((l) => {
    const gap = gapIds.has(l.edgeId);
    return {
      group: "edges" as const,
      data: {
        id: l.edgeId,
        type: (l.level === "industry" ? "SUPPLIES" : "FEEDS") as EdgeType,
        source: l.from,
        target: l.to,
        side: l.side,
        gap,
        badge: gap ? (lang === "zh" ? "缺口" : "gap") : backingBadge(l.backing, lang),
        backers: backersOf(l),
      },
      classes: `link link-${l.side}${gap ? " gap" : ""}`,
    };
  });
  const linkIds = new Set(links.map((l) => l.edgeId));
  const structure = chain.edges
    .filter((e) => e.type === "HAS_DIRECTION" && !linkIds.has(e.id))
    .filter((e) => shown.has(e.source) && shown.has(e.target) && lane.get(e.source) === "industry")
    .map((e) => ({
      group: "edges" as const,
      data: { id: e.id, type: e.type, source: e.source, target: e.target, badge: "", backers: [] },
      classes: "structure",
    }));

  const lanes: Lane[] = (Object.keys(laneXs) as LaneId[]).map((id) => {
    const { x1, cols } = laneXs[id];
    const x2 = colX(id, cols - 1);
    return { id, title: LANE_TITLES[id][lang], x: (x1 + x2) / 2, x1, x2 };
  });
  const dividers: { y: number; title: string }[] = [{ y: bandY, title: BAND_TITLES.products[lang] }];
  if (backingIds.length) dividers.push({ y: backingY - g.bandGap / 2, title: BAND_TITLES.backing[lang] });
  return { elements: { nodes, edges: [...linkEdges, ...structure] }, lanes, dividers };
}

/** The industries for the picker: pillar (支柱) ones first, then future (先导性) ones, each by plan order. */
export function sortIndustries<T extends Pick<GraphNode, "id" | "type" | "props">>(nodes: readonly T[]): T[] {
  const rank = (n: T) => (n.props.kind === "future" ? 1 : 0);
  const order = (n: T) => (typeof n.props.order === "number" ? n.props.order : Number.MAX_SAFE_INTEGER);
  return nodes
    .filter((n) => n.type === "Industry")
    .sort((a, b) => rank(a) - rank(b) || order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Links (of any side) with their gap reason, for the side list: the gaps in chain order. */
export function gapItems(chain: Chain): { edgeId: string; from: string; to: string; reason: string; side: LinkSide }[] {
  const side = new Map<string, LinkSide>();
  for (const l of chain.upstream) side.set(l.edgeId, "upstream");
  for (const l of chain.internal) side.set(l.edgeId, "internal");
  for (const l of chain.downstream) side.set(l.edgeId, "downstream");
  const order: LinkSide[] = ["upstream", "internal", "downstream"];
  return chain.gaps
    .map((g) => ({ ...g, side: side.get(g.edgeId) ?? ("internal" as const) }))
    .sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side) || (a.edgeId < b.edgeId ? -1 : 1));
}

export function backersOf(l: Pick<ChainLink, "backing">): string[] {
  return [...l.backing.projects, ...l.backing.platforms, ...l.backing.districts];
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
