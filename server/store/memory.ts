/** The memory adapter: the whole graph in a graphology MultiDirectedGraph. Zero set-up. */
import { MultiDirectedGraph } from "graphology";
import type { Stats } from "../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../contract/graph.js";
import { buildChain } from "../domain/chain.js";
import { buildOverlap } from "../domain/overlap.js";
import { createPathFinder, type PathFinder } from "../domain/paths.js";
import { createSearchIndex, type SearchIndex } from "../domain/search.js";
import { compareIds } from "../domain/ids.js";
import { NotFoundError, NotImplementedError } from "../domain/errors.js";
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

/** What the queries read, built together on load and swapped in together. */
interface Loaded {
  g: G;
  data: GraphData;
  index: SearchIndex;
  paths: PathFinder;
}

function prepare(data: GraphData): Loaded {
  return { g: build(data), data, index: createSearchIndex(data.nodes), paths: createPathFinder(data.edges) };
}

export function createMemoryStore(): GraphStore {
  let loaded = prepare({ nodes: [], edges: [] });
  let g: G = loaded.g;

  const edgesAmong = (ids: Set<string>): GraphEdge[] =>
    g.filterEdges((_k, _a, s, t) => ids.has(s) && ids.has(t)).map((k) => g.getEdgeAttributes(k));

  const requireNode = (id: string): GraphNode => {
    if (!g.hasNode(id)) throw new NotFoundError(`no node with id ${id}`);
    return g.getNodeAttributes(id);
  };

  return {
    kind: "memory",

    async load(data) {
      loaded = prepare(data); // built aside, swapped in whole: a failed build keeps the old graph
      g = loaded.g;
    },

    async stats(): Promise<Stats> {
      return {
        nodes: countBy(g.nodeEntries(), (n) => n.attributes.type),
        edges: countBy(g.edgeEntries(), (e) => e.attributes.type),
        totals: { nodes: g.order, edges: g.size },
      };
    },

    async graph(types?: NodeType[]) {
      const wanted = types ? new Set<string>(types) : undefined;
      const ids = new Set(g.filterNodes((_id, a) => !wanted || wanted.has(a.type)));
      return { nodes: [...ids].map((id) => g.getNodeAttributes(id)), edges: edgesAmong(ids) };
    },

    async node(id) {
      const node = requireNode(id);
      return { node, edges: g.edges(id).map((k) => g.getEdgeAttributes(k)) };
    },

    async neighbors(id, { depth, types, limit }: NeighborOptions) {
      requireNode(id);
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
      return { nodes: [...seen].map((n) => g.getNodeAttributes(n)), edges: edgesAmong(seen) };
    },

    async search(q, options) {
      return loaded.index.search(q, options);
    },

    async chain(industryId) {
      return buildChain(loaded.data, industryId);
    },

    async paths(from, to, limits) {
      requireNode(from);
      requireNode(to);
      const found = loaded.paths(from, to, limits);
      return {
        paths: found.map((p) => ({
          nodes: p.nodes.map((id) => g.getNodeAttributes(id)),
          edges: p.edges.map((id) => g.getEdgeAttributes(id)),
        })),
      };
    },

    async districtOverlap() {
      const keyDistricts = loaded.data.edges
        .filter((e) => e.type === "KEY_DISTRICT")
        .map((e) => ({ district: e.target, industry: e.source }));
      return buildOverlap(keyDistricts);
    },

    async cypher() {
      throw new NotImplementedError("the Cypher console needs the Neo4j store: set NEO4J_URI");
    },

    async ping() {},
    async close() {},
  };
}
