import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../domain/errors.js";
import { StoreUnavailableError } from "../errors.js";
import { toDomainError } from "./errors.js";

const neo = (code: string, message = "boom") => new Neo4jError(message, code, "50N42", "error");

describe("Neo4j errors → domain errors", () => {
  it("makes an unreachable or unusable server StoreUnavailableError (503)", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.Unauthorized", "Neo.TransientError.General.DatabaseUnavailable"]) {
      expect(toDomainError(neo(code), { query: "stats.cypher" }), code).toBeInstanceOf(StoreUnavailableError);
    }
    expect(toDomainError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), { query: "x" })).toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it("makes the console's Cypher errors and timeouts BadRequestError (400)", () => {
    const where = { query: "console", console: true, timeoutMs: 5000 };
    expect(toDomainError(neo("Neo.ClientError.Statement.SyntaxError"), where)).toBeInstanceOf(BadRequestError);
    expect(toDomainError(neo("Neo.ClientError.Statement.AccessMode"), where).message).toMatch(/read-only/);
    expect(toDomainError(neo("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), where).message).toMatch(/longer than 5 s/);
  });

  it("says nothing of Java classes, addresses or the driver's text", () => {
    const where = { query: "console", console: true, timeoutMs: 5000 };
    const failed = neo("Neo.ClientError.Procedure.ProcedureCallFailed", "Failed to invoke procedure `db.x`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: y");
    expect(toDomainError(failed, where).message).toBe("Cypher error (Procedure.ProcedureCallFailed): Failed to invoke procedure `db.x`: There is no such fulltext schema index: y");
    const away = toDomainError(neo("ServiceUnavailable", "Could not perform discovery for bolt://127.0.0.1:7687: connect ECONNREFUSED"), { query: "stats.cypher" });
    expect(away.message).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED|discovery/);
  });

  it("keeps the store's own Cypher errors internal, naming the query", () => {
    const err = toDomainError(neo("Neo.ClientError.Statement.SyntaxError", "bad"), { query: "stats.cypher" });
    expect(err).not.toBeInstanceOf(BadRequestError);
    expect(err.message).toMatch(/stats\.cypher/);
  });
});
