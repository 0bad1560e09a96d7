/** Planner's journeys: the chain of 集成电路 with its gaps, and the paths between two nodes. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir } from "../support/browser.js";
import { nodeOnScreen, useJourney } from "../support/journey.js";
import { VIEWPORTS, labelFontSizes, openAt } from "../support/measure.js";
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

    // "Supply links only": the paths left use SUPPLIES and FEEDS alone, and the URL says so.
    const filter = j.page.getByTestId("path-edge-filter");
    expect(await filter.getByTestId("edge-filter-SUPPLIES").innerText()).toMatch(/供给\s*\d+/);
    await j.page.getByTestId("path-supply-only").check();
    await expect.poll(() => new URL(j.page.url()).searchParams.get("pedges")).toBe("FEEDS,SUPPLIES");
    const { paths: more } = await (await reference()).paths(from, to, { k: 10, maxDepth: 4 });
    const supply = more.filter((p) => p.edges.every((e) => e.type === "SUPPLIES" || e.type === "FEEDS")).slice(0, 3);
    await expect.poll(() => results.count()).toBe(supply.length);
    for (const text of await results.allInnerTexts()) expect(text).not.toMatch(/重点区县|涵盖|项目|平台/);
    await j.page.screenshot({ path: path.join(artifactsDir, "path-supply-only.png") });
  });

  it("tells the path in English with ?lang=en", async () => {
    const from = "industry:集成电路";
    const to = "industry:新能源汽车和智能网联汽车";
    await j.page.goto(`${j.app.url}/?view=path&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&lang=en`);
    const first = j.page.getByTestId("path-result").first();
    await expect.poll(() => first.innerText(), { timeout: 30_000 }).toMatch(/supplies/);
    expect(await first.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await j.page.screenshot({ path: path.join(artifactsDir, "path-en.png") });
  });

  it.each(["zh", "en"] as const)("fits the path at a phone's size (390×844, %s): both ends inside the canvas", async (lang) => {
    const from = "industry:集成电路";
    const to = "industry:新能源汽车和智能网联汽车";
    await openAt(j.page, `${j.app.url}/?view=path&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, VIEWPORTS.phone, lang);
    const box = (await j.page.getByTestId("graph-canvas").boundingBox())!;
    for (const id of [from, to]) {
      const p = await nodeOnScreen(j.page, id);
      expect(p.x, id).toBeGreaterThan(box.x);
      expect(p.x, id).toBeLessThan(box.x + box.width);
      expect(p.y, id).toBeGreaterThan(box.y);
      expect(p.y, id).toBeLessThan(box.y + box.height);
    }
    // The pickers stack, each as wide as the screen allows (a Chinese name shows whole).
    const picker = j.page.getByTestId("path-to");
    expect((await picker.boundingBox())!.width).toBeGreaterThan(VIEWPORTS.phone.width * 0.75);
    if (lang === "zh") expect(await picker.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const sizes = (await labelFontSizes(j.page)).map((l) => l.px);
    console.log(`[path] 390×844 ${lang}: labels ${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} px`);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.5);
    await j.page.screenshot({ path: path.join(artifactsDir, `path-phone-fit-${lang}.png`) });
  });
});
