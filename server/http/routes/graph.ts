/** Read routes over the GraphStore port: health, stats, graph, nodes, neighbours, export. */
import { Router } from "express";
import { ExportQuery, GraphQuery, NeighborsQuery, type Health } from "../../../contract/api.js";
import { CONTENT_TYPES, serializeGraph } from "../../export/formats.js";
import type { GraphStore } from "../../store/port.js";

export function graphRoutes(store: GraphStore): Router {
  const r = Router();

  r.get("/health", async (_req, res) => {
    let body: Health;
    try {
      await store.ping();
      const { totals } = await store.stats();
      body = { status: "ok", store: store.kind, nodes: totals.nodes, edges: totals.edges };
    } catch {
      body = { status: "degraded", store: store.kind, nodes: 0, edges: 0 };
    }
    res.json(body);
  });

  r.get("/stats", async (_req, res) => {
    res.json(await store.stats());
  });

  r.get("/graph", async (req, res) => {
    const { types } = GraphQuery.parse(req.query);
    res.json(await store.graph(types));
  });

  r.get("/nodes/:id", async (req, res) => {
    res.json(await store.node(req.params.id));
  });

  r.get("/nodes/:id/neighbors", async (req, res) => {
    const q = NeighborsQuery.parse(req.query);
    res.json(await store.neighbors(req.params.id, q));
  });

  r.get("/export", async (req, res) => {
    const { format } = ExportQuery.parse(req.query);
    const body = serializeGraph(await store.graph(), format);
    res.attachment(`chain-atlas.${format}`).type(CONTENT_TYPES[format]).send(body);
  });

  return r;
}
