/**
 * The chain view read as a person reads it (issue 10): legible labels at the default zoom, a gap
 * brought into view and kept in the URL, the chain table as the picture's text, and the view at a
 * laptop's and a phone's size, in both languages.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory.js";
import { artifactsDir } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { VIEWPORTS, axeViolations, labelFontSizes, languageProblems, openAt, overflowing } from "../support/measure.js";
import { loadPlanGraph } from "../support/plan.js";

const j = useJourney();
const IC = "industry:集成电路";

async function icChain() {
  const store = createMemoryStore();
  await store.load(await loadPlanGraph());
  return store.chain(IC);
}

const chainUrl = (extra = "") => `${j.app.url}/?view=chain&industry=${encodeURIComponent(IC)}${extra}`;

/** The canvas's viewport and where the middle of a link's two ends is drawn, in canvas pixels. */
async function linkOnCanvas(page: Page, from: string, to: string) {
  return page.evaluate(
    ([a, b]) => {
      type N = { renderedPosition(): { x: number; y: number } };
      const cy = (window as unknown as { __cy: { zoom(): number; width(): number; height(): number; getElementById(id: string): N } }).__cy;
      const [p, q] = [cy.getElementById(a).renderedPosition(), cy.getElementById(b).renderedPosition()];
      return { zoom: cy.zoom(), w: cy.width(), h: cy.height(), x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    },
    [from, to],
  );
}

const waitReady = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute("data-ready") === "true");

