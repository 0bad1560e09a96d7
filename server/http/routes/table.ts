/**
 * Every route of the API in one list: createApp mounts it and the OpenAPI document describes it,
 * so a route cannot be served undocumented or documented unserved.
 */
import { openApiDocument, OpenApiDocument } from "../openapi.js";
import { defineRoute, type Route } from "../route.js";
import { compareRoutes } from "./compare.js";
import { cypherRoutes } from "./cypher.js";
import { exploreRoutes } from "./explore.js";
import { geoRoutes } from "./geo.js";
import { graphRoutes } from "./graph.js";
import { planRoutes } from "./plans.js";

let document: OpenApiDocument | undefined;

const openApiRoute = defineRoute({
  method: "get",
  path: "/api/openapi.json",
  summary: "This document",
  response: OpenApiDocument,
  errors: {},
  readsGraph: false,
  // built on first request: ROUTES is complete by then
  handle: async () => (document ??= openApiDocument(ROUTES)),
});

export const ROUTES: readonly Route[] = [
  openApiRoute,
  ...graphRoutes,
  ...planRoutes,
  ...exploreRoutes,
  ...cypherRoutes,
  ...geoRoutes,
  ...compareRoutes,
];
