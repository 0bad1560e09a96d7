/** Journey: open the explorer, see the plan's graph, click an industry, read its evidence. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.js";
import { nodeOnScreen, useJourney } from "../support/journey.js";
import { loadPlanGraph } from "../support/plan.js";

const j = useJourney();

const canvas = () => j.page.getByTestId("graph-canvas");

/** Click a node where it is drawn on the canvas, as a person would. */
async function clickNode(id: string): Promise<void> {
  const p = await nodeOnScreen(j.page, id);
  await j.page.mouse.click(p.x, p.y);
}

describe("overview journey", () => {
  it("draws the whole graph of the plan", async () => {
    const graph = await loadPlanGraph();
    await j.page.goto(j.app.url);
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count")), { timeout: 30_000 }).toBe(
      graph.nodes.length,
    );
    expect(Number(await canvas().getAttribute("data-edge-count"))).toBe(graph.edges.length);
    await j.page.waitForFunction(() => Boolean((window as unknown as { __cy?: unknown }).__cy));
    await j.page.screenshot({ path: path.join(artifactsDir, "overview.png") });
  });

  it("opens the details of a clicked industry with its evidence from the plan", async () => {
    await clickNode("industry:集成电路");
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe("industry:集成电路");
    const panel = j.page.getByTestId("details-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toContain("集成电路");
    const quotes = panel.getByTestId("evidence-quote");
    await expect.poll(() => quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().innerText()).toContain("集成电路");
    await j.page.screenshot({ path: path.join(artifactsDir, "details.png") });
  });

  it("shows the same selection when the page's URL is opened elsewhere", async () => {
    const shared = await j.browser.context.newPage();
    await shared.goto(j.page.url());
    const sharedCanvas = shared.getByTestId("graph-canvas");
    await expect.poll(() => sharedCanvas.getAttribute("data-selected"), { timeout: 30_000 }).toBe("industry:集成电路");
    await expect.poll(() => shared.getByTestId("evidence-quote").count()).toBeGreaterThan(0);
    await shared.close();
  });

  it("hides a node type when its filter is unticked, and keeps it across a reload", async () => {
    const before = Number(await canvas().getAttribute("data-node-count"));
    const graph = await loadPlanGraph();
    const platforms = graph.nodes.filter((n) => n.type === "Platform").length;
    await j.page.getByTestId("type-filter-Platform").uncheck();
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count"))).toBe(before - platforms);
    await j.page.reload();
    await expect.poll(async () => Number(await canvas().getAttribute("data-node-count")), { timeout: 30_000 }).toBe(
      before - platforms,
    );
    expect(await j.page.getByTestId("type-filter-Platform").isChecked()).toBe(false);
  });
});
