/**
 * Planner's journey with two plans: the compare view on the real plan (重庆) and the synthetic
 * second plan (成都, tests/fixtures/seeds). Both plans picked by default and kept in the URL; the
 * industries in both and in one only, with the numbers GET /api/compare gives; the links one plan
 * lacks, with their sentence; the CSV; swapping; the view at three sizes in both languages
 * (photographed, no text under 12 px, nothing wider than the screen, the page in its language);
 * and with one plan loaded, the empty state that says how to load another.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../../contract/api.js";
import { importAll } from "../../server/bootstrap.js";
import { readAllSeeds } from "../../server/importer/seeds.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir, launchBrowser, type Browser } from "../support/browser.js";
import type { PageLang } from "../support/language.js";
import { axeViolations, languageProblems, openAt, overflowing, VIEWPORTS, type ViewportName } from "../support/measure.js";
import { startApp, type RunningApp } from "../support/server.js";
import { FIRST_PLAN_ID as CQ, SECOND_PLAN_ID as CD, makeTwoPlanSeedDir } from "../support/twoPlans.js";

const shots = path.join(artifactsDir, "compare");
let app: RunningApp;
let oneApp: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The app on the two-plan seeds folder, loaded as `npm start` loads SEED_DIR (bootstrap.importAll).
  const store = createMemoryStore();
  await store.load(importAll(await readAllSeeds(await makeTwoPlanSeedDir())).graph);
  app = await startApp({ store });
  oneApp = await startApp(); // the real plan alone
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await oneApp?.close();
});

const view = () => page.getByTestId("compare-view");
async function ready(): Promise<void> {
  await expect.poll(() => view().getAttribute("data-status"), { timeout: 30_000 }).toBe("ready");
}
async function api(a: string, b: string): Promise<Comparison> {
  return (await (await fetch(`${app.url}/api/compare?a=${a}&b=${b}`)).json()) as Comparison;
}

/** The industries listed under one side, with each plan's numbers as shown. */
async function shownIndustries(side: "both" | "a" | "b") {
  return page.getByTestId(`compare-industries-${side}`).locator("li.compare-industry").evaluateAll((lis) =>
    lis.map((li) => {
      const numbers = (s: string) => {
        const metrics = Array.from(li.querySelectorAll(`.compare-backing[data-side=${s}] .compare-metric`));
        if (!metrics.length) return undefined;
        return Object.fromEntries(metrics.map((m) => [m.getAttribute("data-key"), Number(m.querySelector(".compare-value")?.textContent)]));
      };
      return { id: li.getAttribute("data-id"), a: numbers("a"), b: numbers("b") };
    }),
  );
}

/** The smallest font size (CSS px) of any visible text in the view. */
async function smallestText(p: Page): Promise<{ px: number; text: string }> {
  return p.evaluate(() => {
    let min = { px: Infinity, text: "" };
    const root = document.querySelector('[data-testid="compare-view"]');
    if (!root) return min;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (el.closest(".sr-only")) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < min.px) min = { px, text: n.textContent.trim().slice(0, 40) };
    }
    return min;
  });
}

