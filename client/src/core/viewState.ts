/**
 * The whole view state, held in the URL query string so that a copied URL reopens the same view.
 *
 *   ?view=overview&node=industry:集成电路&types=Industry,District&layout=concentric&lang=en
 *
 * - `view`   the tab (default `overview`, omitted)
 * - `plan`   the plan whose statements the explorer shows (omitted: all plans; core/plans.ts)
 * - `node`   the selected node id (omitted when nothing is selected)
 * - `types`  the node types shown, comma-separated in contract order; omitted when all are shown,
 *            `types=` (empty) when none are
 * - `layout` the layout (default `fcose`, omitted)
 * - `lang`   the interface language, `en` or `zh`; omitted when it is the default, which is the
 *            browser's language (core/language.ts) where the app passes it, else `zh`
 * - `cq`     the Cypher console's query, the one last run (omitted when empty); spaces as `+`
 * - `at`     a span of the plan text the reader shows and flashes, `start-end` (omitted when none)
 * - `industry` the chain view's industry id (omitted when none: the view shows the first industry);
 *            `gaps=1` when the chain view marks all its gap links
 * - `from`, `to`, `k` the path view's two nodes and how many paths (k default 3, omitted)
 * - `gap`, `table`, `pedges` the chain's chosen link and table, the paths' connection types (chainState.ts)
 * - `set`    the overview's working set: the ids drawn, comma-separated (omitted: the whole graph;
 *            see core/workingSet.ts), or `ws` the same as a short recipe; `hide` the ids hidden
 *            from the whole graph
 * - `cam`, `pos` the camera and node positions that make the picture exact (core/exactView.ts)
 * - `level`, `labels`, `hideedges` the overview's level, label density, hidden edge types (overviewState.ts)
 * - `focus=1` focus mode: all but the selection's neighbourhood is nearly invisible
 * - `dir`    the layered layout's direction, `LR` (default, omitted) or `TB`
 * - `color`  `type` (default, omitted) or `community`; `size` `degree` (default, omitted) or
 *            `betweenness`
 * - `district` the district view's selected district id (omitted when none); `mode` its main area,
 *            `map` (default, omitted), `matrix` or `graph` (industry co-location); `sort` the
 *            matrix order `<rows>,<cols>`, each `order|name|total` (default `total,order`, omitted);
 *            `by` the map's choropleth industry, or `similar` (similarity to the chosen
 *            district; omitted: the count); `overlay=1` when the map
 *            draws the graph over it
 * - `renderer` `canvas` or `webgl` (omitted: `auto`, WebGL only on a hardware GPU; core/renderer.ts)
 * - `a`, `b` the compare view's two plan ids (omitted when empty: the first two plans; compareState.ts)
 *
 * Unknown keys are ignored and unknown values fall back to the default, so old or hand-edited URLs
 * still open. State changes are pure producers `(args) => (state) => state`.
 */
import type { EdgeType, NodeType } from "../../../contract/graph.js";
import { NODE_TYPES } from "../../../contract/vocabulary.js";
import { CHAIN_DEFAULTS, chainParams, parseChain, pathEdgesOf, sameEdgeTypes, type ChainState } from "./chainState.js";
import { DEFAULT_DIRECTION, DEFAULT_LAYOUT, isDirection, isLayoutName, type Direction, type LayoutName } from "./layouts.js";
import { DEFAULT_LANG, isLang, type Lang } from "./names.js";
import { OVERVIEW_DEFAULTS, overviewParams, parseOverview, type OverviewState } from "./overviewState.js";
import { isColorBy, isSizeBy, type ColorBy, type SizeBy } from "./styling.js";
import { DEFAULT_VIEW, isViewName, type ViewName } from "./views.js";
import { formatSpan, parseSpan, type Span } from "./reader.js";
import {
  applySnapshot as applySnapshotWith,
  cameraParam,
  EXACT_DEFAULTS,
  parseExact,
  positionParam,
  setParams,
  type ExactState,
  type GraphSnapshot,
} from "./exactView.js";
import { encodeValue as encode } from "./urlText.js";
import { PLAN_DEFAULTS, parsePlan, planParams, type PlanState } from "./plans.js";
import { parseRenderer, RENDERER_DEFAULTS, rendererParams, type RendererState } from "./renderer.js";
import { COMPARE_DEFAULTS, compareParams, parseCompare, type CompareState } from "./compareState.js";
import { DEFAULT_DISTRICT_MODE, DEFAULT_SORT, formatSort, isDistrictMode, parseSort, type DistrictMode, type MatrixSort } from "./districts.js";

