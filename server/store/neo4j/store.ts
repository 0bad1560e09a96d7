/**
 * The Neo4j adapter of the GraphStore port. Cypher lives in `cypher/*.cypher` (./queries.ts);
 * the driver, sessions and transactions in ./executor.ts. Where the answer is a computation over a
 * neighbourhood (chain, paths, district overlap) Cypher fetches the neighbourhood and the shared
 * pure function in server/domain computes the answer, as the memory store does on its graph.
 *
 * A plan scope (`plan`): every node and relationship keeps the ids of the plans stating it
 * (`plans`, ./mapping.ts); each read passes `$plan` and keeps, also while walking, only what that
 * plan states, then reads it back as that plan states it (inPlan: its evidence, its properties).
 * That is the memory store's projectPlan, computed in the database. An unknown plan is checked in
 * the same read transaction (plan-exists) and is a NotFoundError.
 */
import neo4j from "neo4j-driver";
import type { Logger } from "pino";
import type { CypherResult, PathsResult, PlanSummary, Stats } from "../../../contract/api.js";
import type { GraphData, GraphEdge, GraphNode, NodeType } from "../../../contract/graph.js";
import { buildChain } from "../../domain/chain.js";
import { buildOverlap } from "../../domain/overlap.js";
import { kShortestPaths } from "../../domain/paths.js";
import { NotFoundError } from "../../domain/errors.js";
import { PLAN_PROPS } from "../../plans/planSet.js";
import { summarizePlan } from "../../plans/summaries.js";
import type { GraphStore, NeighborOptions, PathOptions, SearchOptions } from "../port.js";
import { refuseWrites } from "./console.js";
import { ConsolePool } from "./consolePool.js";
import { Executor, type RunNamed } from "./executor.js";
import { ensureSchema, type LoadOptions, loadGraph, type LoadSummary } from "./load.js";
import { type EdgeRow, inPlan, type NodeRow, toGraphEdge, toGraphNode } from "./mapping.js";
import { planCounts } from "./plans.js";
import { defaultCypherDir, loadQueries, type QueryName } from "./queries.js";
import { graphVersionReader, NO_GRAPH } from "./version.js";
import { hasSomeTerm, luceneQuery, rankHits, searchText } from "./search.js";
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
  /** Timeout of each transaction of a load: a batch, the switch, a bounded delete (default 10 min). */
  loadTimeoutMs?: number;
  /** Timeout of a console query (default 5 s). */
  consoleTimeoutMs?: number;
  /** Rows a console query returns at most (default 1000). */
  consoleMaxRows?: number;
  /** Size of a console answer's rows as JSON, about, past which they are cut (default 2 MB). */
  consoleMaxBytes?: number;
  /** Console queries run at once (default 2); a few more wait, the rest are refused as busy. */
  consoleThreads?: number;
  /** How long reads retry a lost connection before answering 503 (default 1 s). */
  maxRetryTimeMs?: number;
  /** Rows per transaction of a load (staging batches, bounded deletes; default 1000). */
  batchSize?: number;
  /** Told the name of every named query (a `cypher/` file) once it has run. */
  onQuery?: (name: QueryName) => void;
}

export interface Neo4jStore extends GraphStore {
  readonly kind: "neo4j";
  /** Constraints and indexes (IF NOT EXISTS); `load` runs it too. Idempotent. */
  ensureSchema(): Promise<void>;
  /**
   * True when readers see no graph node: a fresh database, or one imported before staged loads
   * (no current run): import the seeds.
   */
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

  /** Nodes and edges as read, or as `plan` states them. */
  const nodesOf = (v: unknown, plan?: string): GraphNode[] => (v as NodeRow[]).map((row) => inPlan(toGraphNode(row), plan));
  const edgesOf = (v: unknown, plan?: string): GraphEdge[] => (v as EdgeRow[]).map((row) => inPlan(toGraphEdge(row), plan));

