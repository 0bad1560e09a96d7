/**
 * Story mode as a presenter uses it (issue 11): a three-scene story across three views played full
 * screen at a projector's 1920×1080 with a clicker's keys, a chain revealed step by step, the
 * presenter window following in a second window, the screen blanked, both themes and both
 * languages, and the explorer back as it was on leaving.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STORY_FORMAT, STORY_VERSION, type Story } from "../../client/src/core/story.js";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir } from "../support/browser.js";
import { canvasReady, useJourney } from "../support/journey.js";
import { VIEWPORTS, axeViolations, labelFontSizes, openAt, overflowing } from "../support/measure.js";
import { loadPlanGraph } from "../support/plan.js";

const j = useJourney();
const PROJECTOR = { width: 1920, height: 1080 };
const IC = "industry:集成电路";
const shots = path.join(artifactsDir, "present");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, name) });

async function icGaps(): Promise<string[]> {
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  return (await store.chain(IC)).gaps.map((g) => g.edgeId);
}

/** A small picture for the presenter window's "next" (the stories work captures real ones). */
async function thumbnail(page: Page, text: string): Promise<string> {
  return page.evaluate((t) => {
    const c = document.createElement("canvas");
    [c.width, c.height] = [320, 180];
    const g = c.getContext("2d")!;
    g.fillStyle = "#dfe6f5";
    g.fillRect(0, 0, 320, 180);
    g.fillStyle = "#1f2430";
    g.font = "28px sans-serif";
    g.fillText(t, 20, 100);
    return c.toDataURL("image/png");
  }, text);
}

function story(gap: string, thumbs: string[]): Story {
  const scene = (i: number, title: string, note: string, query: string, lang: "zh" | "en") => ({
    id: `s${i}`,
    title,
    note,
    query,
    lang,
    thumbnail: thumbs[i],
  });
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    title: "重庆战略性新兴产业",
    scenes: [
      scene(0, "全市产业一览", "规划的 **14 个产业**：10 个支柱产业、4 个未来产业。", "?view=overview&lang=zh", "zh"),
      scene(
        1,
        "集成电路的产业链",
        "先看产业本身，再看**上游**、**下游**，最后看缺口。\n\n- 缺口：没有项目、平台或区县支撑的链接\n- 详见[规划原文](https://example.org/plan)",
        `?view=chain&industry=${encodeURIComponent(IC)}&gap=${encodeURIComponent(gap)}&lang=zh`,
        "zh",
      ),
      scene(2, "Where the industries are", "Each district's count of **key industries**; the inset is the main city.", "?view=districts&lang=en", "en"),
    ],
  };
}

const attr = (page: Page, testid: string, name: string) => page.getByTestId(testid).first().getAttribute(name);
const presenting = (page: Page) => page.evaluate(() => document.documentElement.getAttribute("data-presenting"));

/** Story mode on the scene `index`, step `step`, drawn. */
async function at(page: Page, index: number, step = 0) {
  await expect.poll(() => attr(page, "view-present", "data-index")).toBe(String(index));
  await expect.poll(() => attr(page, "view-present", "data-step")).toBe(String(step));
  await expect.poll(() => attr(page, "view-present", "data-ready"), { timeout: 30_000 }).toBe("true");
  // faded in (a view change fades through)
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector(".view")!).opacity)).toBe("1");
}

/** The chain canvas's elements by what story mode did to them. */
function chainClasses(page: Page) {
  return page.evaluate(() => {
    type El = { hasClass(c: string): boolean; data(k: string): unknown };
    const cy = (window as unknown as { __cy: { nodes(): { toArray(): El[] }; edges(): { toArray(): El[] } } }).__cy;
    const nodes = cy.nodes().toArray();
    const lanes = (hidden: boolean) => [...new Set(nodes.filter((n) => n.hasClass("present-hidden") === hidden).map((n) => String(n.data("lane"))))].sort();
    return {
      shownLanes: lanes(false),
      hiddenLanes: lanes(true),
      gapsLit: cy.edges().toArray().filter((e) => e.hasClass("present-gap")).length,
    };
  });
}

async function labelsAtLeast16(page: Page, where: string) {
  const labels = await labelFontSizes(page);
  const small = labels.filter((l) => l.px < 16);
  expect(small, `${where}: ${JSON.stringify(small.slice(0, 5))}`).toEqual([]);
  const px = labels.map((l) => l.px);
  console.log(`[present] ${where}: ${labels.length} labels drawn, smallest ${px.length ? Math.min(...px) : "-"} px`);
  return labels;
}

/**
 * Every text drawn on the district map at the size a person sees: its computed font size taken
 * through every transform to the screen (getScreenCTM: the map's pan and zoom, the 1/k that keeps
 * labels' screen size, a zone marker's own scale). Hidden, empty and off-screen text is not seen.
 */
