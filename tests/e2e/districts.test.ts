/** Analyst's journey: the district view — the map (and the graph over it, kept in the URL), 两江新区's portfolio and the districts most like it, a cell's evidence, the CSVs. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DistrictOverlap } from "../../contract/api.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir, type Browser } from "../support/browser.js";
import { closeJourney, openJourney } from "../support/journey.js";
import { loadPlanGraph } from "../support/plan.js";
import type { RunningApp } from "../support/server.js";

let app: RunningApp;
let browser: Browser;
let page: Page;
let overlap: DistrictOverlap;

const LIANGJIANG = "district:两江新区";

beforeAll(async () => {
  ({ app, browser, page } = await openJourney());
  // What the API answers, computed here from the plan through the same store the app uses.
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  overlap = await store.districtOverlap();
});
afterAll(() => closeJourney({ app, browser }));

describe("district view", () => {
  it("draws the map of Chongqing with its districts labelled", async () => {
    await page.goto(`${app.url}/`);
    await page.getByTestId("view-districts").click();
    const map = page.getByTestId("district-map");
    await expect.poll(async () => Number(await map.getAttribute("data-district-count")), { timeout: 30_000 }).toBeGreaterThanOrEqual(38);
    const labels = page.getByTestId("district-label");
    await expect.poll(() => labels.count()).toBeGreaterThan(20);
    expect((await labels.allTextContents()).join(" ")).toContain("万州区");
    expect(page.url()).toContain("view=districts");
    await page.screenshot({ path: path.join(artifactsDir, "districts-map.png") });
  });

  it("draws the graph over the map and keeps it in the URL: a reload shows it again", async () => {
    const map = page.getByTestId("district-map");
    const toggle = page.getByTestId("map-toggle");
    await toggle.click();
    await expect.poll(() => map.getAttribute("data-mode")).toBe("graph");
    expect(page.url()).toContain("overlay=1");
    await expect.poll(() => page.getByTestId("map-industry-node").count()).toBe(overlap.industries.length);
    await page.screenshot({ path: path.join(artifactsDir, "districts-map-graph.png") });

    await page.reload();
    await expect.poll(async () => Number(await map.getAttribute("data-district-count")), { timeout: 30_000 }).toBeGreaterThanOrEqual(38);
    expect(await map.getAttribute("data-mode")).toBe("graph");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.getByTestId("map-industry-node").count()).toBe(overlap.industries.length);

    await toggle.click();
    await expect.poll(() => map.getAttribute("data-mode")).toBe("map");
    expect(page.url()).not.toContain("overlay=");
  });

  it("picks 两江新区 in the matrix: its portfolio and the districts most like it", async () => {
    await page.getByTestId("district-mode-matrix").click();
    const matrix = page.getByTestId("district-matrix");
    await expect.poll(() => matrix.getAttribute("data-rows"), { timeout: 30_000 }).toBe(String(overlap.districts.length));
    await page.locator(`[data-testid=district-row][data-district="${LIANGJIANG}"]`).click();
    expect(decodeURIComponent(page.url())).toContain(`district=${LIANGJIANG}`);

    const panel = page.getByTestId("district-panel");
    await expect.poll(() => panel.getAttribute("data-district")).toBe(LIANGJIANG);
    const row = overlap.districts.indexOf(LIANGJIANG);
    const expected = overlap.industries.filter((_, j) => overlap.matrix[row][j]).sort();
    expect(expected.length).toBeGreaterThan(5);
    const chips = page.getByTestId("portfolio-industry");
    await expect.poll(() => chips.count()).toBe(expected.length);
    expect((await chips.evaluateAll((els) => els.map((e) => e.getAttribute("data-industry")))).sort()).toEqual(expected);

    // The most alike: the pair with 两江新区 of the highest Jaccard.
    const mine = overlap.pairs.filter((p) => p.a === LIANGJIANG || p.b === LIANGJIANG);
    const best = mine.reduce((x, y) => (y.jaccard > x.jaccard ? y : x));
    const other = best.a === LIANGJIANG ? best.b : best.a;
    const alike = page.getByTestId("district-alike-item");
    await expect.poll(() => alike.count()).toBe(mine.length);
    expect(await alike.first().getAttribute("data-district")).toBe(other);
    expect(other).toBe("district:重庆高新区"); // 8 shared of 13 (the plan's 重点区县 rows and 专栏15)
    const canvas = page.getByTestId("graph-canvas");
    await expect.poll(() => canvas.getAttribute("data-node-count")).toBe(String(expected.length + 1));
    await page.screenshot({ path: path.join(artifactsDir, "districts-两江新区.png") });
  });

  it("shows a cell's evidence from the plan, with a way into the reader", async () => {
    const cell = page.locator(`[data-testid=matrix-cell][data-district="${LIANGJIANG}"][data-industry="industry:集成电路"]`);
    await cell.click();
    const quote = page.getByTestId("evidence-quote").first();
    await expect.poll(() => quote.innerText()).toContain("两江新区");
    const link = page.getByTestId("read-in-plan").first();
    expect(await link.getAttribute("href")).toMatch(/view=reader&node=district:.+&at=\d+-\d+/);
    await page.screenshot({ path: path.join(artifactsDir, "districts-evidence.png") });
  });

  it("ranks the pairs and exports them and the matrix as CSV", async () => {
    const pairs = page.getByTestId("district-pair");
    await expect.poll(() => pairs.count()).toBe(Math.min(20, overlap.pairs.length));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-pairs-csv").click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(overlap.pairs.length + 1);
    expect(csv).toContain('"两江新区","重庆高新区"');
    const [m] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-matrix-csv").click()]);
    expect(readFileSync((await m.path())!, "utf8").trim().split("\r\n")).toHaveLength(overlap.districts.length + 2);
  });

  it("links industries by the districts they share", async () => {
    await page.getByTestId("district-mode-graph").click();
    const colocation = page.getByTestId("colocation");
    await expect.poll(async () => Number(await colocation.getAttribute("data-link-count")), { timeout: 30_000 }).toBeGreaterThan(10);
    const canvas = page.getByTestId("graph-canvas");
    await expect.poll(() => canvas.getAttribute("data-node-count")).toBe(String(overlap.industries.length));
    expect(await page.getByTestId("graph-canvas").count()).toBe(1);
    await page.screenshot({ path: path.join(artifactsDir, "districts-colocation.png") });
  });
});
