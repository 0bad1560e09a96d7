/**
 * What makes a link reopen the exact picture (core/viewState.ts holds the whole state):
 *
 *   ?cam=0.8123,412.3,-88.1&ws=L,N:industry:集成电路,!1&pos=AbC…
 *
 * - `cam` the camera (core/camera.ts): zoom and the place at the centre; omitted: the view's own fit
 * - `ws`  the overview's working set as a recipe against the whole graph (core/setCodec.ts); the
 *         plain `set=` list of ids is still read, and written while no recipe names the set yet
 * - `pos` node positions that no fresh layout of the state would give (an expand placed nodes
 *         beside the drawn ones, a user dragged some): core/positionCodec.ts
 *
 * A recipe needs the graph to be read: until the overview has it, the state keeps the recipe
 * unresolved (`set` null, `setRecipe.of` null). A recipe names one set array: `setRecipe.of` is
 * that array, so any producer that puts another set in place (or none) leaves the recipe behind
 * without knowing of it, and the URL then carries the set itself. Pure.
 */
import type { Camera } from "./camera.js";
import { formatCamera, parseCamera, sameCamera } from "./camera.js";
import type { Level } from "./industryLevel.js";
import type { NodeType } from "../../../contract/graph.js";
import type { GraphView } from "./workingSet.js";

/** A recipe (`ws=`) and the set it names (null: not read yet, for want of the graph). */
export interface SetRecipe {
  code: string;
  of: readonly string[] | null;
}

export interface ExactState {
  /** The camera (null: the view's default, a fit). Its meaning is the view's: core/camera.ts. */
  camera: Camera | null;
  /** Packed node positions (core/positionCodec.ts), checked against the drawn nodes when read. */
  pos: string | null;
  /** The working set's recipe, when one names it. */
  setRecipe: SetRecipe | null;
}

export const EXACT_DEFAULTS: ExactState = { camera: null, pos: null, setRecipe: null };

type WithSet = ExactState & GraphView;

/** `cam`, `pos` and `ws` from the query; `ws` leaves `set` to be read once the graph is there. */
export function parseExact(q: URLSearchParams): ExactState {
  const ws = q.get("ws");
  return {
    camera: parseCamera(q.get("cam")),
    pos: q.get("pos") || null,
    setRecipe: ws ? { code: ws, of: null } : null,
  };
}

/** The recipe that names the state's set, if one does (also one not read yet). */
export function recipeOf(s: WithSet): string | null {
  return s.setRecipe && s.setRecipe.of === s.set ? s.setRecipe.code : null;
}

/** The URL's recipe is not read yet: the set it names is unknown until the graph is there. */
export function pendingSet(s: WithSet): boolean {
  return s.set === null && s.setRecipe !== null && s.setRecipe.of === null;
}

/** The camera's parameter (first, it is short). */
export function cameraParam(s: ExactState): string[] {
  return s.camera ? [`cam=${formatCamera(s.camera)}`] : [];
}

/** The working set's parameter: the recipe when one names it, else the ids; `encode` as viewState's. */
export function setParams(s: WithSet, encode: (v: string) => string): string[] {
  const recipe = recipeOf(s);
  if (recipe) return [`ws=${encode(recipe)}`];
  return s.set ? [`set=${s.set.map(encode).join(",")}`] : [];
}

/** The positions' parameter (base64url: nothing to escape). */
export function positionParam(s: ExactState): string[] {
  return s.pos ? [`pos=${s.pos}`] : [];
}

// ── producers ───────────────────────────────────────────────────────────────

export const setCamera =
  (camera: Camera | null) =>
  <S extends ExactState>(s: S): S =>
    sameCamera(s.camera, camera) ? s : { ...s, camera };

export const setPositions =
  (pos: string | null) =>
  <S extends ExactState>(s: S): S =>
    s.pos === pos ? s : { ...s, pos };

/** The URL's recipe, read: `ids` is the set it names (the caller decoded it with the graph). */
export const resolveSet =
  (code: string, ids: readonly string[]) =>
  <S extends WithSet>(s: S): S => {
    if (!pendingSet(s) || s.setRecipe!.code !== code) return s;
    return { ...s, set: ids, hidden: [], setRecipe: { code, of: ids } };
  };

/** A recipe for the state's set (`of`, the array it was made from): the URL carries it instead of the ids. */
export const nameSet =
  (code: string, of: readonly string[]) =>
  <S extends WithSet>(s: S): S =>
    s.set !== of || recipeOf(s) === code ? s : { ...s, setRecipe: { code, of } };

/** Forget a recipe that names no set any more (or one not read yet, when the set is chosen anew). */
export const dropRecipe = <S extends WithSet>(s: S): S => {
  const keep = s.setRecipe === null || (recipeOf(s) !== null && !pendingSet(s));
  return keep ? s : { ...s, setRecipe: null };
};

// ── the graph snapshot undo/redo records ────────────────────────────────────

/** The graph-changing part of the state, as undo/redo records it (working set, level, type filter). */
export interface GraphSnapshot extends GraphView {
  types: readonly NodeType[];
  level: Level;
  /** The recipe naming the set, if any (present only then). */
  recipe?: string;
}

type Snapshotted = WithSet & { types: readonly NodeType[]; level: Level };

export function graphViewOf(s: Pick<WithSet, "set" | "hidden">): GraphView {
  return { set: s.set, hidden: s.set ? [] : s.hidden };
}

export function graphSnapshot(s: Snapshotted): GraphSnapshot {
  const recipe = recipeOf(s);
  return { ...graphViewOf(s), types: s.types, level: s.level, ...(recipe ? { recipe } : {}) };
}

/**
 * Snapshots compare by content. A recipe not read yet is the set it names: reading it (once the
 * graph is there) is no step of the history.
 */
export function sameSnapshot(a: GraphSnapshot, b: GraphSnapshot): boolean {
  const same = (x: readonly string[] | null, y: readonly string[] | null) =>
    x === y || (x !== null && y !== null && x.length === y.length && x.every((v, i) => v === y[i]));
  const unread = (s: GraphSnapshot) => s.set === null && s.recipe !== undefined;
  const sets = unread(a) || unread(b) ? a.recipe === b.recipe : same(a.set, b.set);
  return sets && same(a.hidden, b.hidden) && same(a.types, b.types) && a.level === b.level;
}

export const setGraphView =
  (view: GraphView) =>
  <S extends Snapshotted>(s: S): S => {
    const next = { ...s, set: view.set ? [...view.set] : null, hidden: view.set ? [] : [...view.hidden] };
    return sameSnapshot(graphSnapshot(s), graphSnapshot(next)) ? s : next;
  };

export const applySnapshot =
  (snap: GraphSnapshot, normalizeTypes: (types: readonly NodeType[]) => NodeType[]) =>
  <S extends Snapshotted>(s: S): S => {
    const set = snap.set ? [...snap.set] : null;
    const next = {
      ...s,
      set,
      hidden: snap.set ? [] : [...snap.hidden],
      types: normalizeTypes(snap.types),
      level: snap.level,
      setRecipe: snap.recipe ? { code: snap.recipe, of: set } : null,
    };
    return sameSnapshot(graphSnapshot(s), graphSnapshot(next)) ? s : next;
  };