  /**
   * Named reads in one READ transaction, for every plan (`plan` undefined) or for one: then the
   * plan is checked first, in the same transaction, and an unknown one is a NotFoundError.
   */
  const scoped = <T>(label: QueryName, plan: string | undefined, work: (run: RunNamed) => Promise<T>): Promise<T> =>
    exec.readTx(exec.queries[label].file, async (run) => {
      if (plan !== undefined) {
        const [r] = await run("plan-exists", { plan });
        if (r?.get("exists") !== true) throw new NotFoundError(`no plan with id ${plan}`);
      }
      return work(run);
    });

  const requireNodes = async (run: RunNamed, ids: string[], plan: string | undefined): Promise<void> => {
    for (const r of await run("exists", { ids, plan: plan ?? null })) {
      if (typeof r.get("type") !== "string") throw new NotFoundError(`no node with id ${r.get("id")}`);
    }
  };

  // the console runs in threads of its own (./consolePool.ts), started at its first query
  const consolePool = new ConsolePool(
    {
      ...config,
      cypherDir: options.cypherDir,
      timeoutMs: consoleTimeoutMs,
      maxRows: consoleMaxRows,
      maxBytes: options.consoleMaxBytes ?? 2_000_000,
    },
    { size: options.consoleThreads },
  );

  const version = graphVersionReader(exec);
  // this store's own loads are seen at once (another process's within the version's TTL)
  const loadWithSummary = (graph: GraphData, opts?: LoadOptions) =>
    loadGraph(exec, graph, { batchSize: options.batchSize, timeoutMs: loadTimeoutMs, ...opts }).finally(() => version.forget());

