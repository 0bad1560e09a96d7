/** What the details panel lists for a node: its edges grouped by type and direction. Pure. */
import type { EdgeType, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";
import { displayName, displayNameLang, nameFromId, type Lang } from "./names.js";

export type Direction = "out" | "in";

export interface EdgeItem {
  edge: GraphEdge;
  otherId: string;
  otherName: string;
  /** The language of `otherName` (core/names.ts). */
  otherLang: string;
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
      otherLang: other ? displayNameLang(other, lang) : "zh",
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

/**
 * The properties a person reads, in this order; anything else is internal (`lostHeading`, `pinyin`,
 * ids, offsets) and not shown.
 */
export const SHOWN_PROPS = [
  "kind", "clusterTier", "box", "order", "industry", "platformType", "category", "role", "year", "value",
  "unit", "qualifier", "period", "adcode", "lon", "lat", "aliases", "description", "item", "items",
  "mentions", "section", "note", "nameEnSource", "sourceFile",
] as const;

export interface PropRow {
  key: string;
  label: string;
  value: string;
  /** The language the value is written in, when it is words (for the `lang` attribute). */
  lang: "zh" | "en" | null;
}

const CJK = /[\u3400-\u9fff]/;
/** The language a text is written in: Chinese if it holds a CJK character, English if a word of Latin letters. */
export function textLang(s: string): "zh" | "en" | null {
  if (CJK.test(s)) return "zh";
  return /[A-Za-z]{2,}/.test(s) ? "en" : null;
}

/** The shown properties, labelled and worded by `words` (the details catalog of the language). */
export function propertyRows(
  props: Readonly<Record<string, unknown>>,
  words: { propLabel: (key: string) => string; propValue: (key: string, value: string) => string },
): PropRow[] {
  const rows: PropRow[] = [];
  for (const key of SHOWN_PROPS) {
    const v = props[key];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    const value = words.propValue(key, formatProp(v));
    rows.push({ key, label: words.propLabel(key), value, lang: textLang(value) });
  }
  return rows;
}
