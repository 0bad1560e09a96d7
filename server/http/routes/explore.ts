/** The explorer's questions: search, an industry's chain, paths between nodes, district overlap. */
import { z } from "zod";
import { Chain, DistrictOverlap, PathsQuery, PathsResult, PlanQuery, SearchHit, SearchQuery } from "../../../contract/api.js";
import { defineRoute } from "../route.js";

const UNAVAILABLE = "The store cannot be reached";

export const exploreRoutes = [
  defineRoute({
    method: "get",
    path: "/api/search",
    summary: "Ranked search over names, aliases and descriptions",
    query: SearchQuery,
    response: z.array(SearchHit),
    errors: { 400: "An empty or too long query, an unknown node type or a bad limit", 404: "No plan with this id", 503: UNAVAILABLE },
    cached: true,
    handle: ({ query: { q, types, limit, plan } }, { store }) => store.search(q, { types, limit, plan }),
  }),
  defineRoute({
    method: "get",
    path: "/api/chains/:industryId",
    summary: "An industry's chain with its gaps",
    params: z.object({ industryId: z.string() }),
    query: PlanQuery,
    response: Chain,
    errors: { 400: "An empty plan", 404: "No industry with this id (in this plan), or no such plan", 503: UNAVAILABLE },
    cached: true,
    handle: ({ params, query }, { store }) => store.chain(params.industryId, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/paths",
    summary: "The k shortest paths between two nodes",
    query: PathsQuery,
    response: PathsResult,
    errors: { 400: "A missing end or a parameter out of range", 404: "No node with one of the ids (in this plan), or no such plan", 503: UNAVAILABLE },
    cached: true,
    handle: ({ query: { from, to, k, maxDepth, plan } }, { store }) => store.paths(from, to, { k, maxDepth, plan }),
  }),
  defineRoute({
    method: "get",
    path: "/api/districts/overlap",
    summary: "Districts × industries and the pairs that share industries",
    query: PlanQuery,
    response: DistrictOverlap,
    errors: { 400: "An empty plan", 404: "No plan with this id", 503: UNAVAILABLE },
    cached: true,
    handle: ({ query }, { store }) => store.districtOverlap(query),
  }),
];