  return {
    kind: "neo4j",
    version: () => version.read(),

    async notReady() {
      // no run readers could see: a database started empty (the launcher's default) or wiped
      return (await version.read()) === NO_GRAPH ? "the graph database holds no graph: run npm run import, or restart the app (it imports into an empty database)" : undefined;
    },

    ensureSchema: () => ensureSchema(exec),

    async isEmpty() {
      return !(await exec.read("stats", { plan: null })).some((r) => r.get("kind") === "node");
    },

    loadWithSummary,

    async load(graph) {
      await loadWithSummary(graph);
    },

    async stats(scope): Promise<Stats> {
      const plan = scope?.plan;
      const out: Stats = { nodes: {}, edges: {}, totals: { nodes: 0, edges: 0 } };
      for (const r of await scoped("stats", plan, (run) => run("stats", { plan: plan ?? null }))) {
        const count = toNumber(r.get("count"));
        const kind = r.get("kind") === "node" ? "nodes" : "edges";
        out[kind][r.get("type")] = count;
        out.totals[kind] += count;
      }
      return out;
    },

    async plans(): Promise<PlanSummary[]> {
      const [r] = await exec.read("plans");
      const countsOf = planCounts(r.get("nodeCounts"), r.get("edgeCounts"));
      return nodesOf(r.get("plans")).map((node) => summarizePlan(node, countsOf(node)));
    },

    async graph(types?: NodeType[], scope?) {
      const plan = scope?.plan;
      if (!types) {
        const nodes: GraphNode[] = [];
        const edges: GraphEdge[] = [];
        for (const r of await scoped("export", plan, (run) => run("export", { plan: plan ?? null }))) {
          const node = r.get("node");
          if (node) nodes.push(inPlan(toGraphNode(node), plan));
          else edges.push(inPlan(toGraphEdge(r.get("edge")), plan));
        }
        return { nodes, edges };
      }
      const [r] = await scoped("graph", plan, (run) => run("graph", { types, plan: plan ?? null }));
      return { nodes: nodesOf(r.get("nodes"), plan), edges: edgesOf(r.get("edges"), plan) };
    },

    async node(id, scope?) {
      const plan = scope?.plan;
      const [r] = await scoped("node", plan, (run) => run("node", { id, plan: plan ?? null }));
      if (!r) throw new NotFoundError(`no node with id ${id}`);
      return { node: inPlan(toGraphNode(r.get("node")), plan), edges: edgesOf(r.get("edges"), plan) };
    },

    async neighbors(id, { depth, types, limit, plan }: NeighborOptions) {
      const params = { id, depth, types: types ?? null, plan: plan ?? null, limit };
      const [r] = await scoped("neighbors", plan, (run) => run("neighbors", params));
      if (!r) throw new NotFoundError(`no node with id ${id}`);
      return { nodes: nodesOf(r.get("nodes"), plan), edges: edgesOf(r.get("edges"), plan) };
    },

    async search(q, { types, limit, plan }: SearchOptions) {
      const query = searchText(q);
      if (!query && plan === undefined) return [];
      const wanted = types?.length ? types : null;
      return scoped("search", plan, async (run) => {
        if (!query) return []; // after the plan check: an unknown plan is NotFound, as in memory
        const read = async (name: "search" | "search-contains", params: Record<string, unknown>) =>
          (await run(name, { ...params, types: wanted, plan: plan ?? null, candidates: SEARCH_CANDIDATES }))
            // a hit shows no evidence: it is read only to pick the plan's own view (inPlan)
            .map((r) => ({ raw: toGraphNode(plan === undefined ? { ...r.get("node"), evidenceJson: "[]" } : r.get("node")), score: Number(r.get("score")) }))
            .map(({ raw, score }) => ({ raw, node: inPlan(raw, plan), score }))
            // where plans state a node differently the index holds every plan's text: keep a
            // candidate only if the view asked for has a term of the query
            .filter(({ raw, node }) => typeof raw.props[PLAN_PROPS] !== "string" || hasSomeTerm(node, query));
        let found = await read("search", { query: luceneQuery(query) });
        if (found.length === 0) found = await read("search-contains", { needle: query });
        return rankHits(found, query, limit);
      });
    },

    async chain(industryId, scope?) {
      const plan = scope?.plan;
      const [r] = await scoped("chain", plan, (run) => run("chain", { id: industryId, plan: plan ?? null }));
      const sub: GraphData = r ? { nodes: nodesOf(r.get("nodes"), plan), edges: edgesOf(r.get("edges"), plan) } : { nodes: [], edges: [] };
      return buildChain(sub, industryId); // NotFoundError for an unknown id or a non-industry
    },

    async paths(from, to, { k, maxDepth, plan }: PathOptions): Promise<PathsResult> {
      const r = await scoped("paths", plan, async (run) => {
        await requireNodes(run, [from, to], plan);
        return (await run("paths", { from, to, maxDepth, plan: plan ?? null }))[0];
      });
      const nodes = new Map(nodesOf(r?.get("nodes") ?? [], plan).map((n) => [n.id, n]));
      const edges = new Map(edgesOf(r?.get("edges") ?? [], plan).map((e) => [e.id, e]));
      const found = kShortestPaths([...edges.values()], from, to, { k, maxDepth });
      return {
        paths: found.map((p) => ({
          nodes: p.nodes.map((id) => nodes.get(id)!),
          edges: p.edges.map((id) => edges.get(id)!),
        })),
      };
    },

    async districtOverlap(scope?) {
      const plan = scope?.plan;
      const recs = await scoped("district-overlap", plan, (run) => run("district-overlap", { plan: plan ?? null }));
      return buildOverlap(recs.map((r) => ({ district: r.get("district"), industry: r.get("industry") })));
    },

    async cypher(query, params): Promise<CypherResult> {
      refuseWrites(query); // a readable refusal at once, before a thread is taken
      return consolePool.run(query, params);
    },

    async ping() {
      await exec.ping();
    },

    async close() {
      await Promise.all([exec.close(), consolePool.close()]);
    },
  };
}

function isLogger(v: unknown): v is Logger {
  return !!v && typeof (v as Logger).info === "function" && typeof (v as Logger).child === "function";
}
