/**
 * Neo4j failures become domain errors (or the store's StoreUnavailableError) at the boundary, so the
 * HTTP layer answers 503 when the database is away and 400 when a console query is at fault, never a
 * driver stack trace.
 */
import { Neo4jError } from "neo4j-driver";
import { BadRequestError, NotFoundError } from "../../domain/errors.js";
import { StoreUnavailableError } from "../errors.js";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);

/** Socket-level failures that may surface without a Neo4j error code. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENOTFOUND", "ETIMEDOUT", "EPIPE"]);

export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") {
    if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code)) return true;
    if (code.startsWith("Neo.TransientError.")) return true;
  }
  return /pool is closed|driver (has been|is) closed|connection refused/i.test(err.message);
}

function isTimeout(code: string): boolean {
  return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || code === "Neo.TransientError.Transaction.LockClientStopped";
}

/**
 * `console`: the failing query came from a user (the Cypher console), so its Cypher errors are the
 * user's (400); elsewhere they are the store's own bugs and stay internal (500).
 */
export function toDomainError(err: unknown, where: { query: string; console?: boolean; timeoutMs?: number }): Error {
  if (err instanceof NotFoundError || err instanceof BadRequestError || err instanceof StoreUnavailableError) return err;
  const code = err instanceof Error ? String((err as { code?: unknown }).code ?? "") : "";
  if (where.console && isTimeout(code)) {
    return new BadRequestError(`the query ran longer than ${(where.timeoutMs ?? 0) / 1000} s and was stopped`);
  }
  if (isUnavailable(err)) {
    // users read this (503): no address, no driver text; the cause goes to the log
    return new StoreUnavailableError("the graph database cannot be reached: try again shortly", { cause: err });
  }
  if (where.console && err instanceof Neo4jError && code.startsWith("Neo.ClientError.")) {
    if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security.Forbidden")) {
      return new BadRequestError(`the console is read-only: ${firstLine(err)}`);
    }
    return new BadRequestError(`Cypher error (${code.replace(/^Neo\.ClientError\./, "")}): ${firstLine(err)}`);
  }
  if (err instanceof Neo4jError) return new Error(`Neo4j query ${where.query} failed: ${err.message}`, { cause: err });
  if (err instanceof Error) return err; // our own (an import check, a header mismatch): already says what
  return new Error(`Neo4j query ${where.query} failed: ${String(err)}`);
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return withoutJava(msg.split("\n")[0]);
}

/** A message without the Java class names and "Caused by:" chains Neo4j puts in some of them. */
export function withoutJava(message: string): string {
  return message
    .replace(/\s*Caused by:\s*/g, " ")
    .replace(/\b(?:java|javax|jdk|scala|org\.neo4j|com\.neo4j)\.[\w.$]+:?/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/[:\s]+$/, "")
    .trim();
}
