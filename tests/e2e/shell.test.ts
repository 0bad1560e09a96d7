/**
 * Journey: the app shell on a phone and on wide screens — no sideways scroll at 390 px, the side
 * panels as drawers worked by keyboard, the search behind an icon, panels only where a view uses
 * them (collapsed ones remembered), the language from the browser, and the reader, Cypher and
 * shell looked at in both languages at the three sizes.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, launchBrowser, type Browser } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { VIEWPORTS, axeViolations, languageProblems, openAt, overflowing } from "../support/measure.js";

const j = useJourney();
const shots = path.join(artifactsDir, "shell");

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid") ?? null);

describe("the shell at 390×844", () => {
  beforeAll(() => mkdirSync(shots, { recursive: true }));

  it("has no horizontal page scroll: header, tabs and the overview fit", async () => {
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.phone, "en");
    const o = await overflowing(j.page);
    expect(o.wide).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(390);
    // the canvas takes the whole width
    const box = await j.page.getByTestId("graph-canvas").boundingBox();
    expect(box!.width).toBeGreaterThan(380);
    // every tab is reachable: the row scrolls rather than widening the page
    await j.page.getByTestId("view-reader").scrollIntoViewIfNeeded();
    expect(await j.page.getByTestId("view-reader").isVisible()).toBe(true);
  });

  it("opens the search from its icon (and with /), and picks with the keyboard", async () => {
    expect(await j.page.getByTestId("search-input").count()).toBe(0);
    await j.page.getByTestId("search-toggle").click();
    await expect.poll(() => focusedTestId(j.page)).toBe("search-input");
    await j.page.keyboard.type("集成电路");
    await expect.poll(() => j.page.getByTestId("search-result").count()).toBeGreaterThan(0);
    expect((await overflowing(j.page)).wide).toEqual([]);
    await j.page.screenshot({ path: path.join(shots, "phone-search.png") });
    await j.page.keyboard.press("Enter");
    await expect.poll(() => j.page.getByTestId("graph-canvas").getAttribute("data-selected")).toBe("industry:集成电路");
    expect(await j.page.getByTestId("search-input").count()).toBe(0);
    await j.page.keyboard.press("/");
    await expect.poll(() => focusedTestId(j.page)).toBe("search-input");
    await j.page.keyboard.press("Escape");
    await expect.poll(() => j.page.getByTestId("search-input").count()).toBe(0);
    expect(await focusedTestId(j.page)).toBe("search-toggle");
  });

  it("opens the details as a drawer from the keyboard; Esc closes it and gives the focus back", async () => {
    const opener = j.page.getByTestId("drawer-open-details");
    await opener.focus();
    await j.page.keyboard.press("Enter");
    const drawer = j.page.getByTestId("drawer-details");
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await focusedTestId(j.page)).toBe("drawer-details");
    await expect.poll(() => drawer.getByTestId("details-panel").isVisible()).toBe(true);
    expect((await overflowing(j.page)).wide).toEqual([]);
    await j.page.screenshot({ path: path.join(shots, "phone-details-drawer.png") });
    // the focus stays in the drawer, whichever way Tab goes
    const inDrawer = () => j.page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="drawer-details"]')));
    await j.page.keyboard.press("Tab");
    expect(await inDrawer()).toBe(true);
    for (let i = 0; i < 3; i++) await j.page.keyboard.press("Shift+Tab");
    expect(await inDrawer()).toBe(true);
    await j.page.keyboard.press("Escape");
    await expect.poll(() => drawer.count()).toBe(0);
    expect(await focusedTestId(j.page)).toBe("drawer-open-details");
    // Esc closed the drawer only: the selection stays
    expect(await j.page.getByTestId("graph-canvas").getAttribute("data-selected")).toBe("industry:集成电路");
  });

  it("opens the overview's filters as a drawer, and closes it with its button", async () => {
    await j.page.getByTestId("drawer-open-sidebar").focus();
    await j.page.keyboard.press("Enter");
    const drawer = j.page.getByTestId("drawer-sidebar");
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await drawer.getByTestId("type-filter-Industry").isVisible()).toBe(true);
    await j.page.screenshot({ path: path.join(shots, "phone-filters-drawer.png") });
    await j.page.getByTestId("drawer-close-sidebar").click();
    await expect.poll(() => drawer.count()).toBe(0);
    expect(await focusedTestId(j.page)).toBe("drawer-open-sidebar");
  });

  it("shows no filters button where the view has no filters", async () => {
    await j.page.getByTestId("view-cypher").click();
    await expect.poll(() => j.page.getByTestId("drawer-open-details").isVisible()).toBe(true);
    expect(await j.page.getByTestId("drawer-open-sidebar").count()).toBe(0);
  });
});

describe("panels that earn their space (1440×900)", () => {
  it("shows the sidebar on the overview only, and the details column only with a selection", async () => {
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "en");
    expect(await j.page.getByTestId("panel-sidebar").isVisible()).toBe(true);
    expect(await j.page.getByTestId("panel-details").count()).toBe(0);
    await openAt(j.page, `${j.app.url}/?view=cypher`, VIEWPORTS.desktop, "en");
    expect(await j.page.getByTestId("panel-sidebar").count()).toBe(0);
    expect(await j.page.getByTestId("panel-details").count()).toBe(0);
    await openAt(j.page, `${j.app.url}/?view=reader&node=${encodeURIComponent("industry:集成电路")}`, VIEWPORTS.desktop, "en");
    expect(await j.page.getByTestId("panel-details").isVisible()).toBe(true);
  });

  it("collapses a panel to a rail and remembers it across visits", async () => {
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "en");
    const before = (await j.page.getByTestId("graph-canvas").boundingBox())!.width;
    await j.page.getByTestId("panel-collapse-sidebar").click();
    await expect.poll(() => j.page.getByTestId("panel-rail-sidebar").isVisible()).toBe(true);
    await expect.poll(async () => (await j.page.getByTestId("graph-canvas").boundingBox())!.width).toBeGreaterThan(before + 150);
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "en");
    expect(await j.page.getByTestId("panel-rail-sidebar").isVisible()).toBe(true);
    await j.page.getByTestId("panel-expand-sidebar").click();
    await expect.poll(() => j.page.getByTestId("panel-sidebar").isVisible()).toBe(true);
  });

  it("leaves a skip link first in the tab order, and it lands on the view", async () => {
    await openAt(j.page, `${j.app.url}/?view=cypher`, VIEWPORTS.desktop, "en");
    await j.page.keyboard.press("Tab");
    expect(await j.page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await j.page.keyboard.press("Enter");
    expect(await j.page.evaluate(() => document.activeElement?.id)).toBe("view");
  });
});

describe("the interface language from the browser", () => {
  let en: Browser;
  beforeAll(async () => (en = await launchBrowser({ locale: "en-US" })));
  afterAll(() => en?.close());

  it("opens in English for an English browser and in Chinese for a Chinese one; lang in the URL wins", async () => {
    const page = await en.context.newPage();
    await page.goto(`${j.app.url}/?view=cypher`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByTestId("view-overview").innerText()).toBe("Overview");
    await page.goto(`${j.app.url}/?view=cypher&lang=zh`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh");
    expect(await page.getByTestId("view-overview").innerText()).toBe("概览");
    // the choice sticks: toggling back writes lang only when it differs from the browser's
    await page.getByTestId("lang-toggle").click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(page.url()).not.toContain("lang=");
    await page.close();

    await j.page.goto(`${j.app.url}/?view=cypher`);
    await expect.poll(() => j.page.evaluate(() => document.documentElement.lang)).toBe("zh");
    expect(await j.page.getByTestId("view-overview").innerText()).toBe("概览");
  });
});

describe("shell, reader and Cypher at three sizes in both languages", () => {
  const VIEWS = {
    shell: "/",
    reader: `/?view=reader&node=${encodeURIComponent("industry:集成电路")}`,
    cypher: "/?view=cypher",
  } as const;
  for (const [view, url] of Object.entries(VIEWS))
    for (const [size, viewport] of Object.entries(VIEWPORTS))
      for (const lang of ["zh", "en"] as const)
        it(`${view} at ${size} in ${lang}: fits, reads in ${lang}, axe-clean`, async () => {
          await openAt(j.page, `${j.app.url}${url}`, viewport, lang);
          if (view === "cypher") await j.page.getByTestId("cypher-unavailable").waitFor();
          await j.page.screenshot({ path: path.join(shots, `${view}-${size}-${lang}.png`) });
          const wide = (await overflowing(j.page)).wide;
          const axe = (await axeViolations(j.page)).map((v) => `${v.id}: ${v.targets.join(" ")}`);
          const language = (await languageProblems(j.page, lang)).map((p) => `${p.text} (${p.where})`);
          expect({ wide, axe, language }).toEqual({ wide: [], axe: [], language: [] });
        });
});
