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

  it("still refuses a bad value with one line naming the variable", () => {
    expect(() => parseConfig({ NEO4J_URI: "not a url" })).toThrow(/^invalid configuration: NEO4J_URI: /);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/^invalid configuration: PORT: [^\n]*$/);
  });
});
