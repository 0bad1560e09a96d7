/**
 * The HTTP API, typed with the shared contract. Every call rejects with an ApiError whose message
 * is readable: the server's `{ error: { code, message } }`, or what went wrong on the way.
 */
import type { CypherResult, DistrictOverlap, GeoCollection, Health, NodeDetail, Stats, Subgraph } from "../../contract/api.js";
import type { Comparison } from "../../contract/api.js";
import type { Chain, NeighborsParams, PathsParams, PathsResult, PlanText, PlansList, SearchHit, SearchParams } from "../../contract/api.js";
import type { NodeType } from "../../contract/graph.js";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Fetch = typeof fetch;

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  const e = (body as { error?: unknown } | null)?.error as { message?: unknown } | undefined;
  return typeof e === "object" && e !== null && typeof e.message === "string";
}

export async function getJson<T>(path: string, signal?: AbortSignal, fetchImpl: Fetch = fetch): Promise<T> {
  return requestJson<T>(path, { headers: { accept: "application/json" } }, signal, fetchImpl);
}

export async function postJson<T>(
  path: string,
  body: unknown,
  signal?: AbortSignal,
  fetchImpl: Fetch = fetch,
): Promise<T> {
  const headers = { accept: "application/json", "content-type": "application/json" };
  return requestJson<T>(path, { method: "POST", body: JSON.stringify(body), headers }, signal, fetchImpl);
}

async function requestJson<T>(
  path: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
  fetchImpl: Fetch,
): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(path, { ...init, signal });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw err;
    throw new ApiError(`Cannot reach the Chain Atlas server (${(err as Error)?.message ?? err}).`, 0, "network");
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) throw new ApiError(body.error.message, res.status, body.error.code);
  if (!res.ok) throw new ApiError(`The server answered ${res.status} ${res.statusText}`.trim() + ".", res.status, "http");
  if (body === undefined) throw new ApiError("The server sent a response that is not JSON.", res.status, "parse");
  return body as T;
}

const compareUrl = (a: string, b: string, format?: "csv") =>
  withQuery("/api/compare", `a=${encodeURIComponent(a)}`, `b=${encodeURIComponent(b)}`, format ? `format=${format}` : "");
const typesQuery = (types?: readonly NodeType[]) => (types ? `types=${types.join(",")}` : "");
const withQuery = (path: string, ...parts: string[]) => {
  const q = parts.filter(Boolean).join("&");
  return q ? `${path}?${q}` : path;
};

/**
 * The API; `fetchImpl` is injectable for tests. With `plan` (a plan id), every call that answers
 * from statements passes `plan=` and so answers from that plan's statements only (`withPlan` makes
 * the API of another plan; the app provides the one of the chosen plan, ui/apiContext.tsx).
 */
export function createApi(fetchImpl: Fetch = (...args) => fetch(...args), plan?: string) {
  const get = <T>(path: string, signal?: AbortSignal) => getJson<T>(path, signal, fetchImpl);
  const post = <T>(path: string, body: unknown, signal?: AbortSignal) => postJson<T>(path, body, signal, fetchImpl);
  const planQ = plan ? `plan=${encodeURIComponent(plan)}` : "";
  return {
    /** The plan every call answers from (undefined: all plans). */
    plan,
    /** The fetch the calls go through (withPlan makes another API over it). */
    fetchImpl,
    health: (signal?: AbortSignal) => get<Health>("/api/health", signal),
    stats: (signal?: AbortSignal) => get<Stats>(withQuery("/api/stats", planQ), signal),
    graph: (types?: readonly NodeType[], signal?: AbortSignal) =>
      get<Subgraph>(withQuery("/api/graph", typesQuery(types), planQ), signal),
    node: (id: string, signal?: AbortSignal) => get<NodeDetail>(withQuery(`/api/nodes/${encodeURIComponent(id)}`, planQ), signal),
    neighbors: (id: string, opts: NeighborsParams = {}, signal?: AbortSignal) =>
      get<Subgraph>(
        withQuery(
          `/api/nodes/${encodeURIComponent(id)}/neighbors`,
          opts.depth ? `depth=${opts.depth}` : "",
          typesQuery(opts.types),
          opts.limit ? `limit=${opts.limit}` : "",
          planQ,
        ),
        signal,
      ),
    /** Read-only Cypher; the memory store answers 501 (code `not_implemented`). */
    cypher: (query: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
      post<CypherResult>("/api/cypher", { query, params }, signal),
    /** Ranked hits over every node type (the server does Chinese, pinyin and initials). */
    search: (q: string, opts: SearchParams = {}, signal?: AbortSignal) =>
      get<SearchHit[]>(
        withQuery("/api/search", `q=${encodeURIComponent(q)}`, typesQuery(opts.types), opts.limit ? `limit=${opts.limit}` : "", planQ),
        signal,
      ),
    /** The plans loaded, each with its region and its statements counted by type. */
    plans: (signal?: AbortSignal) => get<PlansList>("/api/plans", signal),
    /** A plan's text and every entity mention in it (`planId` without the `plan:` prefix). */
    planText: (planId: string, signal?: AbortSignal) =>
      get<PlanText>(`/api/plans/${encodeURIComponent(planId)}/text`, signal),
    /** An industry's chain: upstream, internal and downstream links, what backs them, the gaps. */
    chain: (industryId: string, signal?: AbortSignal) => get<Chain>(withQuery(`/api/chains/${encodeURIComponent(industryId)}`, planQ), signal),
    /** The k shortest paths between two nodes, of at most maxDepth steps. */
    paths: ({ from, to, k, maxDepth }: PathsParams, signal?: AbortSignal) =>
      get<PathsResult>(
        withQuery(
          "/api/paths",
          `from=${encodeURIComponent(from)}`,
          `to=${encodeURIComponent(to)}`,
          k !== undefined ? `k=${k}` : "",
          maxDepth !== undefined ? `maxDepth=${maxDepth}` : "",
          planQ,
        ),
        signal,
      ),
    /** Districts × industries (0/1) and every pair of districts sharing an industry. */
    districtOverlap: (signal?: AbortSignal) => get<DistrictOverlap>(withQuery("/api/districts/overlap", planQ), signal),
    /** The district boundaries for the map (GeoJSON, feature id = adcode). */
    geoDistricts: (signal?: AbortSignal) => get<GeoCollection>("/api/geo/districts", signal),
    /** Two plans side by side, each from its own statements (the API's own plan does not apply). */
    compare: (a: string, b: string, signal?: AbortSignal) => get<Comparison>(compareUrl(a, b), signal),
    /** The same comparison as CSV (UTF-8 with a BOM, one row per item), as the file to save. */
    compareCsv: async (a: string, b: string, signal?: AbortSignal): Promise<Blob> => {
      const res = await fetchImpl(compareUrl(a, b, "csv"), { headers: { accept: "text/csv" }, signal });
      if (!res.ok) {
        const body: unknown = await res.json().catch(() => undefined);
        throw new ApiError(isErrorBody(body) ? body.error.message : `The server answered ${res.status}.`, res.status, "http");
      }
      return res.blob();
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/** The same API answering from one plan's statements (`plan` undefined or "": all plans). */
export function withPlan(api: Api, plan: string | undefined): Api {
  const wanted = plan || undefined;
  return api.plan === wanted ? api : createApi(api.fetchImpl, wanted);
}
export const api: Api = createApi();
