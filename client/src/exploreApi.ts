/**
 * The chain and path endpoints (`GET /api/chains/:industryId`, `GET /api/paths`), typed with the
 * shared contract. Kept beside api.ts (same error handling, `getJson`); `fetchImpl` is injectable.
 */
import type { Chain, PathsResult } from "../../contract/api.js";
import { getJson } from "./api.js";

type Fetch = typeof fetch;

export interface PathsParams {
  from: string;
  to: string;
  k?: number;
  maxDepth?: number;
}

export function pathsUrl({ from, to, k, maxDepth }: PathsParams): string {
  const q = new URLSearchParams({ from, to });
  if (k !== undefined) q.set("k", String(k));
  if (maxDepth !== undefined) q.set("maxDepth", String(maxDepth));
  return `/api/paths?${q.toString()}`;
}

export function createExploreApi(fetchImpl: Fetch = (...args) => fetch(...args)) {
  return {
    chain: (industryId: string, signal?: AbortSignal) =>
      getJson<Chain>(`/api/chains/${encodeURIComponent(industryId)}`, signal, fetchImpl),
    paths: (params: PathsParams, signal?: AbortSignal) => getJson<PathsResult>(pathsUrl(params), signal, fetchImpl),
  };
}

export const exploreApi = createExploreApi();
