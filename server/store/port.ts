/** The GraphStore port: one interface, implemented by the memory and the Neo4j adapters. */
import type { Chain, CypherResult, DistrictOverlap, PathsResult, PlanSummary, SearchHit, Stats } from "../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../contract/graph.js";

/**
 * `plan`: answer from that plan's statements only (server/plans/planSet.ts, projectPlan): the
 * nodes and edges it states, with its evidence and its own properties. An unknown plan is a
 * NotFoundError. Absent: every plan's statements together.
 */
export interface PlanScope {
  plan?: string;
}

export interface NeighborOptions extends PlanScope {
  depth: number;
  types?: NodeType[];
  limit: number;
}

export interface SearchOptions extends PlanScope {
  types?: NodeType[];
  limit: number;
}

export interface PathOptions extends PlanScope {
  k: number;
  maxDepth: number;
}

export interface GraphStore {
  readonly kind: "memory" | "neo4j";
  /**
   * A cheap token that changes whenever the graph may have changed (a load here, or another
   * process's import into the same database): what caches of answers key by. Optional: a store
   * without it is cached for a short time only (server/http/cache.ts).
   */
  version?(): Promise<string>;
  /** Replace the whole graph; on failure the previous graph stays. */
  load(graph: GraphData): Promise<void>;
  stats(scope?: PlanScope): Promise<Stats>;
  /** The plans loaded, in the order they joined the graph, each with its statements counted. */
  plans(): Promise<PlanSummary[]>;
  /** All nodes (or those of the given types) and the edges among them. */
  graph(types?: NodeType[], scope?: PlanScope): Promise<GraphData>;
  /** A node and all its incident edges; throws NotFoundError. */
  node(id: string, scope?: PlanScope): Promise<{ node: GraphNode; edges: GraphEdge[] }>;
  /** The neighbourhood up to `depth` hops (the start node included); throws NotFoundError. */
  neighbors(id: string, options: NeighborOptions): Promise<GraphData>;
  /** Ranked full-text search over names, English names, aliases and descriptions (Chinese aware). */
  search(q: string, options: SearchOptions): Promise<SearchHit[]>;
  /** An industry's chain; throws NotFoundError for an unknown id or a node that is not an Industry. */
  chain(industryId: string, scope?: PlanScope): Promise<Chain>;
  /** Up to k shortest simple paths (edges in any direction) of at most maxDepth edges; throws NotFoundError. */
  paths(from: string, to: string, options: PathOptions): Promise<PathsResult>;
  /** Districts × industries from KEY_DISTRICT, and every pair of districts that share an industry. */
  districtOverlap(scope?: PlanScope): Promise<DistrictOverlap>;
  /** Read-only Cypher (Neo4j only; the memory store throws NotImplementedError). */
  cypher(query: string, params: Record<string, unknown>): Promise<CypherResult>;
  /** Throws StoreUnavailableError when the backing database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Why the store cannot answer questions about the graph yet (an empty database after a restart),
   * or undefined when it can. Cheap (asked before every read). Stores that are always ready omit it.
   */
  notReady?(): Promise<string | undefined>;
  close(): Promise<void>;
}