export interface ViewState extends OverviewState, ChainState, ExactState, PlanState, CompareState, RendererState {
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
  /** The overview's working set (null: the whole graph) and the nodes hidden from the whole graph. */
  set: readonly string[] | null;
  hidden: readonly string[];
  /** Focus mode: only the selection's neighbourhood is drawn in full. */
  focus: boolean;
  /** The layered layout's direction. */
  direction: Direction;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** The district view: its selected district id ("" for none), main area and matrix order. */
  district: string;
  districtMode: DistrictMode;
  districtSort: MatrixSort;
  /** The district map's choropleth industry id ("" for the count of industries). */
  mapIndustry: string;
  /** The district map draws the graph (District nodes, industries, key links) over the map. */
  mapOverlay: boolean;
}

export const DEFAULT_STATE: ViewState = {
  ...OVERVIEW_DEFAULTS,
  ...EXACT_DEFAULTS,
  ...PLAN_DEFAULTS,
  ...COMPARE_DEFAULTS,
  ...RENDERER_DEFAULTS,
  view: DEFAULT_VIEW,
  selected: null,
  types: NODE_TYPES,
  layout: DEFAULT_LAYOUT,
  lang: DEFAULT_LANG,
  cypher: "",
  at: null,
  industry: "",
  gaps: false,
  ...CHAIN_DEFAULTS,
  from: "",
  to: "",
  k: 3,
  set: null,
  hidden: [],
  focus: false,
  direction: DEFAULT_DIRECTION,
  colorBy: "type",
  sizeBy: "degree",
  district: "",
  districtMode: DEFAULT_DISTRICT_MODE,
  districtSort: DEFAULT_SORT,
  mapIndustry: "",
  mapOverlay: false,
};

/** A comma-separated id list (ids never hold a comma: DESIGN.md, "URL-safe"); empty items dropped. */
function parseIds(value: string | null): string[] | null {
  if (value === null) return null;
  return [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))];
}

/** Contract order, duplicates and unknown names dropped. */
export function normalizeTypes(types: Iterable<string>): NodeType[] {
  const wanted = new Set(types);
  return NODE_TYPES.filter((t) => wanted.has(t));
}

/** `defaultLang`: the language of a URL without `lang` (the browser's, in the app). */
export function parse(search: string, defaultLang: Lang = DEFAULT_LANG): ViewState {
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
    lang: lang && isLang(lang) ? lang : defaultLang,
    cypher: cypher ?? DEFAULT_STATE.cypher,
    at: parseSpan(q.get("at")),
    industry: q.get("industry") ?? DEFAULT_STATE.industry,
    gaps: q.get("gaps") === "1",
    ...parseChain(q),
    from: q.get("from") ?? DEFAULT_STATE.from,
    to: q.get("to") ?? DEFAULT_STATE.to,
    k: parseK(q.get("k")),
    set: parseIds(q.get("set")),
    hidden: parseIds(q.get("hide")) ?? [],
    focus: q.get("focus") === "1",
    ...parseOverview(q),
    direction: isDirection(q.get("dir") ?? "") ? (q.get("dir") as Direction) : DEFAULT_STATE.direction,
    colorBy: isColorBy(q.get("color") ?? "") ? (q.get("color") as ColorBy) : DEFAULT_STATE.colorBy,
    sizeBy: isSizeBy(q.get("size") ?? "") ? (q.get("size") as SizeBy) : DEFAULT_STATE.sizeBy,
    district: q.get("district") ?? DEFAULT_STATE.district,
    districtMode: isDistrictMode(q.get("mode") ?? "") ? (q.get("mode") as DistrictMode) : DEFAULT_STATE.districtMode,
    districtSort: parseSort(q.get("sort")),
    mapIndustry: q.get("by") ?? DEFAULT_STATE.mapIndustry,
    mapOverlay: q.get("overlay") === "1",
    ...parseExact(q),
    ...parsePlan(q),
    ...parseCompare(q),
    ...parseRenderer(q),
  };
}

/**
 * The query string for a state, "" for the default state, else starting with "?". `defaultLang` as
 * for `parse`: the language left out of the URL.
 */
