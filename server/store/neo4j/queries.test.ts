import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EDGE_TYPES, NODE_TYPES } from "../../../contract/graph.js";
import { defaultCypherDir, loadQueries, parseQuery, QUERY_NAMES, statements } from "./queries.js";

describe("the cypher/ query map", () => {
  it("loads every query with a header naming its parameters and columns", () => {
    const queries = loadQueries();
    for (const name of QUERY_NAMES) {
      const q = queries[name];
      expect(q.file).toBe(`${name}.cypher`);
      expect(q.text.split("\n")[0]).toMatch(new RegExp(`^// ${name}\\.cypher — `));
      if (name !== "schema") expect(q.columns.length, `${q.file} names its columns`).toBeGreaterThan(0);
    }
  });

  it("has no file the map does not know (every file is loaded, so every file is tested)", () => {
    const files = readdirSync(defaultCypherDir).filter((f) => f.endsWith(".cypher"));
    expect(files.sort()).toEqual(QUERY_NAMES.map((n) => `${n}.cypher`).sort());
  });

  it("fails fast, naming the file, when one is missing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cypher-"));
    writeFileSync(path.join(dir, "schema.cypher"), readFileSync(path.join(defaultCypherDir, "schema.cypher")));
    expect(() => loadQueries(dir)).toThrow(/import-nodes\.cypher is missing/);
  });

  it("refuses a header that does not match the text", () => {
    const text = "// x.cypher — a query\n// Parameters: $id (string)\n// Columns: n\nMATCH (n {id: $id, name: $name}) RETURN n";
    expect(() => parseQuery("node", "x.cypher", text)).toThrow(/used but not declared: \$name/);
    const unused = "// x.cypher — a query\n// Parameters: $id, $other\n// Columns: n\nMATCH (n {id: $id}) RETURN n";
    expect(() => parseQuery("node", "x.cypher", unused)).toThrow(/declared but not used: \$other/);
    expect(() => parseQuery("node", "x.cypher", "MATCH (n) RETURN n")).toThrow(/lacks a "\/\/ Parameters/);
  });

  it("never splices values into the text: dynamic labels come from parameters", () => {
    for (const q of Object.values(loadQueries())) {
      expect(q.text, q.file).not.toMatch(/\$\{|\+\s*'|'\s*\+/);
    }
  });

  it("constrains (id, importRun) for :Entity and every edge type, drops the id-only constraints, and indexes text with cjk", () => {
    const schema = statements(loadQueries().schema);
    expect(schema).toContainEqual(expect.stringMatching(/FOR \(n:Entity\) REQUIRE \(n\.id, n\.importRun\) IS UNIQUE/));
    for (const type of EDGE_TYPES) {
      expect(schema, type).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE \\(r\\.id, r\\.importRun\\) IS UNIQUE`)));
    }
    // a database made before staged loads has single-property id constraints: they would refuse a staged copy
    for (const label of ["entity", ...NODE_TYPES.map((t) => t.toLowerCase())]) {
      expect(schema, label).toContain(`DROP CONSTRAINT ${label}_id IF EXISTS`);
    }
    expect(schema.filter((s) => /REQUIRE \w+\.id IS UNIQUE/.test(s))).toEqual([]);
    expect(schema).toContainEqual(expect.stringMatching(/FOR \(n:Entity\) ON \(n\.importRun\)/));
    const fulltext = schema.find((s) => s.includes("FULLTEXT INDEX"))!;
    expect(fulltext).toMatch(/n\.name, n\.pinyinText, n\.nameEn, n\.aliasesText, n\.description/);
    expect(fulltext).toMatch(/`fulltext\.analyzer`: 'cjk'/);
    // idempotent: every statement may run again on a database that has it all already
    for (const s of schema) expect(s).toMatch(/IF (NOT )?EXISTS/);
  });
});
