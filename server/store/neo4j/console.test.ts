import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../domain/errors.js";
import { codeOnly, refuseWrites } from "./console.js";

describe("the console's write gate", () => {
  it("lets reads through, whatever their strings, comments and property names say", () => {
    for (const q of [
      "MATCH (n:Industry) RETURN n.name AS name ORDER BY name",
      "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n // DELETE everything",
      "MATCH (n) /* SET n.x = 1 */ RETURN n.set, n.`merge`, n.created SKIP 1 LIMIT 2",
      "MATCH (n:Entity) WHERE n.description CONTAINS \"DROP\" RETURN count(*)",
      "MATCH p = (a)-[*1..2]-(b) RETURN p",
      "CALL db.index.fulltext.queryNodes('entity_text', '集成电路') YIELD node RETURN node",
      "MATCH (n) RETURN n.id AS id ORDER BY id LIMIT $set",
      "CALL db.labels()",
      "RETURN {set: 1} AS m",
      "RETURN {a: 1, merge: 2, `create`: 3} AS m",
    ]) {
      expect(() => refuseWrites(q), q).not.toThrow();
    }
  });

  it("refuses what writes or administers, naming it", () => {
    const cases: [string, RegExp][] = [
      ["CREATE (n)", /CREATE/],
      ["match (n) detach delete n", /DETACH/],
      ["MATCH (n) SET n.x = 1", /SET/],
      ["MATCH (n) REMOVE n:Entity", /REMOVE/],
      ["MERGE (n {id: 1})", /MERGE/],
      ["DROP CONSTRAINT entity_id", /DROP/],
      ["LOAD CSV FROM 'file:///a' AS r RETURN r", /LOAD CSV/],
      ["MATCH (n) FOREACH (x IN [] | REMOVE n.a)", /FOREACH|REMOVE/],
      ["CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", /IN TRANSACTIONS/],
      ["CALL { MATCH (n) RETURN n } IN 10 CONCURRENT TRANSACTIONS RETURN 1", /IN TRANSACTIONS/],
      ["USE system SHOW USERS", /USE|SHOW/],
      ["CALL dbms.listConfig()", /dbms/],
      ["CALL db.createLabel('X')", /db\.\*/],
      ["CALL db.clearQueryCaches()", /db\.\*/],
      ["RETURN apoc.version()", /apoc/],
      ["ALTER USER neo4j SET PASSWORD 'x'", /ALTER|SET/],
      ["GRANT ROLE admin TO bob", /GRANT/],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
      ["SHOW TRANSACTIONS", /SHOW/],
      ["show settings yield name return name", /SHOW/],
      ["SHOW USERS", /SHOW/],
      ["MATCH (n) SET n = {set: 1}", /SET/],
    ];
    for (const [q, what] of cases) {
      let err: unknown;
      try {
        refuseWrites(q);
      } catch (e) {
        err = e;
      }
      expect(err, q).toBeInstanceOf(BadRequestError);
      expect((err as Error).message, q).toMatch(what);
    }
  });

  it("blanks strings, backtick names and comments", () => {
    const code = codeOnly("return 'it\\'s CREATE' AS `weird create` // create\n, \"x\\\"y\" /* merge */ AS z");
    expect(code).toMatch(/^RETURN .* AS .* AS Z$/s);
    expect(code).not.toMatch(/CREATE|MERGE|IT|WEIRD|X|Y/);
  });
});
