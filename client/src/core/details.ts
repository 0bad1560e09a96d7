/** What the details panel lists for a node: its edges grouped by type and direction. Pure. */
import type { EdgeType, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";
import { displayName, nameFromId, type Lang } from "./names.js";

export type Direction = "out" | "in";

export interface EdgeItem {
  edge: GraphEdge;
  otherId: string;
  otherName: string;
  otherType: NodeType | null;
}

export interface EdgeGroup {
  type: EdgeType;
  direction: Direction;
  items: EdgeItem[];
}

/**
 * Groups in contract edge-type order, outgoing before incoming; items keep the server's order
 * (the plan's order). A self-loop is listed once, as outgoing.
 */
export function groupEdges(
  nodeId: string,
  edges: readonly GraphEdge[],
  lookup: (id: string) => GraphNode | undefined,
  lang: Lang,
): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const edge of edges) {
    const direction: Direction = edge.source === nodeId ? "out" : "in";
    if (direction === "in" && edge.target !== nodeId) continue; // not incident
    const otherId = direction === "out" ? edge.target : edge.source;
    const other = lookup(otherId);
    const key = `${edge.type}|${direction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: edge.type, direction, items: [] }));
    group.items.push({
      edge,
      otherId,
      otherName: other ? displayName(other, lang) : nameFromId(otherId),
      otherType: other?.type ?? null,
    });
  }
  const rank = (g: EdgeGroup) => EDGE_TYPES.indexOf(g.type) * 2 + (g.direction === "out" ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** A property value as text: lists joined with the Chinese enumeration comma. */
export function formatProp(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join("、");
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toLocaleString("en");
  return String(value);
}
