import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";

describe("parseConfig", () => {
  it("reads an empty value as unset: the memory store and the default port", () => {
    const config = parseConfig({ NEO4J_URI: "", PORT: "", NEO4J_PASSWORD: "", LOG_LEVEL: "" });
    expect(config.neo4j).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.logLevel).toBe("info");
  });

  it("configures Neo4j when NEO4J_URI is set", () => {
    const config = parseConfig({ NEO4J_URI: "bolt://127.0.0.1:7687", NEO4J_PASSWORD: "" });
    expect(config.neo4j).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "", database: "neo4j" });
  });

  it("imports into a database found empty while running unless IMPORT_WHEN_EMPTY=0", () => {
    expect(parseConfig({}).importWhenEmpty).toBe(true);
    expect(parseConfig({ IMPORT_WHEN_EMPTY: "0" }).importWhenEmpty).toBe(false);
    expect(() => parseConfig({ IMPORT_WHEN_EMPTY: "yes" })).toThrow(/^invalid configuration: IMPORT_WHEN_EMPTY: /);
  });

  it("still refuses a bad value with one line naming the variable", () => {
    expect(() => parseConfig({ NEO4J_URI: "not a url" })).toThrow(/^invalid configuration: NEO4J_URI: /);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/^invalid configuration: PORT: [^\n]*$/);
  });

  it("serves a synthetic corpus of 1 to 100 plans when CORPUS is set, seed 1 unless CORPUS_SEED says", () => {
    expect(parseConfig({}).corpus).toBeUndefined();
    expect(parseConfig({ CORPUS: "", CORPUS_SEED: "" }).corpus).toBeUndefined();
    expect(parseConfig({ CORPUS: "100" }).corpus).toEqual({ scale: 100, seed: 1 });
    expect(parseConfig({ CORPUS: "10", CORPUS_SEED: "7" }).corpus).toEqual({ scale: 10, seed: 7 });
    for (const bad of ["0", "101", "2.5", "many"]) {
      expect(() => parseConfig({ CORPUS: bad })).toThrow(/^invalid configuration: CORPUS: CORPUS is a (whole )?number of synthetic plans, 1 to 100$/);
    }
    expect(() => parseConfig({ CORPUS: "1", CORPUS_SEED: "-1" })).toThrow(/^invalid configuration: CORPUS_SEED: CORPUS_SEED is a whole number ≥ 0$/);
  });
});
