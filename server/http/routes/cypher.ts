/** `POST /api/cypher { query, params }`: the read-only Cypher console (Neo4j store only). */
import { Router } from "express";
import { CypherRequest } from "../../../contract/api.js";
import type { GraphStore } from "../../store/port.js";

export function cypherRoutes(store: GraphStore): Router {
  const r = Router();
  r.post("/cypher", async (req, res) => {
    const { query, params } = CypherRequest.parse(req.body ?? {});
    res.json(await store.cypher(query, params));
  });
  return r;
}