describe("compare view with two plans", () => {
  it("picks the first two plans, keeps them in the URL, and lists industries with the API's numbers", async () => {
    await openAt(page, `${app.url}/?view=compare`, VIEWPORTS.desktop, "en");
    await ready();
    expect(await page.getByTestId("compare-plan-a").inputValue()).toBe(CQ);
    expect(await page.getByTestId("compare-plan-b").inputValue()).toBe(CD);
    const url = new URL(page.url());
    expect([url.searchParams.get("view"), url.searchParams.get("a"), url.searchParams.get("b")]).toEqual(["compare", CQ, CD]);
    expect(await page.getByTestId("view-compare").getAttribute("aria-current")).toBe("page");

    const answer = await api(CQ, CD);
    for (const side of ["both", "a", "b"] as const) {
      const want = answer.industries.filter((i) => i.in === side).map((i) => ({ id: i.id, a: i.a, b: i.b }));
      expect(want.length, side).toBeGreaterThan(0);
      expect(await shownIndustries(side), side).toEqual(want);
      const cell = page.getByTestId("compare-summary").locator(`tr[data-row=industries] td[data-side=${side}]`);
      expect(Number(await cell.textContent())).toBe(want.length);
    }
    // English names where the graph has them, marked as English
    const ic = page.locator('li.compare-industry[data-id="industry:集成电路"] .compare-name');
    expect(await ic.textContent()).toBe("Integrated circuits");
    expect(await ic.getAttribute("lang")).toBe("en");
    await page.screenshot({ path: path.join(shots, "compare-desktop-en-top.png") });
  });

  it("lists the shared products and the links one plan lacks, each opening to its sentence", async () => {
    const answer = await api(CQ, CD);
    const shared = answer.products.filter((p) => p.in === "both");
    expect(await page.getByTestId("compare-products").locator("li").count()).toBe(shared.length);
    for (const side of ["a", "b"] as const) {
      const want = answer.links.filter((l) => l.in === side);
      expect(await page.getByTestId(`compare-links-${side}`).locator("li").count(), side).toBe(want.length);
    }
    const onlyB = answer.links.find((l) => l.in === "b")!;
    const item = page.getByTestId("compare-links-b").locator(`li[data-id="${onlyB.id}"]`);
    await item.locator("summary").focus();
    await page.keyboard.press("Enter"); // keyboard: open it
    const quote = item.locator(".compare-quote");
    await expect.poll(() => quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain(onlyB.quoteB);
    expect(await item.locator("details").getAttribute("title")).toBe(onlyB.quoteB);
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, "compare-desktop-en-links.png") });
  });

  it("downloads the comparison as CSV, one row per industry, product and link", async () => {
    const answer = await api(CQ, CD);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("compare-csv").click()]);
    expect(download.suggestedFilename()).toBe(`compare-${CQ}-${CD}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads the Chinese as UTF-8
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0].startsWith("section,id,name,nameEn,in,")).toBe(true);
    const rows = (s: string) => lines.filter((l) => l.startsWith(`${s},`)).length;
    expect([rows("industry"), rows("product"), rows("link")]).toEqual([answer.industries.length, answer.products.length, answer.links.length]);
    expect(lines.some((l) => l.startsWith("industry,industry:集成电路,集成电路,"))).toBe(true);
  });

  it("swaps the plans: the URL, the pickers and the sides follow", async () => {
    const before = await shownIndustries("a");
    await page.getByTestId("compare-swap").click();
    await expect.poll(() => page.getByTestId("compare-plan-a").inputValue()).toBe(CD);
    await ready();
    expect(await page.getByTestId("compare-plan-b").inputValue()).toBe(CQ);
    const url = new URL(page.url());
    expect([url.searchParams.get("a"), url.searchParams.get("b")]).toEqual([CD, CQ]);
    await expect.poll(async () => (await shownIndustries("b")).map((i) => i.id)).toEqual(before.map((i) => i.id));
    const answer = await api(CD, CQ);
    expect(await shownIndustries("both")).toEqual(answer.industries.filter((i) => i.in === "both").map((i) => ({ id: i.id, a: i.a, b: i.b })));
    // picking a plan by keyboard: choosing B's plan for A swaps back
    await page.getByTestId("compare-plan-a").selectOption(CQ);
    await expect.poll(() => page.getByTestId("compare-plan-b").inputValue()).toBe(CD);
    await page.goBack();
    await expect.poll(() => page.getByTestId("compare-plan-a").inputValue()).toBe(CD);
  });

  for (const lang of ["en", "zh"] as PageLang[])
    for (const size of Object.keys(VIEWPORTS) as ViewportName[])
      it(`reads well at ${size} in ${lang}: text ≥ 12 px, nothing wider than the screen, all in ${lang}`, async () => {
        await openAt(page, `${app.url}/?view=compare&a=${CQ}&b=${CD}`, VIEWPORTS[size], lang);
        await ready();
        expect(await page.getByTestId("compare-industries-both").locator("li").count()).toBeGreaterThan(0);
        const smallest = await smallestText(page);
        expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
        const overflow = await overflowing(page);
        expect(overflow.wide, JSON.stringify(overflow.wide)).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(VIEWPORTS[size].width);
        expect(await languageProblems(page, lang)).toEqual([]);
        if (size === "phone") {
          // one column: each industry's name above its two plans' numbers
          const row = page.locator("li.compare-industry").first();
          const [name, a] = [await row.locator(".compare-name").boundingBox(), await row.locator(".compare-backing[data-side=a]").boundingBox()];
          expect(a!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
        }
        if (size !== "laptop") expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(shots, `compare-${size}-${lang}.png`) });
      });
});

describe("compare view with one plan", () => {
  for (const lang of ["en", "zh"] as PageLang[])
    it(`says how to load a second plan (${lang})`, async () => {
      await openAt(page, `${oneApp.url}/?view=compare`, VIEWPORTS.desktop, lang);
      await expect.poll(() => view().getAttribute("data-status"), { timeout: 30_000 }).toBe("empty");
      const how = page.getByTestId("compare-empty-how");
      expect(await how.innerText()).toContain("npm run import -- --plan FILE");
      expect(await how.innerText()).toContain(lang === "en" ? "Load a second plan with" : "载入第二个规划");
      expect(await page.getByTestId("compare-csv").count()).toBe(0);
      expect(await languageProblems(page, lang)).toEqual([]);
      await page.screenshot({ path: path.join(shots, `compare-one-plan-${lang}.png`) });
    });
});
