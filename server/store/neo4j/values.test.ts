import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { intToJs, toCypherParams, toNumber, toPlain } from "./values.js";

describe("values across Bolt", () => {
  it("sends integral numbers as Cypher integers, at any depth, and leaves the rest", () => {
    const p = toCypherParams({ limit: 5, ratio: 0.5, rows: [{ seq: 1, name: "a" }], none: null });
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(0.5);
    expect(neo4j.isInt((p.rows as { seq: unknown }[])[0].seq)).toBe(true);
    expect(p.none).toBeNull();
  });

  it("reads integers as numbers when safe, as strings when not", () => {
    expect(intToJs(neo4j.int(42))).toBe(42);
    expect(intToJs(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toNumber(neo4j.int(7))).toBe(7);
    expect(() => toNumber(neo4j.int("9007199254740993"))).toThrow(RangeError);
  });

  it("makes plain JSON of lists, maps, temporals and points", () => {
    const v = toPlain({
      n: neo4j.int(3),
      list: [neo4j.int(1), "x", null],
      date: new neo4j.types.Date(2025, 1, 2),
      point: new neo4j.types.Point(4326, 106.5, 29.5),
    });
    expect(v).toEqual({ n: 3, list: [1, "x", null], date: "2025-01-02", point: { srid: 4326, x: 106.5, y: 29.5 } });
  });
});
