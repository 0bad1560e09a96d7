/**
 * The graph model: the contract between importer, stores, API and client (DESIGN.md).
 * Zod schemas are the single source; the TypeScript types are inferred from them.
 */
import { z } from "zod";
import { EDGE_TYPES, NODE_TYPES } from "./vocabulary.js";

export { EDGE_TYPES, NODE_TYPES, isTextEvidence } from "./vocabulary.js";

export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

/** A span of the plan text that states the fact: quote === text.slice(start, end). */
export const TextEvidence = z.object({
  planId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
  section: z.string(),
});
export type TextEvidence = z.infer<typeof TextEvidence>;

/** A fact the plan does not state (codes, coordinates, zone extents): where it comes from. */
export const ReferenceEvidence = z.object({
  kind: z.literal("reference"),
  source: z.string().min(1),
  /** The plan whose import added the fact (set when the plan joins a graph of several plans). */
  planId: z.string().min(1).optional(),
});
export type ReferenceEvidence = z.infer<typeof ReferenceEvidence>;

export const Evidence = z.union([TextEvidence, ReferenceEvidence]);
export type Evidence = z.infer<typeof Evidence>;

/** Type-specific properties are scalars or arrays of scalars so that every store can hold them. */
export const PropValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);
export type PropValue = z.infer<typeof PropValue>;

export const GraphNode = z.object({
  id: z.string().min(1),
  type: NodeType,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  props: z.record(z.string(), PropValue),
  evidence: z.array(Evidence).min(1),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string().min(1),
  type: EdgeType,
  source: z.string().min(1),
  target: z.string().min(1),
  props: z.record(z.string(), PropValue),
  evidence: z.array(Evidence).min(1),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphData = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphData = z.infer<typeof GraphData>;

/** Stable, readable ids: `industry:集成电路`, `district:沙坪坝区`. */
export function nodeId(type: NodeType, key: string): string {
  return `${type.toLowerCase()}:${key}`;
}

export function edgeId(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
