/**
 * The overview's part of the view state (core/viewState.ts holds the whole): which level it shows
 * without a working set, how many labels it draws, and which connection types it hides.
 *
 *   ?level=graph&labels=few&hideedges=COVERS,INVOLVES
 *
 * - `level`     `industries` (default, omitted: core/industryLevel.ts) or `graph`, the whole graph
 * - `labels`    the label density, `few`, `normal` (default, omitted) or `all` (core/labels.ts)
 * - `hideedges` the connection types not drawn, comma-separated in contract order
 */
import type { EdgeType } from "../../../contract/graph.js";
import { EDGE_TYPES } from "../../../contract/vocabulary.js";
import { DEFAULT_LEVEL, isLevel, type Level } from "./industryLevel.js";
import { DEFAULT_LABEL_DENSITY, isLabelDensity, type LabelDensity } from "./labels.js";

export interface OverviewState {
  /** Without a working set: the plan at industry level, or the whole graph. */
  level: Level;
  /** How many labels the canvas draws. */
  labels: LabelDensity;
  /** Connection types not drawn, in contract order. */
  hiddenEdges: readonly EdgeType[];
}

export const OVERVIEW_DEFAULTS: OverviewState = { level: DEFAULT_LEVEL, labels: DEFAULT_LABEL_DENSITY, hiddenEdges: [] };

function edgeTypes(types: Iterable<string>): EdgeType[] {
  const wanted = new Set(types);
  return EDGE_TYPES.filter((t) => wanted.has(t));
}

export function parseOverview(q: URLSearchParams): OverviewState {
  const level = q.get("level") ?? "";
  const labels = q.get("labels") ?? "";
  return {
    level: isLevel(level) ? level : DEFAULT_LEVEL,
    labels: isLabelDensity(labels) ? labels : DEFAULT_LABEL_DENSITY,
    hiddenEdges: edgeTypes((q.get("hideedges") ?? "").split(",")),
  };
}

/** The query parameters of a state's overview part (none for the defaults). */
export function overviewParams(s: OverviewState): string[] {
  const parts: string[] = [];
  if (s.level !== DEFAULT_LEVEL) parts.push(`level=${s.level}`);
  if (s.labels !== DEFAULT_LABEL_DENSITY) parts.push(`labels=${s.labels}`);
  if (s.hiddenEdges.length) parts.push(`hideedges=${edgeTypes(s.hiddenEdges).join(",")}`);
  return parts;
}

type WithSet = OverviewState & { set: readonly string[] | null; hidden: readonly string[] };

/** Show a level: the working set and the hidden nodes go (the level is what shows without them). */
export const setLevel =
  (level: Level) =>
  <S extends WithSet>(s: S): S =>
    s.level === level && s.set === null && s.hidden.length === 0 ? s : { ...s, level, set: null, hidden: [] };

export const setLabelDensity =
  (labels: LabelDensity) =>
  <S extends OverviewState>(s: S): S =>
    s.labels === labels ? s : { ...s, labels };

export const setHiddenEdges =
  (types: Iterable<string>) =>
  <S extends OverviewState>(s: S): S => {
    const hiddenEdges = edgeTypes(types);
    return hiddenEdges.join() === s.hiddenEdges.join() ? s : { ...s, hiddenEdges };
  };
