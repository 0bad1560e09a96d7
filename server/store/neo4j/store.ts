/**
 * The Neo4j adapter of the GraphStore port. Cypher lives in `cypher/*.cypher` (./queries.ts);
 * the driver, sessions and transactions in ./executor.ts. Where the answer is a computation over a
 * neighbourhood (chain, paths, district overlap) Cypher fetches the neighbourhood and the shared
 * pure function in server/domain computes the answer, as the memory store does on its graph.
 */
import neo4j from "neo4j-driver";
import type { Logger } from "pino";
import type { CypherResult, PathsResult, Stats } from "../../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { buildChain } from "../../domain/chain.js";
import { buildOverlap } from "../../domain/overlap.js";
import { kShortestPaths } from "../../domain/paths.js";
import { NotFoundError } from "../../domain/errors.js";
import { planSummaries } from "../../plans/summaries.js";
import type { GraphStore, NeighborOptions, PathOptions, SearchOptions } from "../port.js";
import { collectResult, refuseWrites } from "./console.js";
import { Executor } from "./executor.js";
import { ensureSchema, type LoadOptions, loadGraph, type LoadSummary } from "./load.js";
import { type EdgeRow, type NodeRow, toGraphEdge, toGraphNode } from "./mapping.js";
import { defaultCypherDir, loadQueries, type QueryName } from "./queries.js";
import { luceneQuery, rankHits, searchText } from "./search.js";
import { toNumber } from "./values.js";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Neo4jStoreOptions {
  logger?: Logger;
  /** Folder of the `.cypher` files (default: `cypher/` at the repository root). */
  cypherDir?: string;
  /** Timeout of each store read (default 30 s). */
  readTimeoutMs?: number;
  /** Timeout of a whole load (default 10 min). */
  loadTimeoutMs?: number;
  /** Timeout of a console query (default 5 s). */
  consoleTimeoutMs?: number;
  /** Rows a console query returns at most (default 1000). */
  consoleMaxRows?: number;
  /** How long reads retry a lost connection before answering 503 (default 1 s). */
  maxRetryTimeMs?: number;
  /** Rows per UNWIND batch of a load (default 1000). */
  batchSize?: number;
  /** Told the name of every named query (a `cypher/` file) once it has run. */
  onQuery?: (name: QueryName) => void;
}

export interface Neo4jStore extends GraphStore {
  readonly kind: "neo4j";
  /** Constraints and indexes (IF NOT EXISTS); `load` runs it too. Idempotent. */
  ensureSchema(): Promise<void>;
  /** True when the database holds no graph node (a fresh database: import the seeds). */
  isEmpty(): Promise<boolean>;
  /** Like `load`, with what the import merged and deleted. */
  loadWithSummary(graph: GraphData, options?: LoadOptions): Promise<LoadSummary>;
}

/** How long a search asks the index for candidates before ranking. */
const SEARCH_CANDIDATES = 500;

