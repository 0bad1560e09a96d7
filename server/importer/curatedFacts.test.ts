/** Facts the plan text implies but does not state, taken from seeds/curated: places, titles. */
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../tests/support/plan.js";

describe("LOCATED_IN through curated places", () => {
  it("places 西永实验室 in 沙坪坝区 and 重庆高新区 by 依托西永微电园, with text and reference evidence", async () => {
    const { graph, text } = await loadPlan();
    const located = graph.edges.filter((e) => e.type === "LOCATED_IN" && e.source === "platform:西永实验室");
    expect(located.map((e) => e.target).sort()).toEqual(["district:沙坪坝区", "district:重庆高新区"]);
    for (const e of located) {
      const [quote, reference] = e.evidence;
      expect(quote).toMatchObject({ quote: "西永微电园" });
      if ("kind" in quote) throw new Error("expected text evidence first");
      expect(text.slice(quote.start, quote.end)).toBe("西永微电园");
      expect(text.slice(quote.start - 2, quote.start)).toBe("依托");
      expect(reference).toMatchObject({ kind: "reference" });
    }
  });
});

describe("the plan's title from seeds/curated/cq-sei-14fyp/plan.json", () => {
  it("names the plan node by its published title, with the preface sentence and the reference as evidence", async () => {
    const { graph } = await loadPlan();
    const plan = graph.nodes.find((n) => n.type === "Plan")!;
    expect(plan.name).toBe("重庆市战略性新兴产业发展“十四五”规划");
    expect(plan.evidence[0]).toMatchObject({ quote: expect.stringMatching(/制定本规划$/) });
    expect(plan.evidence[1]).toMatchObject({ kind: "reference" });
  });
});
