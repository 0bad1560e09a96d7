/** The GraphStore port: one interface, implemented by the memory and the Neo4j adapters. */
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../contract/graph.js";
import type { Stats } from "../../contract/api.js";

export interface NeighborOptions {
  depth: number;
  types?: NodeType[];
  limit: number;
}

export interface GraphStore {
  readonly kind: "memory" | "neo4j";
  /** Replace the whole graph; on failure the previous graph stays. */
  load(graph: GraphData): Promise<void>;
  stats(): Promise<Stats>;
  /** All nodes (or those of the given types) and the edges among them. */
  graph(types?: NodeType[]): Promise<GraphData>;
  /** A node and all its incident edges; throws NotFoundError. */
  node(id: string): Promise<{ node: GraphNode; edges: GraphEdge[] }>;
  /** The neighbourhood up to `depth` hops (the start node included); throws NotFoundError. */
  neighbors(id: string, options: NeighborOptions): Promise<GraphData>;
  /** Throws when the backing database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
