/** Request and response shapes of the HTTP API (DESIGN.md), shared by server and client. */
import { z } from "zod";
import { EDGE_TYPES, GraphEdge, GraphNode, NODE_TYPES, NodeType } from "./graph.js";

export const ErrorCode = z.enum(["bad_request", "not_found", "method_not_allowed", "too_large", "rate_limited", "unavailable", "not_implemented", "internal"]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorBody = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  store: z.enum(["memory", "neo4j"]),
  nodes: z.number().int(),
  edges: z.number().int(),
  /** Why the status is degraded (HTTP 503): the database unreachable, slow, or holding no graph. */
  reason: z.string().optional(),
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

/**
 * `types=Industry,District` → ["Industry","District"]; unknown names are a 400. Documented as what
 * it is, a comma-separated list of node types (OpenAPI style form, explode false).
 */
export const TypesParam = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(",").map((t) => t.trim()).filter(Boolean) : undefined))
  .pipe(z.array(NodeType).optional())
  .meta({ type: "array", items: { type: "string", enum: [...NodeType.options] }, description: "Node types, comma-separated" });

/**
 * A whole number in a query string, `min`..`max`, `fallback` when absent or empty: `depth=` is how a
 * form or a URL leaves a value unset (it was read as 0 and refused as below the minimum).
 */
const intParam = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(min).max(max).default(fallback));

/** `plan=cq-sei-14fyp`: answer from that plan's statements only (its evidence, its properties). */
export const PlanParam = z.string().trim().min(1, "plan must not be empty").max(200).optional();
/** Only `plan`: for the routes that list or walk and take nothing else. */
export const PlanQuery = z.object({ plan: PlanParam });