async function mapTextSizes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-testid="district-map"]')!;
    const view = svg.getBoundingClientRect();
    const out: { text: string; px: number }[] = [];
    for (const el of svg.querySelectorAll<SVGTextElement>("text")) {
      const text = el.textContent?.trim() ?? "";
      if (!text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right < view.left || r.left > view.right || r.bottom < view.top || r.top > view.bottom) continue;
      const m = el.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(el).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      out.push({ text, px: Math.round(px * 100) / 100 });
    }
    return out;
  });
}

describe("story mode", () => {
  it("plays a three-scene story full screen with a clicker's keys, the presenter window in step", async () => {
    const page = j.page;
    const gaps = await icGaps();
    // The explorer before story mode: the reader, which story mode must give back on leaving.
    await openAt(page, `${j.app.url}/?view=reader`, PROJECTOR, "zh");
    const thumbs = [await thumbnail(page, "概览"), await thumbnail(page, "集成电路"), await thumbnail(page, "Districts")];
    const s = story(gaps[0], thumbs);
    await page.evaluate((text) => {
      window.localStorage.setItem("chain-atlas:story", text);
      window.localStorage.removeItem("chain-atlas:present-theme");
    }, JSON.stringify(s));
    await page.reload({ waitUntil: "networkidle" });

    await page.getByTestId("present-start").click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(await presenting(page)).toBe("true");
    await at(page, 0);
    expect(await attr(page, "view-present", "data-count")).toBe("3");
    expect(await page.getByTestId("view-overview").getAttribute("aria-current")).toBe("page");
    await canvasReady(page);
    // the explorer's chrome is gone: header, tabs and toolbar, side panels
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByTestId("present-start").isVisible()).toBe(false);
    expect(await page.locator(".side-panel:visible").count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh");
    expect(await page.getByTestId("present-next").textContent()).toContain("下一步");
    await labelsAtLeast16(page, "overview, 1920×1080");
    // projector-sized chrome: the caption's title and note, the counter, the controls
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return { title: px(".present-title"), note: px(".present-note"), counter: px(".present-counter"), button: px(".present-controls button") };
    });
    expect(sizes.title).toBeGreaterThanOrEqual(24);
    expect(sizes.note).toBeGreaterThanOrEqual(24);
    expect(sizes.counter).toBeGreaterThanOrEqual(16);
    expect(sizes.button).toBeGreaterThanOrEqual(16);
    console.log(`[present] type: title ${sizes.title} px, note ${sizes.note} px, counter ${sizes.counter} px, controls ${sizes.button} px`);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "story-light-zh-overview.png");

    // → the chain, step 0: the industry and its products, nothing upstream or downstream yet
    await page.keyboard.press("ArrowRight");
    await at(page, 1, 0);
    expect(await page.getByTestId("view-chain").getAttribute("aria-current")).toBe("page");
    await canvasReady(page);
    await expect.poll(async () => (await chainClasses(page)).hiddenLanes).toEqual(["backing", "downstream", "upstream"]);
    expect((await chainClasses(page)).shownLanes).toEqual(["industry", "products"]);
    await labelsAtLeast16(page, "chain step 0");
    await shot(page, "story-light-zh-chain-step0.png");

    // Space: + upstream; PageDown: + downstream; the on-screen button: + backing and the gaps lit
    await page.keyboard.press("Space");
    await at(page, 1, 1);
    await expect.poll(async () => (await chainClasses(page)).hiddenLanes).toEqual(["backing", "downstream"]);
    await page.keyboard.press("PageDown");
    await at(page, 1, 2);
    await expect.poll(async () => (await chainClasses(page)).hiddenLanes).toEqual(["backing"]);
    await page.getByTestId("present-next").click();
    await at(page, 1, 3);
    await expect.poll(async () => (await chainClasses(page)).hiddenLanes).toEqual([]);
    await expect.poll(async () => (await chainClasses(page)).gapsLit).toBe(gaps.length);
    // the chosen gap stays chosen in the URL beneath
    expect(new URL(page.url()).searchParams.get("gap")).toBe(gaps[0]);
    const chainLabels = await labelsAtLeast16(page, "chain step 3");
    expect(chainLabels.length).toBeGreaterThan(10);
    await shot(page, "story-light-zh-chain-step3.png");
    // the mouse at rest: the controls fade and the picture is the audience's (the README's picture)
    await expect.poll(() => page.locator(".present-overlay.idle").count(), { timeout: 6000 }).toBe(1);
    await page.waitForTimeout(500);
    await shot(page, "story-mode.png");

    // The presenter window: this scene, the next one, a timer; it follows the main window's keys.
    const [presenter] = await Promise.all([j.browser.context.waitForEvent("page"), page.getByTestId("present-notes").click()]);
    await presenter.setViewportSize({ width: 1000, height: 640 });
    await expect.poll(() => presenter.getByTestId("presenter-window").getAttribute("data-state"), { timeout: 15_000 }).toBe("presenting");
    expect(await presenter.getByTestId("presenter-current").textContent()).toBe("集成电路的产业链");
    expect(await presenter.getByTestId("presenter-next").textContent()).toBe("Where the industries are");
    expect(await presenter.locator(".presenter-next img").count()).toBe(1);
    expect(await presenter.getByTestId("presenter-timer").textContent()).toMatch(/^\d\d:\d\d$/);
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe("zh");
    await shot(presenter, "presenter-window-zh.png");

    await page.bringToFront();
    await page.keyboard.press("ArrowRight");
    await at(page, 2, 0);
    await expect.poll(() => presenter.getByTestId("presenter-current").textContent()).toBe("Where the industries are");
    // the last scene is in English: the presenter window's chrome follows it
    expect(await presenter.getByTestId("presenter-next").textContent()).toBe("End of the story");
    await expect.poll(() => presenter.evaluate(() => document.documentElement.lang)).toBe("en");
    await shot(presenter, "presenter-window-en.png");

    // the presenter window drives the main window: back one step, to the chain fully revealed
    await presenter.getByTestId("presenter-previous").click();
    await at(page, 1, 3);
    await presenter.keyboard.press("ArrowRight");
    await at(page, 2, 0);

    // the districts map, in English: the caption and every control follow the scene's language
    expect(await page.getByTestId("view-districts").getAttribute("aria-current")).toBe("page");
    await expect.poll(() => attr(page, "district-map", "data-district-count")).not.toBe("0");
    expect(await page.getByTestId("present-next").textContent()).toContain("Next");
    expect(await page.getByTestId("present-next").isDisabled()).toBe(true);
    expect(await page.getByTestId("view-present").getAttribute("lang")).toBe("en");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    // the map's labels projector-sized too: districts, zones and their counts, the inset's title and labels
    await expect.poll(async () => (await mapTextSizes(page)).length, { timeout: 15_000 }).toBeGreaterThan(10);
    const mapText = await mapTextSizes(page);
    const smallText = mapText.filter((l) => l.px < 16);
    expect(smallText, JSON.stringify(smallText.slice(0, 5))).toEqual([]);
    console.log(`[present] districts map: ${mapText.length} texts drawn, smallest ${Math.min(...mapText.map((l) => l.px))} px`);
    await shot(page, "story-light-en-districts.png");

    // the dark theme, remembered
    await page.getByTestId("present-theme").click();
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    expect(await page.evaluate(() => localStorage.getItem("chain-atlas:present-theme"))).toBe("dark");
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "story-dark-en-districts.png");
    await page.keyboard.press("ArrowLeft");
    await at(page, 1, 3);
    await canvasReady(page);
    await labelsAtLeast16(page, "chain step 3, dark");
    const dark = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { getElementById(id: string): { style(n: string): string } } }).__cy;
      return cy.getElementById("industry:集成电路").style("color");
    });
    expect(dark).toMatch(/^rgb\(2\d\d, ?2\d\d, ?2\d\d\)$/);
    await shot(page, "story-dark-zh-chain.png");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await at(page, 0, 0);
    await canvasReady(page);
    await shot(page, "story-dark-zh-overview.png");

    // b blanks the screen and b brings it back; c hides the caption
    await page.keyboard.press("b");
    expect(await page.getByTestId("present-blank").isVisible()).toBe(true);
    await page.keyboard.press("b");
    expect(await page.getByTestId("present-blank").count()).toBe(0);
    await page.keyboard.press("c");
    expect(await page.locator(".present-caption").count()).toBe(0);
    await page.keyboard.press("c");
    expect(await page.locator(".present-caption").count()).toBe(1);

    // Esc leaves: the explorer's chrome back, the reader as it was, the canvas untouched, the presenter told
    await page.keyboard.press("Escape");
    await expect.poll(() => presenting(page)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(await page.getByTestId("view-present").count()).toBe(0);
    expect(await page.locator(".app-header").isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId("view-reader").getAttribute("aria-current")).toBe("page");
    await expect.poll(() => presenter.getByTestId("presenter-window").getAttribute("data-state")).toBe("ended");
    await presenter.close();
  });

  it("leaves story mode when the browser leaves full screen, and gives the canvas back as it was", async () => {
    const page = j.page;
    const chainUrl = `?view=chain&industry=${encodeURIComponent(IC)}&lang=zh`;
    await openAt(page, `${j.app.url}/${chainUrl}`, PROJECTOR, "zh");
    // one scene of the view on screen: the same canvas stays through story mode and after it
    const one: Story = { format: STORY_FORMAT, version: STORY_VERSION, title: "", scenes: [{ id: "a", title: "集成电路", note: "", query: chainUrl, lang: "zh" }] };
    await page.evaluate((text) => window.localStorage.setItem("chain-atlas:story", text), JSON.stringify(one));
    await page.reload({ waitUntil: "networkidle" });
    await canvasReady(page);
    /** Every label's size and colour: story mode raises and recolours some, and must put them back. */
    const looks = () =>
      page.evaluate(() => {
        type El = { id(): string; style(n: string): string };
        const cy = (window as unknown as { __cy: { elements(): { toArray(): El[] } } }).__cy;
        return cy.elements().toArray().map((e) => `${e.id()} ${e.style("font-size")} ${e.style("color")} ${e.style("label")}`);
      });
    const before = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { zoom(): number; nodes(): { length: number }; scratch(k: string, v?: unknown): unknown } }).__cy;
      cy.scratch("_journey", "same canvas");
      return { zoom: cy.zoom(), nodes: cy.nodes().length, same: "same canvas" };
    });
    const looksBefore = await looks();
    await page.getByTestId("present-start").click();
    await at(page, 0);
    await expect.poll(async () => (await chainClasses(page)).hiddenLanes).toEqual(["backing", "downstream", "upstream"]);
    await page.getByTestId("present-theme").click();
    await expect.poll(async () => (await looks()).join("\n")).not.toBe(looksBefore.join("\n"));
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => presenting(page)).toBeNull();
    expect(await page.getByTestId("view-present").count()).toBe(0);
    await canvasReady(page);
    const after = await page.evaluate(() => {
      type El = { classes(): string[]; scratch(k: string): unknown };
      const cy = (window as unknown as {
        __cy: { zoom(): number; nodes(): { length: number }; elements(): { toArray(): El[] }; scratch(k: string): unknown };
      }).__cy;
      const els = cy.elements().toArray();
      return {
        zoom: cy.zoom(),
        nodes: cy.nodes().length,
        same: cy.scratch("_journey"),
        marked: els.filter((e) => e.classes().some((c) => c.startsWith("present-"))).length,
        raised: els.filter((e) => e.scratch("_presentFont") !== undefined).length,
      };
    });
    expect(after).toEqual({ ...before, marked: 0, raised: 0 });
    expect(await looks()).toEqual(looksBefore);
    await page.evaluate(() => localStorage.removeItem("chain-atlas:present-theme"));
  });

  it("presents from the scene chosen in the story panel, and gives the keyboard back to the toolbar", async () => {
    const page = j.page;
    const overview = "?view=overview&lang=zh";
    const chain = `?view=chain&industry=${encodeURIComponent(IC)}&lang=zh`;
    const two: Story = {
      format: STORY_FORMAT,
      version: STORY_VERSION,
      title: "",
      scenes: [
        { id: "a", title: "全市产业一览", note: "", query: overview, lang: "zh" },
        { id: "b", title: "集成电路的产业链", note: "", query: chain, lang: "zh" },
      ],
    };
    await openAt(page, `${j.app.url}/${overview}`, PROJECTOR, "zh");
    await page.evaluate((text) => window.localStorage.setItem("chain-atlas:story", text), JSON.stringify(two));
    await page.reload({ waitUntil: "networkidle" });
    await page.getByTestId("scene-list").click();
    await page.getByTestId("scene-present").nth(1).click();
    await at(page, 1);
    await expect.poll(() => page.getByTestId("view-chain").getAttribute("aria-current")).toBe("page");
    expect(await page.getByTestId("story-panel").count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => presenting(page)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("present-start");
  });

  it("fits a laptop's and a phone's screen: nothing wider than the screen, every control reachable", async () => {
    const page = j.page;
    const q = `?view=chain&industry=${encodeURIComponent(IC)}&lang=zh`;
    const one: Story = {
      format: STORY_FORMAT,
      version: STORY_VERSION,
      title: "",
      scenes: [{ id: "a", title: "集成电路的产业链", note: "先看产业本身，再看**上游**、**下游**，最后看缺口。", query: q, lang: "zh" }],
    };
    for (const size of ["laptop", "phone"] as const) {
      await openAt(page, `${j.app.url}/${q}`, VIEWPORTS[size], "zh");
      await page.evaluate((text) => window.localStorage.setItem("chain-atlas:story", text), JSON.stringify(one));
      await page.reload({ waitUntil: "networkidle" });
      await page.getByTestId("present-start").click();
      await at(page, 0);
      const wide = (await overflowing(page)).wide;
      expect(wide, JSON.stringify(wide)).toEqual([]);
      for (const id of ["present-previous", "present-next", "present-theme", "present-notes", "present-exit"]) {
        expect(await page.getByTestId(id).isVisible(), id).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `story-${size}.png`);
      await page.getByTestId("present-exit").click();
      await expect.poll(() => presenting(page)).toBeNull();
    }
  });
});
