/** Request and response shapes of the HTTP API (DESIGN.md), shared by server and client. */
import { z } from "zod";
import { EDGE_TYPES, GraphEdge, GraphNode, NODE_TYPES, NodeType } from "./graph.js";

export const ErrorCode = z.enum(["bad_request", "not_found", "unavailable", "not_implemented", "internal"]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorBody = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  store: z.enum(["memory", "neo4j"]),
  nodes: z.number().int(),
  edges: z.number().int(),
});
export type Health = z.infer<typeof Health>;

export const Stats = z.object({
  nodes: z.record(z.string(), z.number().int()),
  edges: z.record(z.string(), z.number().int()),
  totals: z.object({ nodes: z.number().int(), edges: z.number().int() }),
});
export type Stats = z.infer<typeof Stats>;

export const Subgraph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type Subgraph = z.infer<typeof Subgraph>;

export const NodeDetail = z.object({ node: GraphNode, edges: z.array(GraphEdge) });
export type NodeDetail = z.infer<typeof NodeDetail>;

/** `types=Industry,District` → ["Industry","District"]; unknown names are a 400. */
export const TypesParam = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(",").map((t) => t.trim()).filter(Boolean) : undefined))
  .pipe(z.array(NodeType).optional());

export const GraphQuery = z.object({ types: TypesParam });
export const NeighborsQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: TypesParam,
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

export const ExportFormat = z.enum(["json", "graphml", "csv"]);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const ExportQuery = z.object({ format: ExportFormat.default("json") });

export const Mention = z.object({ start: z.number().int(), end: z.number().int(), nodeId: z.string() });
export type Mention = z.infer<typeof Mention>;
export const PlanText = z.object({ planId: z.string(), text: z.string(), mentions: z.array(Mention) });
export type PlanText = z.infer<typeof PlanText>;

export { NODE_TYPES, EDGE_TYPES };
