/**
 * The explorer on the synthetic corpus (issue 13): the app as `CORPUS=100 npm start` serves it
 * (100 plans, ~40k nodes and ~109k relationships), used as a person would: the overview opens on
 * the industries with every one of them on screen, search finds a product and its details show its
 * quote, a shared industry's chain draws, and the districts map draws with its districts. Times
 * to each step are printed (they are this machine's figures, not targets). JOURNEY_CORPUS sets
 * the scale (default 100).
 */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pino } from "pino";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlansList, SearchHit, Stats } from "../../contract/api.js";
import { createApp } from "../../server/app.js";
import { openStore } from "../../server/bootstrap.js";
import { parseConfig } from "../../server/config.js";
import type { GraphStore } from "../../server/store/port.js";
import { artifactsDir, launchBrowser, type Browser } from "../support/browser.js";
import { canvasReady, drawnCount } from "../support/journey.js";
import { openAt, overflowing, VIEWPORTS } from "../support/measure.js";
import { repoRoot } from "../support/plan.js";

const SCALE = Number(process.env.JOURNEY_CORPUS ?? 100);
const shots = path.join(artifactsDir, "scale");

let url: string;
let close: () => Promise<void>;
let store: GraphStore;
let browser: Browser;
let page: Page;
const timings: Record<string, number> = {};

const getJson = async <T>(p: string): Promise<T> => (await (await fetch(`${url}${p}`)).json()) as T;

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await step();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const opened = await timed("start", () => openStore(parseConfig({ CORPUS: String(SCALE) })));
  store = opened.store;
  const clientDir = process.env.CLIENT_DIR || path.join(repoRoot, "dist", "client");
  const server = createApp({ store, logger: pino({ level: "silent" }), planTexts: opened.planTexts, seedDir: opened.seedDir, clientDir }).listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  browser = await launchBrowser();
  page = await browser.context.newPage();
}, 300_000);
afterAll(async () => {
  console.log(`scale journey at ${SCALE}×, ms: ${JSON.stringify(timings)}`);
  await browser?.close();
  await close?.();
  await store?.close();
});

describe(`the explorer on the ${SCALE}× synthetic corpus`, () => {
  it("serves every plan of the corpus", async () => {
    const plans = await getJson<PlansList>("/api/plans");
    expect(plans.length).toBe(SCALE);
    const stats = await getJson<Stats>("/api/stats");
    expect(stats.totals.nodes).toBeGreaterThan(SCALE * 350);
  });

  it("opens the overview on every industry, fitted into the window, in both languages", async () => {
    for (const lang of ["zh", "en"] as const) {
      await timed(`overview ${lang}`, async () => {
        await openAt(page, `${url}/`, VIEWPORTS.desktop, lang);
        await canvasReady(page);
      });
      const industries = (await getJson<Stats>("/api/stats")).nodes.Industry ?? 0;
      expect(await drawnCount(page)).toBeGreaterThanOrEqual(industries);
      // every industry is inside the canvas: the view is fitted, not a corner of a huge ring
      const outside = await page.evaluate(() => {
        const cy = (window as unknown as { __cy: { nodes(s: string): { map<T>(f: (n: { renderedPosition(): { x: number; y: number } }) => T): T[] }; width(): number; height(): number } }).__cy;
        const w = cy.width();
        const h = cy.height();
        return cy.nodes('[type = "Industry"]').map((n) => n.renderedPosition()).filter((p) => p.x < 0 || p.y < 0 || p.x > w || p.y > h).length;
      });
      expect(outside).toBe(0);
      expect((await overflowing(page)).wide).toEqual([]);
      await page.screenshot({ path: path.join(shots, `overview-${lang}.png`) });
    }
  });

  it("finds a product by name and shows its quote", async () => {
    const [hit] = await getJson<SearchHit[]>(`/api/search?q=${encodeURIComponent("芯片")}&types=Product&limit=5`);
    expect(hit, "the corpus has products named …芯片").toBeTruthy();
    await openAt(page, `${url}/`, VIEWPORTS.desktop, "zh");
    await canvasReady(page);
    const input = page.getByTestId("search-input");
    await timed("search", async () => {
      await input.fill(hit.name);
      await expect.poll(() => page.getByTestId("search-result").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    });
    await page.getByTestId("search-result").first().click();
    const quote = page.getByTestId("evidence-quote").first();
    await expect.poll(async () => (await quote.isVisible()) && (await quote.innerText()).length > 0, { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: path.join(shots, "search-details-zh.png") });
  });

  it("draws the chain of an industry several plans share", async () => {
    const industries = await getJson<SearchHit[]>(`/api/search?q=${encodeURIComponent("智能")}&types=Industry&limit=20`);
    expect(industries.length).toBeGreaterThan(0);
    const chosen = industries[0];
    await timed("chain", async () => {
      await openAt(page, `${url}/?view=chain&industry=${encodeURIComponent(chosen.id)}`, VIEWPORTS.desktop, "zh");
      await canvasReady(page);
    });
    expect(await drawnCount(page)).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(shots, "chain-zh.png") });
  });

  it("draws the districts map with its districts", async () => {
    await timed("districts", async () => {
      await openAt(page, `${url}/?view=districts`, VIEWPORTS.desktop, "en");
      const map = page.getByTestId("district-map");
      await expect.poll(async () => Number(await map.getAttribute("data-district-count")), { timeout: 60_000 }).toBeGreaterThanOrEqual(38);
    });
    await page.screenshot({ path: path.join(shots, "districts-en.png") });
  });
});
