/** Journey: open the explorer, see the plan's graph, click an industry, read its evidence. */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir, type Browser } from "../support/browser.js";
import { closeJourney, openJourney } from "../support/journey.js";
import type { RunningApp } from "../support/server.js";
import { loadPlanGraph } from "../support/plan.js";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser, page } = await openJourney());
});
afterAll(() => closeJourney({ app, browser }));

const canvas = () => page.getByTestId("graph-canvas");

/** Click a node where it is drawn on the canvas, as a person would. */
async function clickNode(id: string): Promise<void> {
  const pos = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await canvas().boundingBox();
  if (!box) throw new Error("graph canvas has no box");
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

describe("overview journey", () => {
  it("draws the whole graph of the plan", async () => {
    const graph = await loadPlanGraph();
    await page.goto(app.url);
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count")), { timeout: 30_000 }).toBe(
      graph.nodes.length,
    );
    expect(Number(await canvas().getAttribute("data-edge-count"))).toBe(graph.edges.length);
    await page.waitForFunction(() => Boolean((window as unknown as { __cy?: unknown }).__cy));
    await page.screenshot({ path: path.join(artifactsDir, "overview.png") });
  });

  it("opens the details of a clicked industry with its evidence from the plan", async () => {
    await clickNode("industry:集成电路");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe("industry:集成电路");
    const panel = page.getByTestId("details-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toContain("集成电路");
    const quotes = panel.getByTestId("evidence-quote");
    await expect.poll(() => quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().innerText()).toContain("集成电路");
    await page.screenshot({ path: path.join(artifactsDir, "details.png") });
  });

  it("shows the same selection when the page's URL is opened elsewhere", async () => {
    const shared = await browser.context.newPage();
    await shared.goto(page.url());
    const sharedCanvas = shared.getByTestId("graph-canvas");
    await expect.poll(() => sharedCanvas.getAttribute("data-selected"), { timeout: 30_000 }).toBe("industry:集成电路");
    await expect.poll(() => shared.getByTestId("evidence-quote").count()).toBeGreaterThan(0);
    await shared.close();
  });

  it("hides a node type when its filter is unticked, and keeps it across a reload", async () => {
    const before = Number(await canvas().getAttribute("data-node-count"));
    const graph = await loadPlanGraph();
    const platforms = graph.nodes.filter((n) => n.type === "Platform").length;
    await page.getByTestId("type-filter-Platform").uncheck();
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count"))).toBe(before - platforms);
    await page.reload();
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count")), { timeout: 30_000 }).toBe(
      before - platforms,
    );
    expect(await page.getByTestId("type-filter-Platform").isChecked()).toBe(false);
  });
});
