import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../contract/graph.js";
import { smallGraph } from "./__fixtures__/smallGraph.js";
import {
  CYPHER_EXAMPLES,
  cellText,
  describeFailure,
  elapsedLabel,
  isRunShortcut,
  resultGraph,
  toCell,
  type CellContext,
} from "./cypher.js";
import { cypher as cypherMessages } from "./i18n/cypher.js";

const byId = new Map(smallGraph.nodes.map((n) => [n.id, n]));
const lookup = (id: string) => byId.get(id);
const ctx: CellContext = { lookup, lang: "zh" };
const ic = byId.get("industry:集成电路")!;
const sic = byId.get("product:碳化硅")!;
const covers = smallGraph.edges.find((e) => e.type === "COVERS")!;

describe("Cypher result cells", () => {
  it("shows strings as they are and other plain values as JSON", () => {
    expect(toCell("集成电路", ctx)).toEqual({ kind: "text", text: "集成电路" });
    expect(toCell(42, ctx)).toEqual({ kind: "value", text: "42" });
    expect(toCell(false, ctx)).toEqual({ kind: "value", text: "false" });
    expect(toCell(null, ctx)).toEqual({ kind: "null" });
    expect(toCell(undefined, ctx)).toEqual({ kind: "null" });
    expect(toCell(["a", 1], ctx)).toEqual({ kind: "value", text: '["a", 1]' });
    expect(toCell({ year: 2025, unit: "亿元" }, ctx)).toEqual({ kind: "value", text: '{"year": 2025, "unit": "亿元"}' });
    const nested = toCell({ q: 'say "hi"', n: { m: [] } }, ctx);
    expect(nested).toEqual({ kind: "value", text: '{"q": "say \\"hi\\"", "n": {"m": []}}' });
  });

  it("reads neo4j integers serialised as { low, high }", () => {
    expect(toCell({ low: 7, high: 0 }, ctx)).toEqual({ kind: "value", text: "7" });
    expect(toCell({ low: 0, high: 1 }, ctx)).toEqual({ kind: "value", text: String(2 ** 32) });
    expect(toCell([{ low: 1, high: 0 }, null], ctx)).toEqual({ kind: "value", text: "[1, null]" });
  });

  it("names a node by its name, in the chosen language where known", () => {
    expect(toCell(ic, ctx)).toEqual({ kind: "node", id: ic.id, type: "Industry", label: "集成电路" });
    expect(toCell(ic, { ...ctx, lang: "en" })).toMatchObject({ label: "Integrated circuits" });
  });

  it("reads neo4j-driver nodes and relationships", () => {
    const node = { identity: 3, elementId: "4:x:3", labels: ["Industry"], properties: { id: ic.id, name: "集成电路" } };
    expect(toCell(node, ctx)).toEqual({ kind: "node", id: ic.id, type: "Industry", label: "集成电路" });
    const unknown = { labels: ["Thing"], properties: { title: "x" } };
    expect(toCell(unknown, ctx)).toEqual({ kind: "node", id: null, type: null, label: "Thing" });
    const rel = { type: "COVERS", start: 3, end: 4, properties: { id: covers.id } };
    expect(toCell(rel, ctx)).toEqual({ kind: "rel", id: covers.id, type: "COVERS", source: null, target: null });
    // The Neo4j store's plain copies of what is outside the graph model.
    const plainNode = { elementId: "4:x:9", labels: ["Entity", "District"], properties: { name: "某区" } };
    expect(toCell(plainNode, ctx)).toEqual({ kind: "node", id: null, type: "District", label: "某区" });
    const plainRel = { elementId: "5:x:1", type: "NOTE", startElementId: "4:x:9", endElementId: "4:x:3", properties: {} };
    expect(cellText(toCell(plainRel, ctx))).toBe(":NOTE");
  });

  it("shows a relationship as its type", () => {
    const cell = toCell(covers, ctx);
    expect(cell).toMatchObject({ kind: "rel", type: "COVERS", source: ic.id, target: sic.id });
    expect(cellText(cell)).toBe(":COVERS");
  });

  it("shows a path as its nodes and arrows, pointing the way each relationship goes", () => {
    const forward = toCell({ nodes: [ic, sic], edges: [covers] }, ctx);
    expect(forward.kind).toBe("path");
    expect(cellText(forward)).toBe("集成电路 -[:COVERS]-> 碳化硅");
    const backward = toCell({ nodes: [sic, ic], edges: [covers] }, ctx);
    expect(cellText(backward)).toBe("碳化硅 <-[:COVERS]- 集成电路");
  });

  it("reads neo4j-driver paths", () => {
    const n = (g: GraphNode) => ({ labels: [g.type], properties: { id: g.id, name: g.name } });
    const path = {
      start: n(ic),
      end: n(sic),
      segments: [{ start: n(ic), relationship: { type: "COVERS", start: 1, end: 2, properties: {} }, end: n(sic) }],
    };
    expect(cellText(toCell(path, ctx))).toBe("集成电路 -[:COVERS]-> 碳化硅");
  });

  it("shows a list holding nodes as a list of cells, and a plain list as JSON", () => {
    const cell = toCell([ic, sic], ctx);
    expect(cell.kind).toBe("list");
    expect(cellText(cell)).toBe("[集成电路, 碳化硅]");
  });

  it("does not take a map that merely has an id and a type for a node", () => {
    expect(toCell({ id: "x", type: "Nope", name: "n" }, ctx).kind).toBe("value");
  });
});

