/**
 * The whole view state, held in the URL query string so that a copied URL reopens the same view.
 *
 *   ?view=overview&node=industry:集成电路&types=Industry,District&layout=concentric&lang=en
 *
 * - `view`   the tab (default `overview`, omitted)
 * - `node`   the selected node id (omitted when nothing is selected)
 * - `types`  the node types shown, comma-separated in contract order; omitted when all are shown,
 *            `types=` (empty) when none are
 * - `layout` the layout (default `fcose`, omitted)
 * - `lang`   label language, `en` or `zh` (default `zh`, omitted)
 * - `cq`     the Cypher console's query, the one last run (omitted when empty); spaces as `+`
 * - `at`     a span of the plan text the reader shows and flashes, `start-end` (omitted when none)
 * - `industry` the chain view's industry id (omitted when none: the view shows the first industry);
 *            `gaps=1` when the chain view marks all its gap links
 * - `from`, `to`, `k` the path view's two nodes and how many paths (k default 3, omitted)
 *
 * Unknown keys are ignored and unknown values fall back to the default, so old or hand-edited URLs
 * still open. State changes are pure producers `(args) => (state) => state`.
 */
import type { NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { DEFAULT_LAYOUT, isLayoutName, type LayoutName } from "./layouts.js";
import { DEFAULT_VIEW, isViewName, type ViewName } from "./views.js";
import { formatSpan, parseSpan, type Span } from "./reader.js";

export type Lang = "zh" | "en";

export interface ViewState {
  view: ViewName;
  /** The selected node id, or null. */
  selected: string | null;
  /** The node types shown, always in contract order without duplicates. */
  types: readonly NodeType[];
  layout: LayoutName;
  lang: Lang;
  /** The Cypher console's query (the one last run), "" for none. */
  cypher: string;
  /** The span of the plan text the reader is at (an evidence quote), or null. */
  at: Span | null;
  /** The chain view's industry id, "" for the default (the first industry). */
  industry: string;
  /** The chain view marks all its gap links. */
  gaps: boolean;
  /** The path view's two node ids ("" for none) and how many shortest paths it asks for. */
  from: string;
  to: string;
  k: number;
}

export const DEFAULT_STATE: ViewState = {
  view: DEFAULT_VIEW,
  selected: null,
  types: NODE_TYPES,
  layout: DEFAULT_LAYOUT,
  lang: "zh",
  cypher: "",
  at: null,
  industry: "",
  gaps: false,
  from: "",
  to: "",
  k: 3,
};

/** Contract order, duplicates and unknown names dropped. */
export function normalizeTypes(types: Iterable<string>): NodeType[] {
  const wanted = new Set(types);
  return NODE_TYPES.filter((t) => wanted.has(t));
}

export function parse(search: string): ViewState {
  const q = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const view = q.get("view");
  const node = q.get("node");
  const types = q.get("types");
  const layout = q.get("layout");
  const lang = q.get("lang");
  const cypher = q.get("cq");
  return {
    view: view && isViewName(view) ? view : DEFAULT_STATE.view,
    selected: node ? node : null,
    types: types === null ? DEFAULT_STATE.types : normalizeTypes(types.split(",").map((t) => t.trim())),
    layout: layout && isLayoutName(layout) ? layout : DEFAULT_STATE.layout,
    lang: lang === "en" || lang === "zh" ? lang : DEFAULT_STATE.lang,
    cypher: cypher ?? DEFAULT_STATE.cypher,
    at: parseSpan(q.get("at")),
    industry: q.get("industry") ?? DEFAULT_STATE.industry,
    gaps: q.get("gaps") === "1",
    from: q.get("from") ?? DEFAULT_STATE.from,
    to: q.get("to") ?? DEFAULT_STATE.to,
    k: parseK(q.get("k")),
  };
}

// ":" and "," are legal in a query; leaving them (and nothing else) unescaped keeps URLs readable.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** The query string for a state, "" for the default state, else starting with "?". */
export function serialize(state: ViewState): string {
  const parts: string[] = [];
  if (state.view !== DEFAULT_STATE.view) parts.push(`view=${encode(state.view)}`);
  if (state.selected) parts.push(`node=${encode(state.selected)}`);
  const types = normalizeTypes(state.types);
  if (types.length !== NODE_TYPES.length) parts.push(`types=${types.join(",")}`);
  if (state.layout !== DEFAULT_STATE.layout) parts.push(`layout=${encode(state.layout)}`);
  if (state.lang !== DEFAULT_STATE.lang) parts.push(`lang=${state.lang}`);
  if (state.at) parts.push(`at=${formatSpan(state.at)}`);
  if (state.industry) parts.push(`industry=${encode(state.industry)}`);
  if (state.gaps) parts.push("gaps=1");
  if (state.from) parts.push(`from=${encode(state.from)}`);
  if (state.to) parts.push(`to=${encode(state.to)}`);
  if (state.k !== DEFAULT_STATE.k) parts.push(`k=${state.k}`);
  // Last: a query is long. "+" for spaces (URLSearchParams reads it so) keeps it legible.
  if (state.cypher) parts.push(`cq=${encode(state.cypher).replace(/%20/g, "+")}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

// ── producers ───────────────────────────────────────────────────────────────

export type Producer = (state: ViewState) => ViewState;

/** Select a node; if its type is hidden, show that type so the selection is visible. */
export const selectNode =
  (id: string | null, type?: NodeType): Producer =>
  (s) => ({
    ...s,
    selected: id,
    types: id && type && !s.types.includes(type) ? normalizeTypes([...s.types, type]) : s.types,
  });

export const clearSelection: Producer = (s) => (s.selected === null ? s : { ...s, selected: null });

export const toggleType =
  (type: NodeType, on: boolean): Producer =>
  (s) => ({ ...s, types: normalizeTypes(on ? [...s.types, type] : s.types.filter((t) => t !== type)) });

export const setTypes =
  (types: Iterable<string>): Producer =>
  (s) => ({ ...s, types: normalizeTypes(types) });

export const setLayout =
  (layout: LayoutName): Producer =>
  (s) => ({ ...s, layout });

export const setLang =
  (lang: Lang): Producer =>
  (s) => ({ ...s, lang });

export const setView =
  (view: ViewName): Producer =>
  (s) => ({ ...s, view });

export const setCypher =
  (query: string): Producer =>
  (s) => (s.cypher === query ? s : { ...s, cypher: query });

/** Open the reader at a span of the plan text (an evidence quote), keeping the selection. */
export const openReaderAt =
  (span: Span): Producer =>
  (s) => ({ ...s, view: "reader", at: { start: span.start, end: span.end } });

export const setAt =
  (span: Span | null): Producer =>
  (s) => (s.at === span || (s.at && span && s.at.start === span.start && s.at.end === span.end) ? s : { ...s, at: span });

// ── chain and path views ────────────────────────────────────────────────────

/** How many paths the path view may ask for (the API allows 1–10). */
export const MAX_K = 10;

function parseK(k: string | null): number {
  const n = Number(k);
  return k && Number.isInteger(n) && n >= 1 && n <= MAX_K ? n : DEFAULT_STATE.k;
}

/** Show an industry's chain (the selection is kept: it may be a node of the new chain). */
export const setIndustry =
  (industry: string): Producer =>
  (s) => (s.industry === industry ? s : { ...s, industry });

export const setGaps =
  (on: boolean): Producer =>
  (s) => (s.gaps === on ? s : { ...s, gaps: on });

/** The path view's ends and k; an omitted field is kept. */
export const setPathQuery =
  (q: { from?: string; to?: string; k?: number }): Producer =>
  (s) => {
    const next = {
      ...s,
      from: q.from ?? s.from,
      to: q.to ?? s.to,
      k: q.k !== undefined && Number.isInteger(q.k) && q.k >= 1 && q.k <= MAX_K ? q.k : s.k,
    };
    return next.from === s.from && next.to === s.to && next.k === s.k ? s : next;
  };

/** Swap the path view's ends. */
export const swapPathEnds: Producer = (s) => (s.from === s.to ? s : { ...s, from: s.to, to: s.from });
