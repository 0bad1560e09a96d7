/**
 * The header search: how the server's ranked hits are grouped by node type for the dropdown, how
 * the keyboard moves through them, and what picking one does to the view state. The ranking
 * (Chinese full text, pinyin, initials, aliases) is the server's: the query is passed through.
 */
import type { SearchHit } from "../../../contract/api.js";
import type { NodeType } from "../../../contract/graph.js";
import { selectNode, type Producer } from "./viewState.js";

export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_LIMIT = 30;
/** The server refuses longer queries. */
export const SEARCH_MAX_LENGTH = 100;

/** The query as sent, or null when there is nothing to search for. */
export function searchQuery(raw: string): string | null {
  const q = raw.trim().slice(0, SEARCH_MAX_LENGTH).trim();
  return q ? q : null;
}

export interface HitGroup {
  type: NodeType;
  /** The hits of the type, in the server's order, each with its index in `flat`. */
  hits: { hit: SearchHit; index: number }[];
}

/**
 * Group by type: groups in the order of their best hit, hits in the server's order within a group.
 * `flat` is the order shown (and the order ↑/↓ walk).
 */
export function groupHits(hits: readonly SearchHit[]): { groups: HitGroup[]; flat: SearchHit[] } {
  const byType = new Map<NodeType, SearchHit[]>();
  for (const hit of hits) {
    const list = byType.get(hit.type);
    if (list) list.push(hit);
    else byType.set(hit.type, [hit]);
  }
  const flat: SearchHit[] = [];
  const groups: HitGroup[] = [];
  for (const [type, list] of byType) {
    groups.push({ type, hits: list.map((hit) => ({ hit, index: flat.push(hit) - 1 })) });
  }
  return { groups, flat };
}

/** ↑/↓ through `count` options, wrapping; -1 is "none active" (↓ from there goes to the first). */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (active < 0 || active >= count) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** Parts of `text` with the query's literal occurrences marked (case-insensitive), for emphasis. */
export function highlightParts(text: string, query: string): { text: string; match: boolean }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const parts: { text: string; match: boolean }[] = [];
  let pos = 0;
  // toLowerCase keeps the length for the scripts of this plan (CJK, ASCII).
  for (let i = lower.indexOf(q); i !== -1 && lower.length === text.length; i = lower.indexOf(q, pos)) {
    if (i > pos) parts.push({ text: text.slice(pos, i), match: false });
    parts.push({ text: text.slice(i, i + q.length), match: true });
    pos = i + q.length;
  }
  if (pos < text.length || parts.length === 0) parts.push({ text: text.slice(pos), match: false });
  return parts;
}

/**
 * Picking a hit selects its node (showing its type if filtered out). The Cypher console shows a
 * query's result, not the graph the hit is in: picking from there goes to the overview.
 */
export const selectHit =
  (hit: Pick<SearchHit, "id" | "type">): Producer =>
  (s) => {
    const next = selectNode(hit.id, hit.type)(s);
    return next.view === "cypher" ? { ...next, view: "overview" } : next;
  };
