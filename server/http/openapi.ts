/**
 * The OpenAPI 3.1 document, generated from the route table: the same routes Express mounts, with
 * the same zod schemas that validate requests and that the client imports (contract/).
 */
import { z } from "zod";
import { ErrorBody } from "../../contract/api.js";
import { isRateLimited } from "./limits.js";
import { isJsonResponse, openApiPath, type Route } from "./route.js";

/** What the document promises about itself (it is served by a route of the table too). */
export const OpenApiDocument = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

const json = (schema: z.ZodType, io: "input" | "output" = "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });

function parameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const js = json(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (js.required?.includes(name) ?? false),
    // a list in one parameter, comma-separated (types=Industry,District)
    ...((s as { type?: unknown }).type === "array" && { style: "form", explode: false }),
    schema: s,
  }));
}

function okResponse(response: Route["response"]) {
  if (isJsonResponse(response)) return { description: "OK", content: { "application/json": { schema: json(response) } } };
  const content = Object.fromEntries(
    Object.entries(response.media).map(([type, schema]) => [type, schema ? { schema: json(schema) } : {}]),
  );
  return { description: response.description, content };
}

/** Answers every route of a kind can give, besides those it names. */
function commonErrors(route: Route): Record<string, string> {
  return {
    ...(route.readsGraph !== false && { 503: "The store cannot be reached, does not answer in time, or holds no graph yet" }),
    ...(isRateLimited(route.path) && { 429: "Too many requests from this client (Retry-After says when to try again)" }),
  };
}

function operation(route: Route) {
  const errorBody = { "application/json": { schema: json(ErrorBody) } };
  const described = { ...commonErrors(route), ...route.errors };
  const errors: [string, unknown][] = Object.entries(described).map(([status, description]) => [status, { description, content: errorBody }]);
  // a degraded answer (health) is the route's own body under another status
  if (route.statusOf) errors.push(["503", { ...okResponse(route.response), description: "Degraded: the same answer, with the reason" }]);
  return {
    summary: route.summary,
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.body && {
      requestBody: { required: true, content: { "application/json": { schema: json(route.body, "input") } } },
    }),
    responses: { "200": okResponse(route.response), ...Object.fromEntries(errors) },
  };
}

export function openApiDocument(routes: readonly Route[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Chain Atlas API",
      version: "1.0.0",
      description: "An industrial plan as an evidence-backed knowledge graph. Every node and edge carries evidence.",
    },
    paths,
  };
}
