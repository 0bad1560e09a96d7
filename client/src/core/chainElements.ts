/**
 * The chain layout's last phase (core/chainLayout.ts): from lanes, labels and positions to the
 * Cytoscape elements, the lane boxes and the band dividers the chain view draws. Pure.
 */
import type { Chain, ChainLink } from "../../../contract/api.js";
import type { EdgeType, NodeType } from "../../../contract/graph.js";
import { columnX, type ChainLabel, type LaneColumns } from "./chainLanes.js";
import {
  CHAIN_GEOMETRY,
  LANE_IDS,
  backersOf,
  chainNodeSize,
  type ChainElements,
  type ChainLayout,
  type Lane,
  type Place,
  type SidedLink,
} from "./chainModel.js";
import { messagesFor } from "./i18n/index.js";
import type { Lang } from "./names.js";

const LANE_TITLE = { upstream: "laneUpstream", industry: "laneIndustry", products: "laneProducts", downstream: "laneDownstream" } as const;

/** The backing of a link in a few characters; "" when nothing backs it. */
export function backingBadge(b: ChainLink["backing"], lang: Lang): string {
  const m = messagesFor(lang).chain;
  const parts: [number, (n: number) => string][] = [
    [b.projects.length, m.badgeProjects],
    [b.platforms.length, m.badgePlatforms],
    [b.districts.length, m.badgeDistricts],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => word(n))
    .join(" ");
}

/** The nodes in lane order; the chain's industry is the focus, drawn largest and on top. */
export function chainNodes(
  lane: ReadonlyMap<string, Place>,
  labels: ReadonlyMap<string, ChainLabel>,
  typeOf: (id: string) => NodeType,
  focusId: string,
  pos: ReadonlyMap<string, { x: number; y: number }>,
): ChainElements["nodes"] {
  return [...lane].map(([id, place]) => {
    const label = labels.get(id)!;
    const focus = id === focusId;
    const type = typeOf(id);
    return {
      group: "nodes" as const,
      data: {
        id,
        type,
        label: label.text,
        fullLabel: label.full,
        lines: label.lines,
        lane: place,
        size: chainNodeSize(type, focus),
        fontSize: focus ? 14 : CHAIN_GEOMETRY.fontSize,
        degree: focus ? 1000 : 0,
        role: focus ? ("focus" as const) : ("node" as const),
      },
      position: pos.get(id) ?? { x: 0, y: 0 },
    };
  });
}

/** The links, each with its side, gap mark, badge and backers; then the industry's HAS_DIRECTION edges. */
export function chainEdges(
  chain: Chain,
  links: readonly SidedLink[],
  lane: ReadonlyMap<string, Place>,
  lang: Lang,
): ChainElements["edges"] {
  const gapIds = new Set(chain.gaps.map((gp) => gp.edgeId));
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
        badge: gap ? messagesFor(lang).chain.badgeGap : backingBadge(l.backing, lang),
        backers: backersOf(l),
      },
      classes: `link link-${l.side}${gap ? " gap" : ""}`,
    };
  });
  const linkIds = new Set(links.map((l) => l.edgeId));
  const structure = chain.edges
    .filter((e) => e.type === "HAS_DIRECTION" && !linkIds.has(e.id))
    .filter((e) => lane.has(e.source) && lane.has(e.target) && lane.get(e.source) === "industry")
    .map((e) => ({
      group: "edges" as const,
      data: { id: e.id, type: e.type, source: e.source, target: e.target, badge: "", backers: [] },
      classes: "structure",
    }));
  return [...linkEdges, ...structure];
}

/** Each lane's title and extent, left to right. */
export function laneBoxes(columns: LaneColumns, lang: Lang): Lane[] {
  return LANE_IDS.map((id) => {
    const { x1, cols } = columns.lanes[id];
    const x2 = columnX(columns, id, cols - 1);
    return { id, title: messagesFor(lang).chain[LANE_TITLE[id]], x: (x1 + x2) / 2, x1, x2 };
  });
}

/** The lines across the lanes: over the product band, and over the backing band when there is one. */
export function chainDividers(productBandY: number, backingY: number | null, lang: Lang): ChainLayout["dividers"] {
  const m = messagesFor(lang).chain;
  const dividers: ChainLayout["dividers"] = [{ y: productBandY, title: m.bandProducts }];
  if (backingY !== null) dividers.push({ y: backingY - CHAIN_GEOMETRY.bandGap / 2, title: m.bandBacking });
  return dividers;
}
