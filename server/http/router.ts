/** The route table as an Express router: each route's schemas validate its request, a ZodError is a 400. */
import { type Request, Router, type Response } from "express";
import { cacheKey, cachedBody, type CachedBody, gzipOf } from "./cache.js";
import { isJsonResponse, type RawReply, type Route, type RouteContext } from "./route.js";

const JSON_TYPE = "application/json; charset=utf-8";

export function apiRouter(routes: readonly Route[], ctx: RouteContext): Router {
  const router = Router();
  for (const route of routes) {
    if (route.available && !route.available(ctx)) continue;
    const json = isJsonResponse(route.response);
    const { cache, version } = ctx;
    // only JSON answers are cached: raw ones (exports, files) are downloads or cache themselves
    const cached = route.cached && json && cache && version ? { cache, version } : undefined;
    router[route.method](route.path, async (req, res) => {
      const input = {
        params: route.params?.parse(req.params),
        query: route.query?.parse(req.query),
        body: route.body?.parse(req.body ?? {}),
      };
      if (cached) {
        const entry = await cached.cache.get(cacheKey(route.path, input), await cached.version(), async () =>
          cachedBody(JSON.stringify(await route.handle(input, ctx)), JSON_TYPE),
        );
        return sendCached(req, res, entry);
      }
      const reply = await route.handle(input, ctx);
      if (json) res.json(reply);
      else sendRaw(res, reply as RawReply);
    });
  }
  return router;
}

/** Answers this size and up are sent gzipped to clients that accept it. */
const GZIP_FROM_BYTES = 1024;

/**
 * The stored bytes as they are, or their stored gzip encoding; with the ETag set, Express neither
 * hashes them nor re-sends them to a fresh client (304). Content-Encoding set here keeps the
 * compression middleware from compressing them again.
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