export function createNeo4jStore(config: Neo4jConfig, loggerOrOptions?: Logger | Neo4jStoreOptions): Neo4jStore {
  const options: Neo4jStoreOptions = isLogger(loggerOrOptions) ? { logger: loggerOrOptions } : (loggerOrOptions ?? {});
  const queries = loadQueries(options.cypherDir ?? defaultCypherDir); // fails fast on a missing file
  const consoleTimeoutMs = options.consoleTimeoutMs ?? 5_000;
  const consoleMaxRows = options.consoleMaxRows ?? 1_000;
  const loadTimeoutMs = options.loadTimeoutMs ?? 600_000;
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 1_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: "chain-atlas",
  });
  const exec = new Executor(driver, queries, {
    database: config.database,
    txTimeoutMs: options.readTimeoutMs ?? 30_000,
    logger: options.logger,
    onQuery: options.onQuery,
  });

  const nodesOf = (v: unknown): GraphNode[] => (v as NodeRow[]).map(toGraphNode);
  const edgesOf = (v: unknown): GraphEdge[] => (v as EdgeRow[]).map(toGraphEdge);

  const requireNodes = async (ids: string[]): Promise<Map<string, string>> => {
    const recs = await exec.read("exists", { ids });
    const types = new Map<string, string>();
    for (const r of recs) {
      const type = r.get("type");
      if (typeof type !== "string") throw new NotFoundError(`no node with id ${r.get("id")}`);
      types.set(r.get("id"), type);
    }
    return types;
  };

  const loadWithSummary = (graph: GraphData, opts?: LoadOptions) =>
    loadGraph(exec, graph, { batchSize: options.batchSize, timeoutMs: loadTimeoutMs, ...opts });

  return {
    kind: "neo4j",

    ensureSchema: () => ensureSchema(exec),

    async isEmpty() {
      return !(await exec.read("stats")).some((r) => r.get("kind") === "node");
    },

    loadWithSummary,

    async load(graph) {
      await loadWithSummary(graph);
    },

    async stats(): Promise<Stats> {
      const out: Stats = { nodes: {}, edges: {}, totals: { nodes: 0, edges: 0 } };
      for (const r of await exec.read("stats")) {
        const count = toNumber(r.get("count"));
        const kind = r.get("kind") === "node" ? "nodes" : "edges";
        out[kind][r.get("type")] = count;
        out.totals[kind] += count;
      }
      return out;
    },

    async plans() {
      return planSummaries(await this.graph());
    },

    async graph(types?: NodeType[]) {
      if (!types) {
        const nodes: GraphNode[] = [];
        const edges: GraphEdge[] = [];
        for (const r of await exec.read("export")) {
          const node = r.get("node");
          if (node) nodes.push(toGraphNode(node));
          else edges.push(toGraphEdge(r.get("edge")));
        }
        return { nodes, edges };
      }
      const [r] = await exec.read("graph", { types });
      return { nodes: nodesOf(r.get("nodes")), edges: edgesOf(r.get("edges")) };
    },

    async node(id) {
      const [r] = await exec.read("node", { id });
      if (!r) throw new NotFoundError(`no node with id ${id}`);
      return { node: toGraphNode(r.get("node")), edges: edgesOf(r.get("edges")) };
    },

    async neighbors(id, { depth, types, limit }: NeighborOptions) {
      const [r] = await exec.read("neighbors", { id, depth, types: types ?? null, limit });
      if (!r) throw new NotFoundError(`no node with id ${id}`);
      return { nodes: nodesOf(r.get("nodes")), edges: edgesOf(r.get("edges")) };
    },

    async search(q, { types, limit }: SearchOptions) {
      const query = searchText(q);
      if (!query) return [];
      const wanted = types?.length ? types : null;
      const read = async (name: "search" | "search-contains", params: Record<string, unknown>) =>
        (await exec.read(name, { ...params, types: wanted, candidates: SEARCH_CANDIDATES })).map((r) => ({
          node: toGraphNode(r.get("node")),
          score: Number(r.get("score")),
        }));
      let found = await read("search", { query: luceneQuery(query) });
      if (found.length === 0) found = await read("search-contains", { needle: query });
      return rankHits(found, query, limit);
    },

    async chain(industryId) {
      const [r] = await exec.read("chain", { id: industryId });
      const sub: GraphData = r ? { nodes: nodesOf(r.get("nodes")), edges: edgesOf(r.get("edges")) } : { nodes: [], edges: [] };
      return buildChain(sub, industryId); // NotFoundError for an unknown id or a non-industry
    },

    async paths(from, to, { k, maxDepth }: PathOptions): Promise<PathsResult> {
      await requireNodes([from, to]);
      const [r] = await exec.read("paths", { from, to, maxDepth });
      const nodes = new Map(nodesOf(r?.get("nodes") ?? []).map((n) => [n.id, n]));
      const edges = new Map(edgesOf(r?.get("edges") ?? []).map((e) => [e.id, e]));
      const found = kShortestPaths([...edges.values()], from, to, { k, maxDepth });
      return {
        paths: found.map((p) => ({
          nodes: p.nodes.map((id) => nodes.get(id)!),
          edges: p.edges.map((id) => edges.get(id)!),
        })),
      };
    },

    async districtOverlap() {
      const recs = await exec.read("district-overlap");
      return buildOverlap(recs.map((r) => ({ district: r.get("district"), industry: r.get("industry") })));
    },

    async cypher(query, params): Promise<CypherResult> {
      refuseWrites(query);
      return exec.consoleRead(
        "console",
        (tx, run) => collectResult(tx, run, query, params, { maxRows: consoleMaxRows }),
        consoleTimeoutMs,
      );
    },

    async ping() {
      await exec.ping();
    },

    async close() {
      await exec.close();
    },
  };
}

function isLogger(v: unknown): v is Logger {
  return !!v && typeof (v as Logger).info === "function" && typeof (v as Logger).child === "function";
}
