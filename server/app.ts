/** createApp builds the Express app and nothing else: no environment, no listening. */
import express, { type Express } from "express";
import helmet from "helmet";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import compression from "compression";
import { type BodyCacheOptions, createBodyCache, graphVersion } from "./http/cache.js";
import { DEFAULT_RATE_LIMITS, onePerClient, type RateLimits, rateLimiters } from "./http/limits.js";
import { accessLog } from "./http/accessLog.js";
import { apiNotFound, errorHandler } from "./http/errors.js";
import type { PlanTexts } from "./http/route.js";
import { apiRouter } from "./http/router.js";
import { ROUTES } from "./http/routes/table.js";
import type { GraphStore } from "./store/port.js";

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  /** Plan texts by plan id, for the reader; none → `/api/plans/:id/text` answers 404. */
  planTexts?: PlanTexts;
  /** The seeds folder (boundaries for the map under geo/); none → no `/api/geo/districts`. */
  seedDir?: string;
  /** Folder of the built client; served at `/` when present. */
  clientDir?: string;
  /** Bounds of the cache of serialised answers (server/http/cache.ts); false: no cache. */
  cache?: BodyCacheOptions | false;
  /** Per-client rate limits (server/http/limits.ts; default DEFAULT_RATE_LIMITS); false: none. */
  limits?: RateLimits | false;
  /** How long a request waits on the store before answering 503 (default STORE_DEADLINE_MS, 15 s). */
  storeDeadlineMs?: number;
}

export function createApp({ store, logger, planTexts = new Map(), seedDir, clientDir, cache = {}, limits = DEFAULT_RATE_LIMITS, storeDeadlineMs }: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "img-src": ["'self'", "data:", "blob:"],
          "worker-src": ["'self'", "blob:"],
          // served over plain http on a LAN too: upgrading would break asset loads there
          "upgrade-insecure-requests": null,
        },
      },
    }),
  );
  app.use(accessLog(logger));
  if (limits) for (const [paths, limiter] of rateLimiters(limits)) app.use(paths, limiter);
  app.use("/api/cypher", onePerClient());

  // cached only where the store reports its graph's version (without one, answers could go stale)
  const version = cache === false ? undefined : graphVersion(store);
  const caching = version && cache !== false ? { cache: createBodyCache(cache), version } : {};
  app.use(apiRouter(ROUTES, { store, planTexts, seedDir, ...caching }, storeDeadlineMs));
  app.use("/api", apiNotFound);

  if (clientDir && existsSync(path.join(clientDir, "index.html"))) {
    app.use(compression({ threshold: 1024 }));
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    // client-side routes fall back to the app shell
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }

  app.use(errorHandler(logger));
  return app;
}
