/** The route table as an Express router: each route's schemas validate its request, a ZodError is a 400. */
import compression from "compression";
import express, { type Request, type RequestHandler, Router, type Response } from "express";
import { cacheKey, cachedBody, type CachedBody, gzipOf } from "./cache.js";
import { StoreUnavailableError } from "../store/errors.js";
import { HttpError } from "./errors.js";
import { isJsonResponse, type RawReply, type Route, type RouteContext } from "./route.js";

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * How long a request may wait on the store: a database that stopped answering (a hung server
 * holds its sockets open, so the driver waits) is a 503 then, not a request held for minutes.
 */
export const STORE_DEADLINE_MS = 15_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`the graph database did not answer within ${ms / 1000} s: try again shortly`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Answers this size and up are sent gzipped to clients that accept it. */
const GZIP_FROM_BYTES = 1024;

/**
 * Middleware only where a route needs it (each costs every request it runs on; measured in
 * docs/performance.md): a JSON body parser for routes that take a body, and the compression
 * middleware for answers that are not cached (a cached answer is stored gzipped, see sendCached).
 */
const parseJson = express.json({ limit: "100kb" });
const compress = compression({ threshold: GZIP_FROM_BYTES });

export function apiRouter(routes: readonly Route[], ctx: RouteContext, deadlineMs = STORE_DEADLINE_MS): Router {
  const router = Router();
  for (const route of routes) {
    if (route.available && !route.available(ctx)) continue;
    const json = isJsonResponse(route.response);
    const { cache, version } = ctx;
    // only JSON answers are cached: raw ones (exports, files) are downloads or cache themselves
    const cached = route.cached && json && cache && version ? { cache, version } : undefined;
    const before: RequestHandler[] = [...(route.body ? [parseJson] : []), ...(cached ? [] : [compress])];
    const notReady = route.readsGraph !== false ? ctx.store.notReady?.bind(ctx.store) : undefined;
    router[route.method](route.path, ...before, async (req: Request, res: Response) => {
      const input = {
        params: route.params?.parse(req.params),
        query: route.query?.parse(req.query),
        body: route.body?.parse(req.body ?? {}),
      };
      if (notReady) {
        const reason = await withDeadline(notReady(), deadlineMs);
        if (reason) throw new StoreUnavailableError(reason);
      }
      if (cached) {
        const entry = await cached.cache.get(cacheKey(route.path, input), await withDeadline(cached.version(), deadlineMs), async () =>
          cachedBody(JSON.stringify(await withDeadline(route.handle(input, ctx), deadlineMs)), JSON_TYPE),
        );
        return sendCached(req, res, entry);
      }
      const reply = await withDeadline(route.handle(input, ctx), deadlineMs);
      if (json) res.status(route.statusOf?.(reply) ?? 200).json(reply);
      else sendRaw(res, reply as RawReply);
    });
  }
  // a known path asked with another method: 405 with the methods it has (Express answers HEAD with GET)
  const methods = new Map<string, Set<string>>();
  for (const route of routes) {
    if (route.available && !route.available(ctx)) continue;
    const set = methods.get(route.path) ?? new Set<string>();
    set.add(route.method.toUpperCase());
    if (route.method === "get") set.add("HEAD");
    methods.set(route.path, set);
  }
  for (const [path, allowed] of methods) {
    router.all(path, (req, res, next) => {
      if (req.method === "OPTIONS") return next();
      const allow = [...allowed].join(", ");
      res.set("Allow", allow);
      next(new HttpError(405, "method_not_allowed", `${req.method} is not allowed on ${path}: use ${allow}`));
    });
  }
  return router;
}

/**
 * The stored bytes as they are, or their stored gzip encoding; with the ETag set, Express neither
 * hashes them nor re-sends them to a fresh client (304). No compression middleware runs on
 * cached routes.
 */
function sendCached(req: Request, res: Response, entry: CachedBody): void {
  res.vary("Accept-Encoding");
  if (entry.body.length >= GZIP_FROM_BYTES && req.acceptsEncodings("gzip", "identity") === "gzip") {
    const { body, etag } = gzipOf(entry);
    res.set({ "content-type": entry.type, "content-encoding": "gzip", etag });
    return void res.send(body);
  }
  res.set({ "content-type": entry.type, etag: entry.etag });
  res.send(entry.body);
}

function sendRaw(res: Response, { body, type, attachment, headers }: RawReply): void {
  if (attachment) res.attachment(attachment);
  res.type(type);
  if (headers) res.set(headers);
  res.send(body);
}
