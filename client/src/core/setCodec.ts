/**
 * A working set as a recipe against the whole graph (`ws=` in the URL), so that a link to an
 * expanded overview stays short: the set of 98 ids that expanding 集成电路 at industry level draws
 * is `L,N:industry:集成电路` rather than 6 KB of percent-encoded Chinese.
 *
 * Terms, comma-separated (ids never hold a comma):
 * - `L`        the industry level: the industries and their key districts (core/industryLevel.ts)
 * - `T:<Type>` every node of a type
 * - `N:<id>`   a node and its neighbours
 * - `<id>`     one node (written `~<id>` when it does not start with a lower-case letter, as every
 *              id of the graph does, so that it cannot be read as a term)
 * - `-<id>`    not this node (taken away after every addition)
 * - `!<n>`     the n-th node of the result comes first: the set's first node (a collapse keeps it)
 *
 * Decoded, the set is in the graph's order (its first node put first). The encoder picks terms
 * greedily by the characters they save and checks nothing: decode(encode(S)) is S by construction,
 * extra nodes a term brings being taken away. Pure.
 */
import type { GraphData } from "../../../contract/graph.js";
import { industryLevel } from "./industryLevel.js";
import { encodeValue } from "./urlText.js";

type Graph = Pick<GraphData, "nodes" | "edges">;

const LEVEL = "L";

/** The graph's lookups a recipe needs, built once per graph. */
export interface SetIndex {
  order: Map<string, number>;
  byType: Map<string, string[]>;
  /** Each node's closed neighbourhood. */
  hood: Map<string, Set<string>>;
  level: string[];
}

const indexes = new WeakMap<Graph, SetIndex>();

export function setIndex(graph: Graph): SetIndex {
  const known = indexes.get(graph);
  if (known) return known;
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const byType = new Map<string, string[]>();
  const hood = new Map<string, Set<string>>();
  for (const n of graph.nodes) {
    byType.set(n.type, [...(byType.get(n.type) ?? []), n.id]);
    hood.set(n.id, new Set([n.id]));
  }
  for (const e of graph.edges) {
    hood.get(e.source)?.add(e.target);
    hood.get(e.target)?.add(e.source);
  }
  const level = industryLevel({ nodes: [...graph.nodes], edges: [...graph.edges] }).nodes.map((n) => n.id);
  const index = { order, byType, hood, level };
  indexes.set(graph, index);
  return index;
}

const idTerm = (id: string) => (/^[a-z]/.test(id) ? id : `~${id}`);
/** What a term costs in the URL: its encoded text and the comma before it. */
const cost = (term: string) => encodeValue(term).length + 1;

/** The recipe for `ids` (the working set, its first node first) against `graph`. */
export function encodeSet(ids: readonly string[], graph: Graph): string {
  const index = setIndex(graph);
  const target = new Set(ids);
  const candidates = new Map<string, readonly string[]>([[LEVEL, index.level]]);
  for (const [type, members] of index.byType) if (members.some((id) => target.has(id))) candidates.set(`T:${type}`, members);
  for (const id of target) {
    const hood = index.hood.get(id);
    if (hood && hood.size > 1) candidates.set(`N:${id}`, [...hood]);
  }
  const covered = new Set<string>();
  const extra = new Set<string>();
  const terms: string[] = [];
  for (;;) {
    let best: { term: string; gain: number } | null = null;
    for (const [term, members] of candidates) {
      let gain = -cost(term);
      for (const id of members) {
        if (target.has(id)) gain += covered.has(id) ? 0 : cost(idTerm(id));
        else gain -= extra.has(id) ? 0 : cost(`-${id}`);
      }
      if (gain > 0 && (!best || gain > best.gain)) best = { term, gain };
    }
    if (!best) break;
    for (const id of candidates.get(best.term)!) (target.has(id) ? covered : extra).add(id);
    candidates.delete(best.term);
    terms.push(best.term);
  }
  for (const id of ids) if (!covered.has(id)) terms.push(idTerm(id));
  for (const id of extra) terms.push(`-${id}`);
  const first = ids[0];
  if (first !== undefined) {
    const at = inOrder([...target], index).indexOf(first);
    if (at > 0) terms.push(`!${at}`);
  }
  return terms.join(",");
}

/** Known ids in the graph's order, then unknown ones as they came. */
function inOrder(ids: string[], index: SetIndex): string[] {
  const rank = (id: string) => index.order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return ids.map((id, i) => ({ id, i })).sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i).map((x) => x.id);
}

/** The working set a recipe names in `graph` (unknown ids and types name nothing). */
export function decodeSet(recipe: string, graph: Graph): string[] {
  const index = setIndex(graph);
  const add = new Set<string>();
  const drop = new Set<string>();
  let first = -1;
  for (const term of recipe.split(",")) {
    if (!term) continue;
    if (term === LEVEL) for (const id of index.level) add.add(id);
    else if (term.startsWith("T:")) for (const id of index.byType.get(term.slice(2)) ?? []) add.add(id);
    else if (term.startsWith("N:")) for (const id of index.hood.get(term.slice(2)) ?? []) add.add(id);
    else if (term.startsWith("-")) drop.add(term.slice(1));
    else if (term.startsWith("!")) first = Number(term.slice(1));
    else add.add(term.startsWith("~") ? term.slice(1) : term);
  }
  const ids = inOrder([...add].filter((id) => !drop.has(id)), index);
  if (Number.isInteger(first) && first > 0 && first < ids.length) ids.unshift(...ids.splice(first, 1));
  return ids;
}
