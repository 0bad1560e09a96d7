/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and that
 * the client imports (contract/), so the document cannot drift from the code.
 */
import { z } from "zod";
import {
  Chain,
  CypherRequest,
  CypherResult,
  DistrictOverlap,
  ErrorBody,
  ExportQuery,
  GraphQuery,
  Health,
  NeighborsQuery,
  NodeDetail,
  PathsQuery,
  PathsResult,
  PlanText,
  SearchHit,
  SearchQuery,
  Stats,
  Subgraph,
} from "../../contract/api.js";

type Schema = z.ZodType;
const json = (schema: Schema, io: "input" | "output" = "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });

function queryParams(schema: z.ZodObject) {
  const js = json(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: js.required?.includes(name) ?? false,
    schema: s,
  }));
}

const idParam = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const ok = (schema: Schema, description = "OK") => ({
  description,
  content: { "application/json": { schema: json(schema) } },
});
const error = (description: string) => ({ description, content: { "application/json": { schema: json(ErrorBody) } } });
const errors = { "400": error("Malformed request"), "404": error("Not found"), "503": error("Store unavailable") };

function get(summary: string, response: Schema, parameters: object[] = []) {
  return { get: { summary, parameters, responses: { "200": ok(response), ...errors } } };
}

export function openApiDocument(): object {
  return {
    openapi: "3.1.0",
    info: {
      title: "Chain Atlas API",
      version: "1.0.0",
      description: "An industrial plan as an evidence-backed knowledge graph. Every node and edge carries evidence.",
    },
    paths: {
      "/api/health": get("Store status and size", Health),
      "/api/stats": get("Counts of nodes and edges by type", Stats),
      "/api/graph": get("All nodes (or those of the given types) and the edges among them", Subgraph, queryParams(GraphQuery)),
      "/api/search": get("Ranked search over names, aliases and descriptions", z.array(SearchHit), queryParams(SearchQuery)),
      "/api/nodes/{id}": get("A node with its incident edges and full evidence", NodeDetail, [idParam("id")]),
      "/api/nodes/{id}/neighbors": get("A node's neighbourhood", Subgraph, [idParam("id"), ...queryParams(NeighborsQuery)]),
      "/api/chains/{industryId}": get("An industry's chain with its gaps", Chain, [idParam("industryId")]),
      "/api/paths": get("The k shortest paths between two nodes", PathsResult, queryParams(PathsQuery)),
      "/api/districts/overlap": get("Districts × industries and the pairs that share industries", DistrictOverlap),
      "/api/plans/{id}/text": get("The plan text and every mention span", PlanText, [idParam("id")]),
      "/api/export": {
        get: {
          summary: "The whole graph as JSON, GraphML or CSV",
          parameters: queryParams(ExportQuery),
          responses: { "200": { description: "The graph file" }, "400": errors["400"] },
        },
      },
      "/api/cypher": {
        post: {
          summary: "Read-only Cypher (Neo4j store only)",
          requestBody: { required: true, content: { "application/json": { schema: json(CypherRequest, "input") } } },
          responses: {
            "200": ok(CypherResult),
            "400": error("Malformed request, or a query that writes"),
            "501": error("The memory store has no Cypher"),
            "503": errors["503"],
          },
        },
      },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}
