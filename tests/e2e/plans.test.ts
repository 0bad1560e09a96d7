/**
 * Journey of several plans (issue 12): the app started on a seeds folder with two plans (the real
 * one and the synthetic 成都 plan, tests/support/twoPlans.ts). The header's plan picker lists both;
 * choosing 成都 shows only its industries in the overview (as GET /api/graph?plan= says) and
 * survives a reload; the chain of 集成电路 differs between the plans as the API says; the districts
 * view under 成都 says in one line that there are no boundaries and shows the matrix; en and zh at
 * 1440×900 and 390×844; with one plan (the normal seeds) there is no picker.
 */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pino } from "pino";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Chain, PlansList, Subgraph } from "../../contract/api.js";
import { industryLevel } from "../../client/src/core/industryLevel.js";
import { createApp } from "../../server/app.js";
import { importAll } from "../../server/bootstrap.js";
import { readAllSeeds } from "../../server/importer/seeds.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir, launchBrowser, type Browser } from "../support/browser.js";
import { canvasReady, drawnCount } from "../support/journey.js";
import { languageProblems, openAt, overflowing, VIEWPORTS } from "../support/measure.js";
import { repoRoot } from "../support/plan.js";
import { startApp, type RunningApp } from "../support/server.js";
import { FIRST_PLAN_ID, makeTwoPlanSeedDir, SECOND_PLAN_ID } from "../support/twoPlans.js";

const shots = path.join(artifactsDir, "plans");
const IC = "industry:集成电路";

let app: RunningApp;
let browser: Browser;
let page: Page;