export const GraphQuery = z.object({ types: TypesParam, plan: PlanParam });
export const NeighborsQuery = z.object({
  depth: intParam(1, 3, 1),
  types: TypesParam,
  limit: intParam(1, 2000, 500),
  plan: PlanParam,
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;
/** Neighbourhood options as a client states them (defaults optional). */
export type NeighborsParams = ParamsOf<typeof NeighborsQuery>;

export const ExportFormat = z.enum(["json", "graphml", "csv"]);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const ExportQuery = z.object({ format: ExportFormat.default("json"), plan: PlanParam });

export const Mention = z.object({ start: z.number().int(), end: z.number().int(), nodeId: z.string() });
export type Mention = z.infer<typeof Mention>;
export const PlanText = z.object({ planId: z.string(), text: z.string(), mentions: z.array(Mention) });
export type PlanText = z.infer<typeof PlanText>;

export { NODE_TYPES, EDGE_TYPES };

/**
 * A query schema's parsed values as a client passes them: what the schema defaults (or leaves
 * optional) is optional, the rest required; lists may be read-only. Its input type will not do:
 * coerced numbers take `unknown`.
 */
export type ParamsOf<S extends z.ZodObject, In = z.input<S>, Out = z.output<S>> = {
  [K in keyof Out as K extends keyof In ? (undefined extends In[K] ? K : never) : never]?: Passed<Out[K]>;
} & {
  [K in keyof Out as K extends keyof In ? (undefined extends In[K] ? never : K) : K]: Passed<Out[K]>;
};
type Passed<T> = T extends readonly (infer E)[] ? readonly E[] : T;

// ── search ────────────────────────────────────────────────────────────────
export const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(100),
  types: TypesParam,
  limit: intParam(1, 100, 20),
  plan: PlanParam,
});
export type SearchQuery = z.infer<typeof SearchQuery>;
/** Search options besides `q`, as a client states them. */
export type SearchParams = Omit<ParamsOf<typeof SearchQuery>, "q">;
export const SearchHit = z.object({
  id: z.string(),
  type: NodeType,
  name: z.string(),
  score: z.number(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

// ── paths ─────────────────────────────────────────────────────────────────
export const PathsQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  k: intParam(1, 10, 3),
  maxDepth: intParam(1, 6, 4),
  plan: PlanParam,
});
export type PathsQuery = z.infer<typeof PathsQuery>;
export type PathsParams = ParamsOf<typeof PathsQuery>;
/** One path: nodes in order from `from` to `to`, edges in order between them (any direction). */
export const Path = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type Path = z.infer<typeof Path>;
export const PathsResult = z.object({ paths: z.array(Path) });
export type PathsResult = z.infer<typeof PathsResult>;

// ── industry chains ──────────────────────────────────────────────────────
/** What carries a chain link: projects, platforms and districts behind it (ids). */
export const Backing = z.object({
  projects: z.array(z.string()),
  platforms: z.array(z.string()),
  districts: z.array(z.string()),
});
export type Backing = z.infer<typeof Backing>;
/** A FEEDS (product level) or SUPPLIES (industry level) edge of the chain, with what backs it. */
export const ChainLink = z.object({
  edgeId: z.string(),
  level: z.enum(["industry", "product"]),
  from: z.string(),
  to: z.string(),
  backing: Backing,
});
export type ChainLink = z.infer<typeof ChainLink>;
export const Chain = z.object({
  industry: z.string(),
  /** Links into the industry: SUPPLIES from other industries, FEEDS into its products. */
  upstream: z.array(ChainLink),
  /** FEEDS between the industry's own products. */
  internal: z.array(ChainLink),
  /** Links out of the industry: SUPPLIES to other industries, FEEDS from its products. */
  downstream: z.array(ChainLink),
  directions: z.array(z.string()),
  products: z.array(z.string()),
  projects: z.array(z.string()),
  platforms: z.array(z.string()),
  districts: z.array(z.string()),
  /** Links with nothing behind them: no project, platform or district. */
  gaps: z.array(z.object({ edgeId: z.string(), from: z.string(), to: z.string(), reason: z.string() })),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type Chain = z.infer<typeof Chain>;

// ── districts ─────────────────────────────────────────────────────────────
export const DistrictOverlap = z.object({
  /** District ids, rows of the matrix. */
  districts: z.array(z.string()),
  /** Industry ids, columns of the matrix. */
  industries: z.array(z.string()),
  /** matrix[d][i] = 1 when industry i has district d as a key district. */
  matrix: z.array(z.array(z.number().int())),
  /** Every pair of districts sharing at least one industry, most alike first. */
  pairs: z.array(z.object({ a: z.string(), b: z.string(), shared: z.array(z.string()), jaccard: z.number() })),
});
export type DistrictOverlap = z.infer<typeof DistrictOverlap>;

// ── read-only Cypher console (Neo4j store) ───────────────────────────────
export const CypherRequest = z.object({
  query: z.string().trim().min(1).max(5000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequest>;
export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type CypherResult = z.infer<typeof CypherResult>;

// ── district boundaries (GeoJSON; only the members the map reads, others allowed) ──
const Position = z.array(z.number()).min(2);
const Ring = z.array(Position);
export const GeoGeometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(Ring) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(Ring)) }),
]);
export type GeoGeometry = z.infer<typeof GeoGeometry>;
export const GeoFeature = z.looseObject({
  type: z.literal("Feature"),
  /** The adcode (GB/T 2260). */
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.looseObject({ adcode: z.string(), name: z.string(), nameEn: z.string().optional(), kind: z.string().optional() }),
  geometry: GeoGeometry,
});
export type GeoFeature = z.infer<typeof GeoFeature>;
export const GeoCollection = z.looseObject({
  type: z.literal("FeatureCollection"),
  features: z.array(GeoFeature),
  bbox: z.array(z.number()).optional(),
});
export type GeoCollection = z.infer<typeof GeoCollection>;

/** A plan loaded in the store (`GET /api/plans`). `counts` are that plan's statements by type. */
export const PlanSummary = z.object({
  /** The plan id (the file name without .txt), e.g. `cq-sei-14fyp`. */
  id: z.string(),
  /** Its node id, `plan:<id>`. */
  nodeId: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  /** The region the plan is for (重庆市), from its curation or its title; "" when unknown. */
  region: z.string(),
  /** The region's GB/T 2260 code, when known. */
  regionCode: z.string().optional(),
  /** e.g. 2021-2025 */
  period: z.string().optional(),
  sourceFile: z.string().optional(),
  /** Curated layers the plan has none of (products, chains, geography). */
  lacks: z.array(z.string()),
  counts: z.object({ nodes: z.record(z.string(), z.number().int()), edges: z.record(z.string(), z.number().int()) }),
});
export type PlanSummary = z.infer<typeof PlanSummary>;
export const PlansList = z.array(PlanSummary);
export type PlansList = z.infer<typeof PlansList>;

/** Two plans side by side (`GET /api/compare?a=&b=`). `in` says which plans state the item. */
export const Side = z.enum(["both", "a", "b"]);
export type Side = z.infer<typeof Side>;
export const CompareBacking = z.object({
  projects: z.number().int(),
  platforms: z.number().int(),
  districts: z.number().int(),
  products: z.number().int(),
});
export type CompareBacking = z.infer<typeof CompareBacking>;
export const CompareIndustry = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  in: Side,
  /** What backs the industry in each plan that has it. */
  a: CompareBacking.optional(),
  b: CompareBacking.optional(),
});
export type CompareIndustry = z.infer<typeof CompareIndustry>;
/** `industries`: the ids of the industries covering the product (directly or through a direction), in either plan. */
export const CompareProduct = z.object({ id: z.string(), name: z.string(), nameEn: z.string().optional(), in: Side, industries: z.array(z.string()) });
export type CompareProduct = z.infer<typeof CompareProduct>;
export const CompareLink = z.object({
  id: z.string(),
  type: z.enum(["FEEDS", "SUPPLIES"]),
  source: z.string(),
  target: z.string(),
  sourceName: z.string(),
  targetName: z.string(),
  sourceNameEn: z.string().optional(),
  targetNameEn: z.string().optional(),
  in: Side,
  /** The sentence of each plan that states the link. */
  quoteA: z.string().optional(),
  quoteB: z.string().optional(),
});
export type CompareLink = z.infer<typeof CompareLink>;
export const Comparison = z.object({
  a: PlanSummary,
  b: PlanSummary,
  industries: z.array(CompareIndustry),
  products: z.array(CompareProduct),
  links: z.array(CompareLink),
});
export type Comparison = z.infer<typeof Comparison>;
export const CompareQuery = z.object({ a: z.string().min(1).max(200), b: z.string().min(1).max(200), format: z.enum(["json", "csv"]).default("json") });
export type CompareQuery = z.infer<typeof CompareQuery>;
