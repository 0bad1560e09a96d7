/** The memory adapter: the whole graph in a graphology MultiDirectedGraph. Zero set-up. */
import { MultiDirectedGraph } from "graphology";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../contract/graph.js";
import type { DistrictOverlap, PlanSummary, Stats } from "../../contract/api.js";
import { buildChain } from "../domain/chain.js";
import { chainNeighbourhood } from "../domain/chainNeighbourhood.js";
import { buildOverlap } from "../domain/overlap.js";
import { createPathFinder, type PathFinder } from "../domain/paths.js";
import { createSearchIndex, type SearchIndex } from "../domain/search.js";
import { compareIds } from "../domain/ids.js";
import { NotFoundError, NotImplementedError } from "../domain/errors.js";
import { planIdsOf, projectPlan } from "../plans/planSet.js";
import { planSummaries } from "../plans/summaries.js";
import type { GraphStore, NeighborOptions } from "./port.js";

type G = MultiDirectedGraph<GraphNode, GraphEdge>;

function build(data: GraphData): G {
  const g: G = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const n of data.nodes) g.addNode(n.id, n);
  for (const e of data.edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target, e);
  return g;
}

function countBy<T>(items: Iterable<T>, key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) out[key(it)] = (out[key(it)] ?? 0) + 1;
  return out;
}

/**
 * What the queries read, built together on load and swapped in together; the answers that depend
 * on nothing but the graph (stats, overlap) are computed on first use and kept with it.
 */
interface Loaded {
  g: G;
  data: GraphData;
  index: SearchIndex;
  paths: PathFinder;
  /** Each edge's position in the graph's edge order: answers list edges in that order. */
  edgeOrder: Map<string, number>;
  stats?: Stats;
  overlap?: DistrictOverlap;
}

function prepare(data: GraphData): Loaded {
  return {
    g: build(data),
    data,
    index: createSearchIndex(data.nodes),
    paths: createPathFinder(data.edges),
    edgeOrder: new Map(data.edges.map((e, i) => [e.id, i])),
  };
}

/** The whole graph and, built when first asked for, each plan's own graph. */
interface Loadeds {
  all: Loaded;
  plans: Set<string>;
  byPlan: Map<string, Loaded>;
  summaries?: PlanSummary[];
  /** Counts loads: the graph's version (a cache of answers keys by it). */
  version: number;
}

export function createMemoryStore(): GraphStore {
  let state: Loadeds = { all: prepare({ nodes: [], edges: [] }), plans: new Set(), byPlan: new Map(), version: 0 };

  /** The graph a query reads: every plan's, or one plan's (NotFoundError for an unknown plan). */
  const scoped = (plan?: string): Loaded => {
    if (plan === undefined) return state.all;
    if (!state.plans.has(plan)) throw new NotFoundError(`no plan with id ${plan}`);
    let l = state.byPlan.get(plan);
    if (!l) {
      l = prepare(projectPlan(state.all.data, plan));
      state.byPlan.set(plan, l);
    }
    return l;
  };

  /**
   * The edges between nodes of `ids`, in the graph's edge order. A few nodes (a neighbourhood):
   * their own out-edges, not a scan of every edge of the graph (108,000 at 100× the plan).
   */
  const edgesAmong = ({ g, edgeOrder }: Loaded, ids: Set<string>): GraphEdge[] => {
    if (ids.size * 4 > g.order) return g.filterEdges((_k, _a, s, t) => ids.has(s) && ids.has(t)).map((k) => g.getEdgeAttributes(k));
    const out: GraphEdge[] = [];
    for (const id of ids) g.forEachOutEdge(id, (_k, attrs, _s, t) => void (ids.has(t) && out.push(attrs)));
    return out.sort((a, b) => edgeOrder.get(a.id)! - edgeOrder.get(b.id)!);
  };

  const requireNode = (g: G, id: string): GraphNode => {
    if (!g.hasNode(id)) throw new NotFoundError(`no node with id ${id}`);
    return g.getNodeAttributes(id);
  };

  return {
    kind: "memory",

    async load(data) {
      // built aside, swapped in whole: a failed build keeps the old graph
      state = { all: prepare(data), plans: new Set(planIdsOf(data)), byPlan: new Map(), version: state.version + 1 };
    },

    async version() {
      return `memory:${state.version}`;
    },

    async stats(scope) {
      const l = scoped(scope?.plan);
      const { g } = l;
      // answers are shared, not copied: callers only read them (the routes serialise them)
      return (l.stats ??= {
        nodes: countBy(g.nodeEntries(), (n) => n.attributes.type),
        edges: countBy(g.edgeEntries(), (e) => e.attributes.type),
        totals: { nodes: g.order, edges: g.size },
      });
    },

    async plans() {
      return (state.summaries ??= planSummaries(state.all.data));
    },

    async graph(types?: NodeType[], scope?) {
      const l = scoped(scope?.plan);
      const { g } = l;
      const wanted = types ? new Set<string>(types) : undefined;
      const ids = new Set(g.filterNodes((_id, a) => !wanted || wanted.has(a.type)));
      return { nodes: [...ids].map((id) => g.getNodeAttributes(id)), edges: edgesAmong(l, ids) };
    },

    async node(id, scope?) {
      const { g } = scoped(scope?.plan);
      const node = requireNode(g, id);
      return { node, edges: g.edges(id).map((k) => g.getEdgeAttributes(k)) };
    },

    async neighbors(id, { depth, types, limit, plan }: NeighborOptions) {
      const l = scoped(plan);
      const { g } = l;
      requireNode(g, id);
      const wanted = types ? new Set<string>(types) : undefined;
      const seen = new Set([id]);
      let frontier = [id];
      for (let d = 0; d < depth && frontier.length && seen.size < limit; d++) {
        const level = new Set<string>();
        for (const at of frontier) {
          for (const nb of g.neighbors(at)) {
            if (seen.has(nb) || (wanted && !wanted.has(g.getNodeAttribute(nb, "type")))) continue;
            level.add(nb);
          }
        }
        // one order for both stores: by hop, then by id; the cap cuts the last level reached
        frontier = [...level].sort(compareIds).slice(0, limit - seen.size);
        for (const nb of frontier) seen.add(nb);
      }
      return { nodes: [...seen].map((n) => g.getNodeAttributes(n)), edges: edgesAmong(l, seen) };
    },

    async search(q, options) {
      return scoped(options.plan).index.search(q, options);
    },

    async chain(industryId, scope?) {
      // the industry's neighbourhood first: buildChain indexes and sorts what it is given
      return buildChain(chainNeighbourhood(scoped(scope?.plan).data, industryId), industryId);
    },

    async paths(from, to, limits) {
      const l = scoped(limits.plan);
      requireNode(l.g, from);
      requireNode(l.g, to);
      const found = l.paths(from, to, limits);
      return {
        paths: found.map((p) => ({
          nodes: p.nodes.map((id) => l.g.getNodeAttributes(id)),
          edges: p.edges.map((id) => l.g.getEdgeAttributes(id)),
        })),
      };
    },

    async districtOverlap(scope?) {
      const l = scoped(scope?.plan);
      const keyDistricts = () =>
        l.data.edges.filter((e) => e.type === "KEY_DISTRICT").map((e) => ({ district: e.target, industry: e.source }));
      return (l.overlap ??= buildOverlap(keyDistricts()));
    },

    async cypher() {
      throw new NotImplementedError("the Cypher console needs the Neo4j store: set NEO4J_URI");
    },

    async ping() {},
    async close() {},
  };
}
