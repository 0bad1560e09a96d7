/**
 * A route as data: method, path, what it reads (zod schemas for path, query and body), what it
 * answers (the 200 schema and the error statuses) and its handler. The Express router and the
 * OpenAPI document are both generated from one list of these (routes/table.ts), so they cannot drift.
 */
import { z } from "zod";
import type { GraphStore } from "../store/port.js";
import type { BodyCache } from "./cache.js";

/** Plan texts by plan id, as read from the seeds at start-up. */
export type PlanTexts = ReadonlyMap<string, string>;

/** What handlers work with; one per app. */
export interface RouteContext {
  store: GraphStore;
  planTexts: PlanTexts;
  /** The seeds folder (boundaries under geo/); routes that need it are not mounted without it. */
  seedDir?: string;
  /** Answers of the routes marked `cached`, serialised, by graph version (./cache.ts). */
  cache?: BodyCache;
  /** The graph version the cache keys by. */
  version?: () => Promise<string>;
}

/** The error statuses a route may answer, each with `{ error: { code, message } }`. */
export type ErrorStatus = 400 | 404 | 413 | 501 | 503;

/** A 200 that is not plain JSON: its media types, each with its schema when it has one. */
export interface MediaResponse {
  description: string;
  media: Record<string, z.ZodType | null>;
}

/** A non-JSON answer, sent as it is. */
export interface RawReply {
  body: string;
  /** Content type, e.g. `text/csv; charset=utf-8`. */
  type: string;
  /** Offer it as a download with this file name. */
  attachment?: string;
  headers?: Record<string, string>;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Reply<R> = R extends z.ZodType ? z.output<R> : RawReply;
type Obj = z.ZodObject | undefined;

export interface RouteSpec<P extends Obj, Q extends Obj, B extends Obj, R extends z.ZodType | MediaResponse> {
  method: "get" | "post";
  /** The Express path, `:name` for a path parameter. */
  path: `/api/${string}`;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The 200 answer: a schema (sent as JSON) or media types (the handler sends a RawReply). */
  response: R;
  /** Each error status the route can answer, with what it means here. */
  errors: Partial<Record<ErrorStatus, string>>;
  /**
   * The answer depends only on the graph and the parsed input: served from the cache of
   * serialised bodies while the graph's version stays the same.
   */
  cached?: boolean;
  /** Mounted only when this holds for the app's context. */
  available?: (ctx: RouteContext) => boolean;
  /**
   * false: answers without the graph (health, the document, boundaries, plan texts), so it is
   * served while the store is not ready. Others answer 503 then (GraphStore.notReady).
   */
  readsGraph?: false;
  /** The HTTP status of a successful answer (default 200): health says 503 while degraded. */
  statusOf?: (reply: Reply<R>) => number;
  handle(input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }, ctx: RouteContext): Promise<Reply<R>>;
}

export type Route = RouteSpec<Obj, Obj, Obj, z.ZodType | MediaResponse>;

/** Checks a handler against its own schemas, then forgets the types so routes fit in one list. */
export function defineRoute<
  P extends Obj = undefined,
  Q extends Obj = undefined,
  B extends Obj = undefined,
  R extends z.ZodType | MediaResponse = z.ZodType,
>(spec: RouteSpec<P, Q, B, R>): Route {
  return spec as unknown as Route;
}

export function isJsonResponse(response: Route["response"]): response is z.ZodType {
  return response instanceof z.ZodType;
}

/** `/api/nodes/:id` → `/api/nodes/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, "{$1}");
}
