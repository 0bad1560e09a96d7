import { describe, expect, it } from "vitest";
import type { GraphData } from "../../contract/graph.js";
import { addEnglishNames } from "./englishNames.js";
import { importPlan } from "./index.js";
import { readSeeds } from "./seeds.js";
import { SEEDS } from "./testing.js";

const importRealPlan = async () => importPlan(await readSeeds(SEEDS));

describe("English names", () => {
  it("gives every development direction of the plan its curated English name, with the source", async () => {
    const { graph } = await importRealPlan();
    const directions = graph.nodes.filter((n) => n.type === "Direction");
    expect(directions).toHaveLength(36);
    for (const d of directions) {
      expect(d.nameEn, d.id).toMatch(/^[A-Z][\x20-\x7e’]+$/);
      expect(String(d.props.nameEnSource)).toMatch(/own English renderings/);
    }
    expect(graph.nodes.find((n) => n.id === "direction:集成电路/积极发展化合物半导体")?.nameEn).toBe("Develop compound semiconductors");
  });

  it("gives readable pinyin to every node the plan names only in Chinese", async () => {
    const { graph } = await importRealPlan();
    const bare = graph.nodes.filter((n) => !n.nameEn && /\p{Script=Han}/u.test(n.name));
    expect(bare.length).toBeGreaterThan(100); // projects, platforms, programs, indicators
    for (const n of bare) expect(String(n.props.pinyin), n.id).not.toMatch(/\p{Script=Han}/u);
    expect(graph.nodes.find((n) => n.id === "platform:西永实验室")?.props.pinyin).toBe("Xī yǒng shí yàn shì");
  });

  it("warns about a curated direction the plan does not have, and changes nothing else", () => {
    const graph: GraphData = { nodes: [], edges: [] };
    const warnings: string[] = [];
    const names = { source: "s", directions: [{ industry: "集成电路", direction: "不存在的方向", nameEn: "None" }] };
    expect(addEnglishNames(graph, names, (m) => warnings.push(m))).toEqual(graph);
    expect(warnings).toEqual(["directions.json: 集成电路/不存在的方向 is not a direction of the plan"]);
  });
});
