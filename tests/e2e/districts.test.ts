/**
 * Analyst's journey: the district view — the map (and the graph over it, kept in the URL), 两江新区's
 * portfolio and the districts most like it, a cell's evidence, the CSVs; then what issue 10 asks of
 * the map: a district pointed at anywhere outlined on it, coloured by similarity (in the URL),
 * labels that select, zoom kept to the region, the inset collapsible; and the view at three sizes
 * in both languages, photographed and checked (width, language, axe-core).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DistrictOverlap } from "../../contract/api.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir, type Browser } from "../support/browser.js";
import { closeJourney, openJourney } from "../support/journey.js";
import type { PageLang } from "../support/language.js";
import { axeViolations, labelFontSizes, languageProblems, openAt, overflowing, VIEWPORTS, type ViewportName } from "../support/measure.js";
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

describe("the map answers what is pointed at (issue 10)", () => {
  const url = () => `${app.url}/?view=districts&district=${encodeURIComponent(LIANGJIANG)}`;
  const map = () => page.getByTestId("district-map");
  // the main map's path (drawn before the inset's copy)
  const pathOf = (id: string) => page.locator(`[data-testid=district-map] path.dmap-district[data-id="${id}"]`).first();
  const ready = () => expect.poll(async () => Number(await map().getAttribute("data-district-count")), { timeout: 30_000 }).toBe(38);
  const transform = async () => {
    const [k, x, y] = (await map().getAttribute("data-transform"))!.split(",").map(Number);
    return { k, x, y };
  };

  it("outlines on the map a district hovered in \"districts like this one\"", async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(url());
    await ready();
    const yubei = "district:渝北区";
    expect(await pathOf(yubei).getAttribute("data-outlined")).toBeNull();
    await page.locator(`[data-testid=district-alike-item][data-district="${yubei}"]`).hover();
    await expect.poll(() => pathOf(yubei).getAttribute("data-outlined")).toBe("true");
    expect(await pathOf(yubei).getAttribute("class")).toContain("is-outlined");
    await page.screenshot({ path: path.join(artifactsDir, "districts-alike-outlined.png") });
    await page.mouse.move(5, 5);
    await expect.poll(() => pathOf(yubei).getAttribute("data-outlined")).toBeNull();
  });

  it("colours the map by similarity to the chosen district, kept in the URL across a reload", async () => {
    await page.getByTestId("map-industry").selectOption("similar");
    await expect.poll(() => page.url()).toContain("by=similar");
    const pair = overlap.pairs.find((p) => [p.a, p.b].includes(LIANGJIANG) && [p.a, p.b].includes("district:渝北区"))!;
    await expect.poll(async () => Number(await pathOf("district:渝北区").getAttribute("data-value"))).toBeCloseTo(pair.jaccard, 4);
    // every district of the map: its Jaccard with 两江新区, 0 where they share nothing
    const jaccard = new Map(overlap.pairs.flatMap((p) => (p.a === LIANGJIANG ? [[p.b, p.jaccard]] : p.b === LIANGJIANG ? [[p.a, p.jaccard]] : [])) as [string, number][]);
    const drawn = await page
      .locator("[data-testid=district-map] > g:not(.dmap-inset) > g > g.dmap-districts path")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-id")!, Number(e.getAttribute("data-value"))] as const));
    expect(drawn).toHaveLength(38);
    for (const [id, v] of drawn) expect(v, id).toBeCloseTo(jaccard.get(id) ?? 0, 4);
    expect(drawn.filter(([, v]) => v === 0).length).toBeGreaterThan(5);
    await page.reload();
    await ready();
    expect(await page.getByTestId("map-industry").inputValue()).toBe("similar");
    expect(Number(await pathOf("district:渝北区").getAttribute("data-value"))).toBeCloseTo(pair.jaccard, 4);
    expect(await page.getByTestId("map-legend-title").innerText()).toContain("两江新区");
    await page.screenshot({ path: path.join(artifactsDir, "districts-similarity.png") });
  });

  it("selects a district from its map label, by click and by keyboard", async () => {
    await page.locator('[data-testid=district-label][data-id="district:万州区"]').click();
    await expect.poll(() => page.getByTestId("district-panel").getAttribute("data-district")).toBe("district:万州区");
    expect(decodeURIComponent(page.url())).toContain("district=district:万州区");
    const fuling = page.locator('[data-testid=district-label][data-id="district:涪陵区"]');
    expect(await fuling.getAttribute("tabindex")).toBe("0");
    await fuling.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("district-panel").getAttribute("data-district")).toBe("district:涪陵区");
  });

  it("keeps the zoom to the region: wheeling out stops at the whole of it, a drag cannot push it off", async () => {
    const box = (await map().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 400);
    await expect.poll(transform).toEqual({ k: 1, x: 0, y: 0 });
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await transform()).k).toBeGreaterThan(2);
    // drag far down and right, then far up and left: the region's frame stays covering the view
    for (const d of [2000, -4000]) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + d, box.y + box.height / 2 + d, { steps: 8 });
      await page.mouse.up();
      const t = await transform();
      expect(t.x).toBeLessThanOrEqual(0);
      expect(t.y).toBeLessThanOrEqual(0);
      expect(t.x).toBeGreaterThanOrEqual(Math.floor(box.width * (1 - t.k)) - 1);
      expect(t.y).toBeGreaterThanOrEqual(Math.floor(box.height * (1 - t.k)) - 1);
    }
    await page.getByTestId("map-zoom-fit").click();
    await expect.poll(transform).toEqual({ k: 1, x: 0, y: 0 });
  });

  it("collapses the main-city inset and remembers it", async () => {
    await expect.poll(() => page.getByTestId("map-inset").count()).toBe(1);
    await page.getByTestId("map-inset-toggle").click();
    await expect.poll(() => page.getByTestId("map-inset").count()).toBe(0);
    await page.reload();
    await ready();
    expect(await page.getByTestId("map-inset").count()).toBe(0);
    await page.getByTestId("map-inset-toggle").click();
    await expect.poll(() => page.getByTestId("map-inset").count()).toBe(1);
  });
});

describe("the small graphs read at their default zoom (issue 10)", () => {
  const at = (mode: string) => `${app.url}/?view=districts&district=${encodeURIComponent(LIANGJIANG)}${mode ? `&mode=${mode}` : ""}`;
  for (const lang of ["zh", "en"] as const)
    for (const [mode, canvas, what] of [
      ["", "district-portfolio", "the portfolio"],
      ["graph", "colocation", "the co-location graph"],
    ] as const)
      it(`draws ${what} with labels of 12 px or more at 1440×900 in ${lang}`, async () => {
        await openAt(page, at(mode), VIEWPORTS.desktop, lang);
        await page.waitForSelector(`[data-testid=graph-canvas][data-canvas="${canvas}"][data-ready="true"]`, { timeout: 30_000 });
        const labels = await labelFontSizes(page);
        const nodes = Number(await page.getByTestId("graph-canvas").getAttribute("data-node-count"));
        expect(labels.filter((l) => !l.id.includes("--") && !l.id.includes("->")).length).toBe(nodes);
        const small = labels.filter((l) => l.px < 12);
        expect(small, JSON.stringify(small)).toEqual([]);
        await page.screenshot({ path: path.join(artifactsDir, `districts-${canvas}-labels-${lang}.png`) });
      });
});

describe("the district view on every screen, in both languages", () => {
  const LANGS: PageLang[] = ["zh", "en"];
  const SIZES = Object.keys(VIEWPORTS) as ViewportName[];
  const at = (mode: string) => `${app.url}/?view=districts&district=${encodeURIComponent(LIANGJIANG)}${mode ? `&mode=${mode}` : ""}`;

  for (const lang of LANGS)
    for (const size of SIZES)
      it(`reads at ${size} in ${lang}: map and matrix photographed, nothing wider than the screen, every string in ${lang}`, async () => {
        for (const mode of ["", "matrix"]) {
          await openAt(page, at(mode), VIEWPORTS[size], lang);
          await page.waitForSelector(mode ? "[data-testid=district-matrix]" : '[data-testid=district-map][data-district-count="38"]', { timeout: 30_000 });
          await page.screenshot({ path: path.join(artifactsDir, `districts-${mode || "map"}-${size}-${lang}.png`), fullPage: size === "phone" });
          const overflow = await overflowing(page);
          expect(overflow.wide, JSON.stringify(overflow.wide)).toEqual([]);
          expect(overflow.scrollWidth).toBeLessThanOrEqual(VIEWPORTS[size].width);
          expect(await languageProblems(page, lang)).toEqual([]);
          if (size !== "laptop") expect(await axeViolations(page)).toEqual([]);
        }
      });
});