describe("the result on the canvas", () => {
  it("draws the result's nodes and the relationships among them, once each", () => {
    const g = resultGraph({ nodes: [ic, sic, ic], edges: [covers, covers] });
    expect(g.nodes.map((n) => n.id)).toEqual([ic.id, sic.id]);
    expect(g.edges.map((e) => e.id)).toEqual([covers.id]);
  });

  it("brings a relationship's missing ends from the whole graph, or leaves it out", () => {
    expect(resultGraph({ nodes: [], edges: [covers] }, lookup).nodes.map((n) => n.id)).toEqual([ic.id, sic.id]);
    expect(resultGraph({ nodes: [ic], edges: [covers] })).toEqual({ nodes: [ic], edges: [] });
  });
});

describe("status and errors", () => {
  it("counts rows and times, in both languages", () => {
    expect(cypherMessages.en.rows(0)).toBe("0 rows");
    expect(cypherMessages.en.rows(1)).toBe("1 row");
    expect(cypherMessages.en.rows(1200)).toBe("1,200 rows");
    expect(cypherMessages.zh.rows(1200)).toBe("1,200 行");
    expect(elapsedLabel(0.3)).toBe("<1 ms");
    expect(elapsedLabel(1234.4)).toBe("1,234 ms");
  });

  it("explains the memory store's 501 with what to do", () => {
    const f = describeFailure({ status: 501, code: "not_implemented", message: "Cypher needs Neo4j: set NEO4J_URI" });
    expect(f).toEqual({ kind: "needs-neo4j", message: "Cypher needs Neo4j: set NEO4J_URI" });
    expect(cypherMessages.en.failure(f.kind)).toMatch(/needs the Neo4j store/);
    expect(cypherMessages.zh.failure(f.kind)).toMatch(/需要 Neo4j/);
  });

  it("passes the server's words on for a refused query", () => {
    const f = describeFailure({ status: 400, code: "bad_request", message: "Write queries are not allowed" });
    expect(f).toEqual({ kind: "bad-query", message: "Write queries are not allowed" });
  });

  it("tells a lost connection and an unavailable database apart", () => {
    expect(describeFailure({ status: 0, code: "network", message: "Cannot reach" }).kind).toBe("network");
    expect(describeFailure({ status: 503, code: "unavailable", message: "down" }).kind).toBe("unavailable");
    expect(describeFailure({ status: 500, code: "internal", message: "boom" }).kind).toBe("server");
  });

  it("runs on Ctrl+Enter and Cmd+Enter only, never mid-composition", () => {
    expect(isRunShortcut({ key: "Enter", ctrlKey: true, metaKey: false })).toBe(true);
    expect(isRunShortcut({ key: "Enter", ctrlKey: false, metaKey: true })).toBe(true);
    expect(isRunShortcut({ key: "Enter", ctrlKey: false, metaKey: false })).toBe(false);
    expect(isRunShortcut({ key: "Enter", ctrlKey: true, metaKey: false, isComposing: true })).toBe(false);
  });

  it("offers the examples the brief names", () => {
    const queries = CYPHER_EXAMPLES.map((e) => e.query.replace(/\s+/g, " "));
    expect(queries).toContain("MATCH p=(:Product)-[:FEEDS]->(:Product) RETURN p LIMIT 25");
    expect(queries.some((q) => q.includes("两江新区"))).toBe(true);
  });
});
