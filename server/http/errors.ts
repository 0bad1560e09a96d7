/** One error middleware: every failure leaves as `{ error: { code, message } }`, never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { ZodError } from "zod";
import type { ErrorBody, ErrorCode } from "../../contract/api.js";
import { BadRequestError, BusyError, NotFoundError, NotImplementedError } from "../domain/errors.js";
import { StoreUnavailableError } from "../store/errors.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function describeZod(err: ZodError): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

function classify(err: unknown): { status: number; code: ErrorCode; message: string; retryAfterS?: number } {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof BusyError) return { status: 429, code: "rate_limited", message: err.message, retryAfterS: err.retryAfterS };
  if (err instanceof ZodError) return { status: 400, code: "bad_request", message: describeZod(err) };
  if (err instanceof NotFoundError) return { status: 404, code: "not_found", message: err.message };
  if (err instanceof StoreUnavailableError) return { status: 503, code: "unavailable", message: err.message };
  if (err instanceof NotImplementedError) return { status: 501, code: "not_implemented", message: err.message };
  if (err instanceof BadRequestError) return { status: 400, code: "bad_request", message: err.message };
  // body-parser and friends mark client errors with a status
  const status = (err as { status?: unknown })?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return { status, code: status === 413 ? "too_large" : "bad_request", message: (err as Error).message || "bad request" };
  }
  return { status: 500, code: "internal", message: "internal error" };
}

/** The error middleware; a 500 is logged with its error (the client sees only "internal error"). */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const { status, code, message, retryAfterS } = classify(err);
    if (status >= 500) logger.error({ err, method: req.method, url: req.originalUrl }, "request failed");
    if (retryAfterS !== undefined) res.set("Retry-After", String(retryAfterS));
    const body: ErrorBody = { error: { code, message } };
    res.status(status).json(body);
  };
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, "not_found", `no such endpoint: ${req.method} ${req.path}`));
};