export function serialize(state: ViewState, defaultLang: Lang = DEFAULT_LANG): string {
  const parts: string[] = [];
  if (state.view !== DEFAULT_STATE.view) parts.push(`view=${encode(state.view)}`);
  parts.push(...planParams(state, encode));
  parts.push(...compareParams(state, encode));
  if (state.selected) parts.push(`node=${encode(state.selected)}`);
  const types = normalizeTypes(state.types);
  if (types.length !== NODE_TYPES.length) parts.push(`types=${types.join(",")}`);
  if (state.layout !== DEFAULT_STATE.layout) parts.push(`layout=${encode(state.layout)}`);
  if (state.lang !== defaultLang) parts.push(`lang=${state.lang}`);
  if (state.at) parts.push(`at=${formatSpan(state.at)}`);
  if (state.industry) parts.push(`industry=${encode(state.industry)}`);
  if (state.gaps) parts.push("gaps=1");
  parts.push(...chainParams(state, encode));
  if (state.from) parts.push(`from=${encode(state.from)}`);
  if (state.to) parts.push(`to=${encode(state.to)}`);
  if (state.k !== DEFAULT_STATE.k) parts.push(`k=${state.k}`);
  if (state.focus) parts.push("focus=1");
  parts.push(...overviewParams(state));
  if (state.direction !== DEFAULT_STATE.direction) parts.push(`dir=${state.direction}`);
  if (state.colorBy !== DEFAULT_STATE.colorBy) parts.push(`color=${state.colorBy}`);
  if (state.sizeBy !== DEFAULT_STATE.sizeBy) parts.push(`size=${state.sizeBy}`);
  if (state.district) parts.push(`district=${encode(state.district)}`);
  if (state.districtMode !== DEFAULT_STATE.districtMode) parts.push(`mode=${state.districtMode}`);
  if (state.mapIndustry) parts.push(`by=${encode(state.mapIndustry)}`);
  if (state.mapOverlay) parts.push("overlay=1");
  parts.push(...rendererParams(state));
  const sort = formatSort(state.districtSort);
  if (sort) parts.push(`sort=${encode(sort)}`);
  parts.push(...cameraParam(state));
  // Id lists and positions near the end: they are long.
  parts.push(...setParams(state, encode));
  if (!state.set && state.hidden.length) parts.push(`hide=${state.hidden.map(encode).join(",")}`);
  parts.push(...positionParam(state));
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

/** Show an industry's chain (the selection is kept: it may be a node of the new chain); its chosen link goes. */
export const setIndustry =
  (industry: string): Producer =>
  (s) => (s.industry === industry ? s : { ...s, industry, gap: "" });

export { normalizeEdgeTypes } from "./chainState.js";

/** Choose a chain link (edge id), or none with "". */
export const setChainLink =
  (gap: string): Producer =>
  (s) => (s.gap === gap ? s : { ...s, gap });

export const setChainTable =
  (on: boolean): Producer =>
  (s) => (s.chainTable === on ? s : { ...s, chainTable: on });

/** The connection types the path view's paths may use; null (or every type) for all. */
export const setPathEdges =
  (types: Iterable<EdgeType> | null): Producer =>
  (s) => {
    const next = pathEdgesOf(types);
    return sameEdgeTypes(next, s.pathEdges) ? s : { ...s, pathEdges: next };
  };

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

// ── overview: working set, focus, layered direction, colour and size ───────

export { graphSnapshot, graphViewOf, sameSnapshot, setGraphView, type GraphSnapshot } from "./exactView.js";
export { dropRecipe, nameSet, pendingSet, recipeOf, resolveSet, setCamera, setPositions } from "./exactView.js";

export const applySnapshot = (snap: GraphSnapshot): Producer => applySnapshotWith(snap, normalizeTypes);

export const setFocus =
  (on: boolean): Producer =>
  (s) => (s.focus === on ? s : { ...s, focus: on });

export const setDirection =
  (direction: Direction): Producer =>
  (s) => (s.direction === direction ? s : { ...s, direction });

export const setColorBy =
  (colorBy: ColorBy): Producer =>
  (s) => (s.colorBy === colorBy ? s : { ...s, colorBy });

export const setSizeBy =
  (sizeBy: SizeBy): Producer =>
  (s) => (s.sizeBy === sizeBy ? s : { ...s, sizeBy });

// ── district view ───────────────────────────────────────────────────────────

export const setDistrict =
  (district: string): Producer =>
  (s) => (s.district === district ? s : { ...s, district });

export const setDistrictMode =
  (mode: DistrictMode): Producer =>
  (s) => (s.districtMode === mode ? s : { ...s, districtMode: mode });

export const setMapIndustry =
  (industry: string): Producer =>
  (s) => (s.mapIndustry === industry ? s : { ...s, mapIndustry: industry });

export const setMapOverlay =
  (on: boolean): Producer =>
  (s) => (s.mapOverlay === on ? s : { ...s, mapOverlay: on });

export const setDistrictSort =
  (sort: MatrixSort): Producer =>
  (s) => (s.districtSort.rows === sort.rows && s.districtSort.cols === sort.cols ? s : { ...s, districtSort: sort });
