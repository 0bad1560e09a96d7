import { describe, expect, it } from "vitest";
import { smallGraph } from "./__fixtures__/smallGraph.js";
import { formatProp, groupEdges, propertyRows, textLang } from "./details.js";

const byId = new Map(smallGraph.nodes.map((n) => [n.id, n]));
const lookup = (id: string) => byId.get(id);

describe("details panel edges", () => {
  it("groups by type in contract order, outgoing before incoming", () => {
    const ic = "industry:集成电路";
    const edges = smallGraph.edges.filter((e) => e.source === ic || e.target === ic);
    const groups = groupEdges(ic, edges, lookup, "zh");
    expect(groups.map((g) => `${g.type}:${g.direction}`)).toEqual([
      "PART_OF:out",
      "COVERS:out",
      "SUPPLIES:out",
      "HAS_PROJECT:out",
      "KEY_DISTRICT:out",
    ]);
    expect(groups[1].items[0]).toMatchObject({ otherId: "product:碳化硅", otherName: "碳化硅", otherType: "Product" });
  });

  it("names the other end in the chosen language, from its id when unknown", () => {
    const d = "district:沙坪坝区";
    const edges = smallGraph.edges.filter((e) => e.target === d);
    const groups = groupEdges(d, edges, (id) => (id.startsWith("project:") ? undefined : lookup(id)), "en");
    expect(groups.map((g) => `${g.type}:${g.direction}`)).toEqual(["KEY_DISTRICT:in", "LOCATED_IN:in"]);
    expect(groups[0].items[0].otherName).toBe("Integrated circuits");
    expect(groups[1].items[0]).toMatchObject({ otherName: "SK海力士封装测试扩产项目", otherType: null });
  });

  it("formats property values", () => {
    expect(formatProp(["两江新区", "沙坪坝区"])).toBe("两江新区、沙坪坝区");
    expect(formatProp(2025)).toBe("2025");
    expect(formatProp(true)).toBe("true");
  });
});

describe("details panel properties", () => {
  const words = { propLabel: (k: string) => `<${k}>`, propValue: (k: string, v: string) => (k === "kind" ? `kind:${v}` : v) };

  it("shows the readable properties in order and hides the internal ones", () => {
    const rows = propertyRows(
      { lostHeading: true, pinyin: "ji cheng", section: "三、…", kind: "pillar", box: 1, clusterTier: "千亿级", planId: "x", aliases: [] },
      words,
    );
    expect(rows.map((r) => r.key)).toEqual(["kind", "clusterTier", "box", "section"]);
    expect(rows[0]).toMatchObject({ label: "<kind>", value: "kind:pillar", lang: "en" });
    expect(rows[1].lang).toBe("zh");
    expect(rows[2].lang).toBeNull();
  });

  it("says which language a text is in", () => {
    expect(textLang("集成电路 IC")).toBe("zh");
    expect(textLang("Note on zones")).toBe("en");
    expect(textLang("106.35")).toBeNull();
  });
});

describe("properties of a node several plans state", () => {
  it("never lists planProps (each plan's own properties are shown apart, core/plans.ts)", () => {
    const words = { propLabel: (k: string) => k, propValue: (_k: string, v: string) => v };
    const rows = propertyRows({ order: 1, planProps: JSON.stringify({ a: { name: "x", props: { order: 3 } } }) }, words);
    expect(rows.map((r) => r.key)).toEqual(["order"]);
  });
});
