/**
 * The overview's first picture: the plan at industry level. The 14 industries, the supply links
 * between them (SUPPLIES) and the districts they share, drawn as small nodes on their KEY_DISTRICT
 * links (real edges of the plan, each with its evidence, rather than synthetic weighted links).
 * Industries are sized by what they hold (products, projects, platforms), districts by how many
 * industries they carry. The whole graph (`level=graph`) and working sets (`set=`) are one click
 * away. Pure.
 */
import type { GraphData, GraphEdge } from "../../../contract/graph.js";
import { applyGraphView, type GraphView } from "./workingSet.js";

export const LEVELS = ["industries", "graph"] as const;
export type Level = (typeof LEVELS)[number];
export const DEFAULT_LEVEL: Level = "industries";
export const isLevel = (s: string): s is Level => (LEVELS as readonly string[]).includes(s);

const LEVEL_EDGES: ReadonlySet<GraphEdge["type"]> = new Set(["SUPPLIES", "KEY_DISTRICT"]);
/** The links that count as what an industry holds. */
const HOLDS: ReadonlySet<GraphEdge["type"]> = new Set(["COVERS", "HAS_PROJECT", "HAS_PLATFORM"]);

/**
 * Industries, their supply links and the districts they name as key districts; `extra` (e.g. the
 * selection, which may be a product) is drawn too, with its links to what is drawn.
 */
export function industryLevel(graph: GraphData, extra: readonly string[] = []): GraphData {
  const industries = new Set(graph.nodes.filter((n) => n.type === "Industry").map((n) => n.id));
  const keep = new Set(industries);
  for (const e of graph.edges) if (e.type === "KEY_DISTRICT" && industries.has(e.source)) keep.add(e.target);
  const base = new Set(keep);
  const known = new Set(graph.nodes.map((n) => n.id));
  for (const id of extra) if (known.has(id)) keep.add(id);
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const edges = graph.edges.filter(
    (e) =>
      keep.has(e.source) &&
      keep.has(e.target) &&
      (base.has(e.source) && base.has(e.target) ? LEVEL_EDGES.has(e.type) : true),
  );
  return { nodes, edges };
}

/** What each node holds in `whole`: an industry's products, projects and platforms; a district's industries. */
export function holdings(whole: GraphData): Map<string, number> {
  const held = new Map<string, number>();
  const add = (id: string) => held.set(id, (held.get(id) ?? 0) + 1);
  for (const e of whole.edges) {
    if (HOLDS.has(e.type)) add(e.source);
    else if (e.type === "KEY_DISTRICT") add(e.target);
  }
  return held;
}

export interface LevelLook {
  size: number;
  fontSize: number;
}

/**
 * Sizes at industry level: industries 36–84 px by the square root of what they hold (relative to
 * the largest), with labels of 19–24 px; every other node small (16–28 px, labels 15 px). The
 * picture fits the canvas at a zoom under 1: these read about 12–20 px on a laptop.
 */
export function levelLooks(drawn: GraphData, held: ReadonlyMap<string, number>): Map<string, LevelLook> {
  const max = Math.max(1, ...drawn.nodes.filter((n) => n.type === "Industry").map((n) => held.get(n.id) ?? 0));
  const maxOther = Math.max(1, ...drawn.nodes.filter((n) => n.type !== "Industry").map((n) => held.get(n.id) ?? 0));
  return new Map(
    drawn.nodes.map((n) => {
      const h = held.get(n.id) ?? 0;
      if (n.type === "Industry") {
        const r = Math.sqrt(h / max);
        return [n.id, { size: Math.round(36 + 48 * r), fontSize: Math.round(19 + 5 * r) }];
      }
      return [n.id, { size: Math.round(16 + 12 * Math.sqrt(h / maxOther)), fontSize: 15 }];
    }),
  );
}

/**
 * What the overview draws: the working set when there is one, else the level (industry level with
 * the selection added, so a node chosen by search is on the canvas; or the whole graph), minus the
 * hidden nodes. `typed` is the graph of the shown node types.
 */
export function drawnGraph(typed: GraphData, view: GraphView, level: Level, selected: string | null): GraphData {
  if (view.set || level === "graph") return applyGraphView(typed, view);
  return applyGraphView(industryLevel(typed, selected ? [selected] : []), view);
}