/** The app as `npm start` runs it on SEED_DIR = a folder with both plans. */
async function startTwoPlanApp(): Promise<RunningApp> {
  const seedDir = await makeTwoPlanSeedDir();
  const inputs = await readAllSeeds(seedDir);
  const store = createMemoryStore();
  await store.load(importAll(inputs).graph);
  const planTexts = new Map(inputs.map((i) => [i.planId, i.text]));
  const clientDir = process.env.CLIENT_DIR || path.join(repoRoot, "dist", "client");
  const server = createApp({ store, logger: pino({ level: "silent" }), planTexts, seedDir, clientDir }).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const getJson = async <T>(p: string): Promise<T> => (await (await fetch(`${app.url}${p}`)).json()) as T;
const q = encodeURIComponent;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startTwoPlanApp();
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("several plans", () => {
  it("the picker lists all plans and both plans by title", async () => {
    await page.goto(`${app.url}/?lang=zh`);
    const select = page.getByTestId("plan-select");
    await expect.poll(() => select.count(), { timeout: 30_000 }).toBe(1);
    const plans = await getJson<PlansList>("/api/plans");
    const options = await select.locator("option").evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
    expect(options.map((o) => o.value)).toEqual(["", ...plans.map((p) => p.id)]);
    expect(options[0].text).toBe("全部规划");
    for (const p of plans) expect(options.find((o) => o.value === p.id)?.text).toBe(p.title);
    expect(await select.inputValue()).toBe("");
  });

  it("choosing 成都 shows only its industries in the overview, and survives a reload", async () => {
    await page.goto(`${app.url}/?lang=zh`);
    await canvasReady(page);
    const all = await drawnCount(page);
    await page.getByTestId("plan-select").selectOption(SECOND_PLAN_ID);
    await expect.poll(() => page.url()).toContain(`plan=${SECOND_PLAN_ID}`);
    const planGraph = await getJson<Subgraph>(`/api/graph?plan=${SECOND_PLAN_ID}`);
    const expected = industryLevel(planGraph).nodes;
    expect(expected.length).toBeLessThan(all);
    const drawnIds = async () =>
      (await page.evaluate(() => (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes().map((n) => n.id()))).sort();
    await expect.poll(drawnIds, { timeout: 30_000 }).toEqual(expected.map((n) => n.id).sort());
    await canvasReady(page);
    expect(await drawnCount(page)).toBe(expected.length);
    await page.screenshot({ path: path.join(shots, "overview-chengdu-zh.png") });
    // the header counts the chosen plan's statements, not the whole store's
    const plan = (await getJson<PlansList>("/api/plans")).find((p) => p.id === SECOND_PLAN_ID)!;
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    await expect.poll(() => page.locator(".health strong").first().textContent()).toBe(sum(plan.counts.nodes).toLocaleString("en"));
    expect(await page.locator(".health strong").nth(1).textContent()).toBe(sum(plan.counts.edges).toLocaleString("en"));

    await page.reload();
    await canvasReady(page);
    expect(await page.getByTestId("plan-select").inputValue()).toBe(SECOND_PLAN_ID);
    await expect.poll(drawnIds, { timeout: 30_000 }).toEqual(expected.map((n) => n.id).sort());
  });

  it("the search box searches in the chosen plan", async () => {
    const input = page.getByTestId("search-input");
    await input.fill("集成电路");
    await expect.poll(() => page.getByTestId("search-result").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hits = await getJson<{ id: string }[]>(`/api/search?q=${q("集成电路")}&limit=8&plan=${SECOND_PLAN_ID}`);
    const allHits = await getJson<{ id: string }[]>(`/api/search?q=${q("集成电路")}&limit=8`);
    expect(await page.getByTestId("search-result").count()).toBe(Math.min(hits.length, 8));
    expect(hits.length).toBeLessThanOrEqual(allHits.length);
    await input.fill("");
  });

  it("the chain of 集成电路 differs between the plans as the API says", async () => {
    const links: Record<string, string[]> = {};
    for (const plan of [FIRST_PLAN_ID, SECOND_PLAN_ID]) {
      const chain = await getJson<Chain>(`/api/chains/${q(IC)}?plan=${plan}`);
      const expected = [...chain.upstream, ...chain.internal, ...chain.downstream].map((l) => l.edgeId).sort();
      await page.goto(`${app.url}/?view=chain&industry=${q(IC)}&plan=${plan}&lang=zh`);
      await canvasReady(page);
      await page.screenshot({ path: path.join(shots, `chain-ic-${plan}.png`) });
      await page.goto(`${app.url}/?view=chain&industry=${q(IC)}&plan=${plan}&lang=zh&table=1`);
      const rows = page.getByTestId("chain-table-row");
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(expected.length);
      expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-edge-id") ?? ""))).sort()).toEqual(expected);
      links[plan] = expected;
    }
    expect(links[FIRST_PLAN_ID]).not.toEqual(links[SECOND_PLAN_ID]);
  });

  it("the districts view under 成都 says there are no boundaries, and shows the matrix", async () => {
    await page.goto(`${app.url}/?view=districts&plan=${SECOND_PLAN_ID}&lang=en`);
    const line = page.getByTestId("no-boundaries");
    await expect.poll(() => line.count(), { timeout: 30_000 }).toBe(1);
    expect(await line.textContent()).toMatch(/^No district boundaries for .+ yet: the lists and the matrix work\.$/);
    expect(await page.getByTestId("district-map").count()).toBe(0);
    const overlap = await getJson<{ districts: string[] }>(`/api/districts/overlap?plan=${SECOND_PLAN_ID}`);
    expect(overlap.districts.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".district-matrix tbody tr").count()).toBe(overlap.districts.length);
    await page.screenshot({ path: path.join(shots, "districts-chengdu-en.png") });
    await page.getByTestId("district-mode-matrix").click();
    await expect.poll(() => page.locator(".district-matrix tbody tr").count()).toBe(overlap.districts.length);
  });

  it("with all plans the map shows Chongqing and lists the districts it cannot place", async () => {
    await page.goto(`${app.url}/?view=districts&lang=zh`);
    const map = page.getByTestId("district-map");
    await expect.poll(async () => Number(await map.getAttribute("data-district-count")), { timeout: 30_000 }).toBeGreaterThanOrEqual(38);
    const unplaced = page.getByTestId("unplaced-districts");
    await expect.poll(() => unplaced.count()).toBe(1);
    expect(await unplaced.textContent()).toContain("双流区");
    await page.screenshot({ path: path.join(shots, "districts-all-zh.png") });
  });

  it("the details of 集成电路 with all plans: evidence under each plan's title, properties per plan", async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${app.url}/?node=${q(IC)}&lang=zh`);
    const groups = page.getByTestId("evidence-plan");
    await expect.poll(() => groups.count(), { timeout: 30_000 }).toBe(2);
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-plan")))).toEqual([FIRST_PLAN_ID, SECOND_PLAN_ID]);
    expect(await page.getByTestId("props-by-plan").count()).toBe(1);
    expect(await page.getByTestId("details-panel").textContent()).not.toContain("planProps");
    await page.screenshot({ path: path.join(shots, "details-ic-all-zh.png") });
  });

  for (const lang of ["zh", "en"] as const)
    for (const size of ["desktop", "phone"] as const)
      it(`reads at ${size} in ${lang} with 成都 chosen: the picker fits, words in ${lang}`, async () => {
        await openAt(page, `${app.url}/?plan=${SECOND_PLAN_ID}`, VIEWPORTS[size], lang);
        const select = page.getByTestId("plan-select");
        expect(await select.isVisible()).toBe(true);
        expect(await select.inputValue()).toBe(SECOND_PLAN_ID);
        expect((await overflowing(page)).wide).toEqual([]);
        const wrong = (await languageProblems(page, lang)).filter((p) => /header/.test(p.where));
        expect(wrong).toEqual([]);
        await page.screenshot({ path: path.join(shots, `overview-${size}-${lang}.png`) });
        await openAt(page, `${app.url}/?view=districts&mode=matrix&plan=${SECOND_PLAN_ID}`, VIEWPORTS[size], lang);
        await page.screenshot({ path: path.join(shots, `districts-${size}-${lang}.png`) });
      });
});

describe("one plan", () => {
  let one: RunningApp;
  beforeAll(async () => {
    one = await startApp();
  });
  afterAll(() => one?.close());

  it("has no picker", async () => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(`${one.url}/?lang=zh`);
    await canvasReady(page);
    expect(await page.getByTestId("plan-select").count()).toBe(0);
    expect(await page.locator(".plan-name").count()).toBe(1);
  });
});
