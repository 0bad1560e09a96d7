/**
 * One log line per API request when its response is done: method, url, status, milliseconds; a
 * failed one (5xx, or a connection closed before the answer was sent) at `warn`.
 *
 * Written here rather than with pino-http: that creates one or two child loggers per request and
 * serialises the request into their bindings eagerly, which cost ~17% of the requests a cached
 * endpoint serves per second (docs/performance.md). This writes the same facts once, at the end.
 */
import type { RequestHandler } from "express";
import type { Logger } from "pino";

export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!req.url.startsWith("/api")) return next();
    const started = performance.now();
    const done = () => {
      res.off("finish", done);
      res.off("close", done);
      const line = { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (!res.writableFinished) logger.warn(line, "request closed before the answer was sent");
      else if (res.statusCode >= 500) logger.warn(line, "request failed");
      else logger.info(line, "request completed");
    };
    res.on("finish", done);
    res.on("close", done);
    next();
  };
}
