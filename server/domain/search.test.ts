import { describe, expect, it } from "vitest";
import type { GraphNode, NodeType } from "../../contract/graph.js";
import { createSearchIndex } from "./search.js";

const ev = [{ planId: "p", start: 0, end: 1, quote: "x", section: "s" }];
const node = (type: NodeType, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id: `${type.toLowerCase()}:${name}`,
  type,
  name,
  props: {},
  evidence: ev,
  ...extra,
});

const longText = `${"前".repeat(40)}在硅基光电子领域开展研究${"后".repeat(40)}`;
const nodes = [
  node("Project", "集成电路零部件生产基地"),
  node("Platform", "集成电路创新研究院"),
  node("Industry", "集成电路", { nameEn: "Integrated circuits" }),
  node("Project", "极大规模集成电路用抛光硅片"),
  node("Platform", "微电子中心", { props: { description: "在集成电路设计等领域开展创新研究。" } }),
  node("Product", "功率半导体", { nameEn: "power semiconductors", props: { aliases: ["功率器件"] } }),
  node("Product", "半导体材料", { nameEn: "Semiconductor materials" }),
  node("District", "两江新区"),
  node("Platform", "西永实验室", { props: { description: longText } }),
];
const index = createSearchIndex(nodes);
const ids = (q: string, opts: { types?: NodeType[]; limit?: number } = {}) =>
  index.search(q, { limit: 20, ...opts }).map((h) => h.id);

describe("createSearchIndex", () => {
  it("ranks the exact name, then names starting with the query, then names containing it, then other fields", () => {
    expect(ids("集成电路")).toEqual([
      "industry:集成电路",
      "platform:集成电路创新研究院", // prefix, shorter name first
      "project:集成电路零部件生产基地",
      "project:极大规模集成电路用抛光硅片", // contains
      "platform:微电子中心", // description
    ]);
  });

  it("gives scores that follow the order", () => {
    const scores = index.search("集成电路", { limit: 20 }).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
  });

  it("finds a part of a Chinese name", () => {
    expect(ids("集成")[0]).toBe("industry:集成电路");
    expect(ids("两江")).toEqual(["district:两江新区"]);
  });

  it("finds English names whatever the case, and word prefixes", () => {
    expect(ids("SEMICONDUCTOR")).toEqual(["product:半导体材料", "product:功率半导体"]);
    expect(ids("semi")).toEqual(["product:半导体材料", "product:功率半导体"]);
    expect(ids("integrated Circuits")).toEqual(["industry:集成电路"]);
  });

  it("finds aliases and shows the one that matched", () => {
    const [hit] = index.search("功率器件", { limit: 5 });
    expect(hit).toMatchObject({ id: "product:功率半导体", snippet: "功率器件" });
  });

  it("shows the description around the match, at most 60 characters", () => {
    const [hit] = index.search("硅基光电子", { limit: 5 });
    expect(hit.id).toBe("platform:西永实验室");
    expect(hit.snippet).toContain("硅基光电子");
    expect(hit.snippet.length).toBeLessThanOrEqual(60);
    expect(hit.snippet.startsWith("…") && hit.snippet.endsWith("…")).toBe(true);
    expect(index.search("集成电路", { limit: 1 })[0].snippet).toBe("集成电路");
  });

  it("keeps only the requested types and at most limit hits", () => {
    expect(ids("集成电路", { types: ["Platform"] })).toEqual(["platform:集成电路创新研究院", "platform:微电子中心"]);
    expect(ids("集成电路", { limit: 2 })).toEqual(["industry:集成电路", "platform:集成电路创新研究院"]);
  });

  it("falls back to any term when no node has them all", () => {
    expect(ids("两江 集成电路")).toContain("district:两江新区");
    expect(ids("两江 集成电路")).toContain("industry:集成电路");
  });

  it("finds nothing for punctuation or an unknown word", () => {
    expect(ids("（）、")).toEqual([]);
    expect(ids("zzzz")).toEqual([]);
  });
});

describe("a node two plans state differently", () => {
  it("is found by either plan's alias (the index holds every plan's text)", async () => {
    const { addPlan, combinePlans } = await import("../plans/planSet.js");
    const at = (planId: string) => [{ planId, start: 0, end: 2, quote: "生物", section: "s" }];
    const a = { nodes: [{ ...node("Industry", "生物"), props: { aliases: ["生物医药"] }, evidence: at("a") }], edges: [] };
    const b = { nodes: [{ ...node("Industry", "生物"), props: { aliases: ["生命科学"] }, evidence: at("b") }], edges: [] };
    const both = addPlan(combinePlans([{ planId: "a", graph: a }]), b, "b");
    expect(both.nodes[0].props.aliases).toEqual(["生物医药"]); // the first plan's, shown
    const index = createSearchIndex(both.nodes);
    expect(index.search("生命科学", { limit: 5 }).map((h) => h.id)).toEqual(["industry:生物"]);
    expect(index.search("生物医药", { limit: 5 }).map((h) => h.id)).toEqual(["industry:生物"]);
  });
});
