/** Planner's journeys: the chain of 集成电路 with its gaps, and the paths between two nodes. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { loadPlanGraph } from "../support/plan.js";

const j = useJourney();

/** What the API answers, computed here from the plan through the same store the app uses. */
async function reference() {
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  return store;
}

describe("chain view", () => {
  it("lays out 集成电路's chain and lists its gaps", async () => {
    const chain = await (await reference()).chain("industry:集成电路");
    await j.page.goto(`${j.app.url}/?view=chain&industry=${encodeURIComponent("industry:集成电路")}`);
    const summary = j.page.getByTestId("chain-summary");
    await expect.poll(() => summary.getAttribute("data-gaps"), { timeout: 30_000 }).toBe(String(chain.gaps.length));
    expect(await summary.getAttribute("data-upstream")).toBe(String(chain.upstream.length));
    expect(await summary.getAttribute("data-downstream")).toBe(String(chain.downstream.length));
    expect(chain.gaps.length).toBeGreaterThan(0);

    const gaps = j.page.getByTestId("chain-gap");
    await expect.poll(() => gaps.count()).toBe(chain.gaps.length);
    expect((await gaps.evaluateAll((els) => els.map((e) => e.getAttribute("data-edge-id")))).sort()).toEqual(
      chain.gaps.map((g) => g.edgeId).sort(),
    );
    const canvas = j.page.getByTestId("graph-canvas");
    await expect.poll(async () => Number(await canvas.getAttribute("data-node-count"))).toBeGreaterThan(10);
    await j.page.getByTestId("chain-highlight-gaps").check();
    await j.page.screenshot({ path: path.join(artifactsDir, "chain-集成电路.png") });
  });
});

describe("path view", () => {
  it("finds the k shortest paths between two industries and tells them in words", async () => {
    const from = "industry:集成电路";
    const to = "industry:新能源汽车和智能网联汽车";
    const { paths } = await (await reference()).paths(from, to, { k: 3, maxDepth: 4 });
    await j.page.goto(`${j.app.url}/?view=path&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const results = j.page.getByTestId("path-result");
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBe(paths.length);
    const first = await results.first().innerText();
    expect(first).toContain("集成电路");
    expect(first).toContain("新能源汽车和智能网联汽车");
    expect(first).toContain("供给"); // 集成电路 —供给→ 新能源汽车和智能网联汽车
    expect(await results.first().getAttribute("data-steps")).toBe(String(paths[0].edges.length));
    await j.page.screenshot({ path: path.join(artifactsDir, "path-集成电路-新能源汽车.png") });
  });
});
