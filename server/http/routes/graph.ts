/** Read routes over the GraphStore port: health, stats, graph, nodes, neighbours, export. */
import { z } from "zod";
import { ExportQuery, GraphQuery, Health, NeighborsQuery, NodeDetail, PlanQuery, Stats, Subgraph } from "../../../contract/api.js";
import { CONTENT_TYPES, serializeGraph } from "../../export/formats.js";
import type { GraphStore } from "../../store/port.js";
import { defineRoute } from "../route.js";

const UNAVAILABLE = "The store cannot be reached";

/** How long health waits on the store: a hung database must not hang the probe that reports it. */
export const HEALTH_DEADLINE_MS = 1_500;

async function probeHealth(store: GraphStore): Promise<Health> {
  const degraded = (reason: string): Health => ({ status: "degraded", store: store.kind, nodes: 0, edges: 0, reason });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Health>((resolve) => {
    timer = setTimeout(() => resolve(degraded(`the graph database did not answer within ${HEALTH_DEADLINE_MS / 1000} s`)), HEALTH_DEADLINE_MS);
  });
  const probe = (async (): Promise<Health> => {
    try {
      await store.ping();
      const reason = await store.notReady?.();
      if (reason) return degraded(reason);
      const { totals } = await store.stats();
      return { status: "ok", store: store.kind, nodes: totals.nodes, edges: totals.edges };
    } catch {
      return degraded("the graph database cannot be reached");
    }
  })();
  return Promise.race([probe, late]).finally(() => clearTimeout(timer));
}
const NO_PLAN = "No plan with this id";
const NodeParams = z.object({ id: z.string() });
/** The media type without its charset, as OpenAPI names it. */
const media = (contentType: string) => contentType.split(";")[0];

export const graphRoutes = [
  defineRoute({
    method: "get",
    path: "/api/health",
    summary: "Store status and size",
    response: Health,
    // an unreachable or empty store is an answer here (degraded, with why), not an error
    errors: {},
    readsGraph: false,
    statusOf: (health) => (health.status === "ok" ? 200 : 503),
    handle: (_input, { store }) => probeHealth(store),
  }),
  defineRoute({
    method: "get",
    path: "/api/stats",
    summary: "Counts of nodes and edges by type (of one plan with plan=)",
    query: PlanQuery,
    response: Stats,
    errors: { 400: "An empty plan", 404: NO_PLAN, 503: UNAVAILABLE },
    cached: true,
    handle: ({ query }, { store }) => store.stats(query),
  }),
  defineRoute({
    method: "get",
    path: "/api/graph",
    summary: "All nodes (or those of the given types) and the edges among them",
    query: GraphQuery,
    response: Subgraph,
    errors: { 400: "An unknown node type", 404: NO_PLAN, 503: UNAVAILABLE },
    cached: true,
    handle: ({ query }, { store }) => store.graph(query.types, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/nodes/:id",
    summary: "A node with its incident edges and full evidence",
    params: NodeParams,
    query: PlanQuery,
    response: NodeDetail,
    errors: { 400: "An empty plan", 404: "No node with this id (in this plan), or no such plan", 503: UNAVAILABLE },
    cached: true,
    handle: ({ params, query }, { store }) => store.node(params.id, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/nodes/:id/neighbors",
    summary: "A node's neighbourhood",
    params: NodeParams,
    query: NeighborsQuery,
    response: Subgraph,
    errors: { 400: "A parameter out of range or an unknown node type", 404: "No node with this id (in this plan), or no such plan", 503: UNAVAILABLE },
    cached: true,
    handle: ({ params, query }, { store }) => store.neighbors(params.id, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/export",
    summary: "The whole graph as JSON, GraphML or CSV",
    query: ExportQuery,
    response: {
      description: "The graph file, offered as a download",
      media: {
        [media(CONTENT_TYPES.json)]: Subgraph,
        [media(CONTENT_TYPES.graphml)]: null,
        [media(CONTENT_TYPES.csv)]: null,
      },
    },
    errors: { 400: "An unknown format", 404: NO_PLAN, 503: UNAVAILABLE },
    handle: async ({ query: { format, plan } }, { store }) => ({
      body: serializeGraph(await store.graph(undefined, { plan }), format),
      type: CONTENT_TYPES[format],
      attachment: `${plan ?? "chain-atlas"}.${format}`,
    }),
  }),
];