describe("chain view, readable", () => {
  it("draws every label at 12 px or more at the default zoom (1440×900)", async () => {
    await openAt(j.page, chainUrl(), VIEWPORTS.desktop, "zh");
    const labels = await labelFontSizes(j.page);
    expect(labels.length).toBeGreaterThan(10);
    const small = labels.filter((l) => l.px < 12);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    console.log(`[chain] 1440×900: ${labels.length} labels drawn, smallest ${Math.min(...labels.map((l) => l.px))} px`);

    // After "fit the whole graph" lesser labels go instead of shrinking; the industries stay.
    await j.page.getByTestId("zoom-fit").click();
    await waitReady(j.page);
    const fitted = await labelFontSizes(j.page);
    const zoom = await j.page.evaluate(() => (window as unknown as { __cy: { zoom(): number } }).__cy.zoom());
    expect(fitted.filter((l) => l.px < 12)).toEqual([]);
    expect(fitted.some((l) => l.id === IC)).toBe(true);
    expect(fitted.filter((l) => l.id.startsWith("industry:")).length).toBeGreaterThan(5);
    await j.page.screenshot({ path: path.join(artifactsDir, "chain-fitted.png") });
    console.log(`[chain] after fit: zoom ${zoom.toFixed(2)}, ${fitted.length} labels, smallest ${Math.min(...fitted.map((l) => l.px))} px`);
  });

  it("brings a chosen gap into view, keeps it in the URL, and reopens centred on it", async () => {
    const chain = await icChain();
    await openAt(j.page, chainUrl(), VIEWPORTS.desktop, "zh");
    // The gap drawn farthest from the middle of the default view.
    const far = [];
    for (const g of chain.gaps) far.push({ g, at: await linkOnCanvas(j.page, g.from, g.to) });
    far.sort((a, b) => Math.hypot(b.at.x - b.at.w / 2, b.at.y - b.at.h / 2) - Math.hypot(a.at.x - a.at.w / 2, a.at.y - a.at.h / 2));
    const { g, at: before } = far[0];
    await j.page.locator(`[data-testid="chain-gap"][data-edge-id="${g.edgeId}"]`).click();
    await expect.poll(() => new URL(j.page.url()).searchParams.get("gap")).toBe(g.edgeId);
    await waitReady(j.page);
    const after = await linkOnCanvas(j.page, g.from, g.to);
    expect(after.x).toBeGreaterThan(0);
    expect(after.x).toBeLessThan(after.w);
    expect(after.y).toBeGreaterThan(0);
    expect(after.y).toBeLessThan(after.h);
    expect(Math.abs(after.x - after.w / 2)).toBeLessThan(after.w * 0.1);
    expect(Math.abs(after.y - after.h / 2)).toBeLessThan(after.h * 0.1);
    expect(after.zoom).toBeGreaterThanOrEqual(before.zoom * 0.99);
    await j.page.screenshot({ path: path.join(artifactsDir, "chain-gap-chosen.png") });

    await openAt(j.page, j.page.url(), VIEWPORTS.desktop, "zh");
    await waitReady(j.page);
    const reopened = await linkOnCanvas(j.page, g.from, g.to);
    expect(Math.abs(reopened.x - reopened.w / 2)).toBeLessThan(reopened.w * 0.1);
    expect(Math.abs(reopened.y - reopened.h / 2)).toBeLessThan(reopened.h * 0.1);
    await expect.poll(() => j.page.getByTestId("chain-link").getAttribute("data-edge-id")).toBe(g.edgeId);
  });

  it("draws the backing of the link under the pointer as lines to it", async () => {
    await openAt(j.page, chainUrl(), VIEWPORTS.desktop, "zh");
    const target = await j.page.evaluate(() => {
      type E = { id(): string; data(k: string): unknown; renderedMidpoint(): { x: number; y: number } };
      const cy = (window as unknown as { __cy: { width(): number; height(): number; edges(): { toArray(): E[] } } }).__cy;
      const inside = (p: { x: number; y: number }) => p.x > 40 && p.y > 40 && p.x < cy.width() - 40 && p.y < cy.height() - 40;
      const e = cy.edges().toArray().find((x) => (x.data("backers") as string[]).length > 1 && inside(x.renderedMidpoint()));
      return e ? { id: e.id(), backers: (e.data("backers") as string[]).length, at: e.renderedMidpoint() } : null;
    });
    expect(target).not.toBeNull();
    const box = (await j.page.getByTestId("graph-canvas").boundingBox())!;
    await j.page.mouse.move(box.x + target!.at.x, box.y + target!.at.y);
    await expect.poll(() => j.page.locator(".canvas-lines line").count()).toBe(target!.backers);
    await j.page.screenshot({ path: path.join(artifactsDir, "chain-backing-hover.png") });
    await j.page.mouse.move(1, 1);
    await expect.poll(() => j.page.locator(".canvas-lines line").count()).toBe(0);
  });

  it("lists every link in the chain table", async () => {
    const chain = await icChain();
    await openAt(j.page, chainUrl("&table=1"), VIEWPORTS.desktop, "zh");
    const rows = j.page.getByTestId("chain-table-row");
    await expect.poll(() => rows.count()).toBe(chain.upstream.length + chain.internal.length + chain.downstream.length);
    const gapRows = await rows.evaluateAll((els) => els.filter((e) => e.classList.contains("gap")).map((e) => e.getAttribute("data-edge-id")));
    expect(gapRows.sort()).toEqual(chain.gaps.map((g) => g.edgeId).sort());
    // Sorting by the gap column puts the gaps first.
    await j.page.getByRole("columnheader", { name: "缺口" }).getByRole("button").click();
    const first = await rows.evaluateAll((els) => els.slice(0, 1).map((e) => e.classList.contains("gap")));
    expect(first).toEqual([true]);
    await j.page.screenshot({ path: path.join(artifactsDir, "chain-table.png") });
  });

  it("gives the picture most of a laptop's width (1280×720)", async () => {
    await openAt(j.page, chainUrl(), VIEWPORTS.laptop, "en");
    const box = await j.page.getByTestId("graph-canvas").boundingBox();
    expect(box!.width / VIEWPORTS.laptop.width).toBeGreaterThanOrEqual(0.6);
    console.log(`[chain] 1280×720: canvas ${Math.round(box!.width)} px wide`);
  });

  it("fits a phone's width (390×844): nothing wider than the viewport", async () => {
    await openAt(j.page, chainUrl(), VIEWPORTS.phone, "zh");
    const o = await overflowing(j.page);
    expect(o.wide, JSON.stringify(o.wide)).toEqual([]);
    expect(o.scrollWidth).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    const box = await j.page.getByTestId("graph-canvas").boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(VIEWPORTS.phone.width - 2);
  });

  it.each([
    ["desktop", "zh"],
    ["desktop", "en"],
    ["laptop", "zh"],
    ["laptop", "en"],
    ["phone", "zh"],
    ["phone", "en"],
  ] as const)("looks right at %s in %s (screenshot, language, axe), with its table", async (size, lang) => {
    await openAt(j.page, chainUrl("&gaps=1"), VIEWPORTS[size], lang);
    await j.page.screenshot({ path: path.join(artifactsDir, `chain-${size}-${lang}.png`) });
    expect(await languageProblems(j.page, lang)).toEqual([]);
    expect(await axeViolations(j.page)).toEqual([]);
    await j.page.getByTestId("chain-table-toggle").click();
    await expect.poll(() => j.page.getByTestId("chain-table-row").count()).toBeGreaterThan(0);
    await j.page.screenshot({ path: path.join(artifactsDir, `chain-table-${size}-${lang}.png`) });
    expect(await languageProblems(j.page, lang)).toEqual([]);
    expect(await axeViolations(j.page)).toEqual([]);
    if (size === "phone") expect((await overflowing(j.page)).wide).toEqual([]);
  });
});
