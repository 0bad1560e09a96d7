/** `POST /api/cypher { query, params }`: the read-only Cypher console (Neo4j store only). */
import { CypherRequest, CypherResult } from "../../../contract/api.js";
import { defineRoute } from "../route.js";

export const cypherRoutes = [
  defineRoute({
    method: "post",
    path: "/api/cypher",
    summary: "Read-only Cypher (Neo4j store only)",
    body: CypherRequest,
    response: CypherResult,
    errors: {
      400: "Malformed request, or a query that writes",
      413: "A request body over 100 kB",
      501: "The memory store has no Cypher",
      503: "The store cannot be reached",
    },
    handle: ({ body: { query, params } }, { store }) => store.cypher(query, params),
  }),
];
