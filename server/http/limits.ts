/**
 * Fair use: per-client rate limits on the endpoints that cost the server (express-rate-limit), one
 * console query at a time per client, and the HTTP server's timeouts. A refusal is the API's usual
 * error body with `429` and `Retry-After` (seconds).
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { RequestHandler, Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { ErrorBody } from "../../contract/api.js";

export interface RateLimits {
  /** Requests per client per minute to the search, neighbourhood, chain, path and overlap endpoints. */
  perMinute: number;
  /** Requests per client per minute to the whole-graph answers (graph, export) and the console. */
  heavyPerMinute: number;
}

/** Generous for a person at the explorer (search as you type, a view's several requests), short of a flood. */
export const DEFAULT_RATE_LIMITS: RateLimits = { perMinute: 1200, heavyPerMinute: 120 };

/** Paths limited, by weight (Express paths under the app). */
const LIGHT = ["/api/search", "/api/nodes/:id/neighbors", "/api/chains/:industryId", "/api/paths", "/api/districts/overlap", "/api/compare"];
const HEAVY = ["/api/graph", "/api/export", "/api/cypher"];

/** Whether requests to this Express path are rate limited (the OpenAPI document says 429 for them). */
export function isRateLimited(path: string): boolean {
  return LIGHT.includes(path) || HEAVY.includes(path);
}

function refuse(res: Response, retryAfterS: number, message: string): void {
  res.set("Retry-After", String(Math.max(1, Math.ceil(retryAfterS))));
  res.status(429).json({ error: { code: "rate_limited", message } } satisfies ErrorBody);
}

function limiter(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfterS = reset ? (reset.getTime() - Date.now()) / 1000 : 60;
      refuse(res, retryAfterS, `too many requests to ${what} from this client: at most ${perMinute} a minute`);
    },
  });
}

/** The rate limits as [path, handler] pairs for `app.use`: one counter per weight, per client. */
export function rateLimiters(limits: RateLimits): [string[], RequestHandler][] {
  return [
    [LIGHT, limiter(limits.perMinute, "the explorer's queries")],
    [HEAVY, limiter(limits.heavyPerMinute, "the whole graph and the console")],
  ];
}

/** One console query at a time per client: a second one while the first runs is refused. */
export function onePerClient(): RequestHandler {
  const running = new Set<string>();
  return (req, res, next) => {
    const client = req.ip ?? "unknown";
    if (running.has(client)) return refuse(res, 1, "one console query at a time: wait for the one under way");
    running.add(client);
    let released = false;
    const release = () => {
      if (!released) running.delete(client);
      released = true;
    };
    res.once("finish", release);
    res.once("close", release);
    next();
  };
}

/**
 * The HTTP server's timeouts, set deliberately: a client gets `headersMs` to send its headers and
 * `requestMs` for the whole request (a body announced and never sent is cut then, not held for
 * minutes); idle keep-alive sockets close after `keepAliveMs`. Node checks the first two every
 * `checkMs` (its default, 30 s, would let a silent socket live that long past its bound).
 */
export interface ServerTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  checkMs: number;
}

export const SERVER_TIMEOUTS: Readonly<ServerTimeouts> = { headersMs: 10_000, requestMs: 15_000, keepAliveMs: 5_000, checkMs: 1_000 };

export function createHttpServer(app: RequestListener, t: ServerTimeouts = SERVER_TIMEOUTS): Server {
  const server = createServer({ headersTimeout: t.headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: t.checkMs }, app);
  server.keepAliveTimeout = t.keepAliveMs;
  return server;
}
