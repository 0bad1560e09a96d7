/** The explorer's questions: search, an industry's chain, paths between nodes, district overlap. */
import { Router } from "express";
import { PathsQuery, SearchQuery } from "../../../contract/api.js";
import type { GraphStore } from "../../store/port.js";

export function exploreRoutes(store: GraphStore): Router {
  const r = Router();

  r.get("/search", async (req, res) => {
    const { q, types, limit } = SearchQuery.parse(req.query);
    res.json(await store.search(q, { types, limit }));
  });

  r.get("/chains/:industryId", async (req, res) => {
    res.json(await store.chain(req.params.industryId));
  });

  r.get("/paths", async (req, res) => {
    const { from, to, k, maxDepth } = PathsQuery.parse(req.query);
    res.json(await store.paths(from, to, { k, maxDepth }));
  });

  r.get("/districts/overlap", async (_req, res) => {
    res.json(await store.districtOverlap());
  });

  return r;
}
