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
 *   each as near as it can be to the x of the links it backs (rows packed so labels never meet).
 *   A link's edge carries its backing as a badge (项目2 平台1 区县2) and its backers' ids, so the
 *   canvas can light them up.
 * - Labels are wrapped (core/wrap.ts) and every row is as tall as its label, so no two labels
 *   overlap at any zoom. A node stands in one lane only: the first of industry, products,
 *   upstream, downstream that claims it.
 *
 * The layout runs in named phases, each in its own module: lanes, labels and columns
 * (chainLanes.ts), placing (chainPlace.ts), elements (chainElements.ts); the vocabulary they share
 * is in chainModel.ts.
 */
import type { Chain } from "../../../contract/api.js";
import type { GraphNode, NodeType } from "../../../contract/graph.js";
import { chainDividers, chainEdges, chainNodes, laneBoxes } from "./chainElements.js";
import { assignLanes, laneColumns, membersOf, wrapLabels } from "./chainLanes.js";
import { CHAIN_GEOMETRY, sidedLinks, type ChainLayout, type LinkSide } from "./chainModel.js";
import {
  createPlacer,
  placeBacking,
  placeIndustryBand,
  placeLinkedProducts,
  placeOuterProducts,
  placeUnlinkedProducts,
  type PlaceInput,
} from "./chainPlace.js";
import { messagesFor } from "./i18n/index.js";
import type { Lang } from "./names.js";

export { backingBadge } from "./chainElements.js";
export { feedLayers } from "./chainLanes.js";
export { backersOf, rowHeight, type ChainLayout, type LinkSide } from "./chainModel.js";
export { packRows } from "./chainPlace.js";

export function chainLayout(chain: Chain, lang: Lang, opts: { allProducts?: boolean } = {}): ChainLayout {
  const g = CHAIN_GEOMETRY;
  const byId = new Map<string, GraphNode>(chain.nodes.map((n) => [n.id, n]));
  const typeOf = (id: string): NodeType => byId.get(id)?.type ?? "Product";
  const links = sidedLinks(chain);

  const lane = assignLanes(chain, links, opts.allProducts ?? false);
  const labels = wrapLabels(lane, byId, lang);
  const columns = laneColumns(membersOf(lane, "products"), chain.internal, links);

  const input: PlaceInput = { chain, links, lane, typeOf, columns };
  const placer = createPlacer(input, (id) => labels.get(id)!.lines);
  const bandBottom = placeIndustryBand(placer, input);
  const y0 = bandBottom + g.bandGap;
  placeLinkedProducts(placer, input, y0);
  placeUnlinkedProducts(placer, input, y0);
  placeOuterProducts(placer, input, y0);
  const backingY = placeBacking(placer, input, y0);

  const hasBacking = membersOf(lane, "backing").length > 0;
  return {
    elements: { nodes: chainNodes(lane, labels, typeOf, chain.industry, placer.pos), edges: chainEdges(chain, links, lane, lang) },
    lanes: laneBoxes(columns, lang),
    dividers: chainDividers(bandBottom + g.bandGap / 2, hasBacking ? backingY : null, lang),
  };
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

/** The industries for the picker: pillar (支柱) ones first, then future (先导性) ones, each by plan order. */
export function sortIndustries<T extends Pick<GraphNode, "id" | "type" | "props">>(nodes: readonly T[]): T[] {
  const rank = (n: T) => (n.props.kind === "future" ? 1 : 0);
  const order = (n: T) => (typeof n.props.order === "number" ? n.props.order : Number.MAX_SAFE_INTEGER);
  return nodes
    .filter((n) => n.type === "Industry")
    .sort((a, b) => rank(a) - rank(b) || order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A gap in the side list: the link, its side, and why it is a gap in the interface language. */
export interface GapItem {
  edgeId: string;
  from: string;
  to: string;
  side: LinkSide;
  reason: string;
}

/**
 * The gaps in chain order (upstream, internal, downstream), each with its reason built here from
 * the link (the API's `reason` is English only): a product link has no project, platform or
 * district behind either product; an industry link's two industries share no key district and no
 * project of the other industry involves a product of this one.
 */
export function gapItems(chain: Chain, nameOf: (id: string) => string, lang: Lang): GapItem[] {
  const m = messagesFor(lang).chain;
  const byEdge = new Map(sidedLinks(chain).map((l) => [l.edgeId, l]));
  const order: LinkSide[] = ["upstream", "internal", "downstream"];
  return chain.gaps
    .map((g) => {
      const link = byEdge.get(g.edgeId);
      const side = link?.side ?? ("internal" as const);
      const [from, to, industry] = [nameOf(g.from), nameOf(g.to), nameOf(chain.industry)];
      const other = g.from === chain.industry ? to : from;
      const reason =
        link?.level === "industry" ? m.gapReasonIndustry(from, to, other, industry) : m.gapReasonProduct(from, to, industry);
      return { edgeId: g.edgeId, from: g.from, to: g.to, side, reason };
    })
    .sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side) || (a.edgeId < b.edgeId ? -1 : 1));
}
