/**
 * Journey: expand an industry in the industry-level picture (the drawn nodes stay put, undo and
 * redo bring back exactly the positions), start from one node, expand its neighbours
 * (double-click), undo and redo, focus mode, the layered layout (dagre) with its ranks, colour by
 * community.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.js";
import { canvasReady, drawnCount, nodeOnScreen, useJourney } from "../support/journey.js";

const j = useJourney();

const START = "industry:集成电路";
const canvas = () => j.page.getByTestId("graph-canvas");
const count = (attr?: string) => drawnCount(j.page, attr);
const ready = () => canvasReady(j.page);

const nodePoint = (id: string) => nodeOnScreen(j.page, id);

type Positions = Record<string, { x: number; y: number }>;
/** Every node's model position, through window.__cy (plain values: no collection leaves the page). */
const positions = (): Promise<Positions> =>
  j.page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes().forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
    return out;
  });
/** The largest move (px) of the nodes of `before` that are still drawn in `after`. */
const largestMove = (before: Positions, after: Positions) =>
  Math.max(0, ...Object.keys(before).filter((id) => after[id]).map((id) => Math.hypot(after[id].x - before[id].x, after[id].y - before[id].y)));

describe("expand at industry level", () => {
  it("keeps every drawn node within 1 px when an industry is expanded, and undo/redo restore positions", async () => {
    await j.page.goto(j.app.url);
    await ready();
    const start = await count();
    const before = await positions();
    const p = await nodePoint("industry:氢能与储能");
    await j.page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => count(), { timeout: 30_000 }).toBeGreaterThan(start);
    await ready();
    const expanded = await positions();
    console.info(`expand: ${start} → ${await count()} nodes, drawn nodes moved ≤ ${largestMove(before, expanded).toFixed(3)} px`);
    expect(largestMove(before, expanded)).toBeLessThanOrEqual(1);
    await j.page.screenshot({ path: path.join(artifactsDir, "expand-industry.png") });
    await j.page.getByTestId("undo").click();
    await expect.poll(() => count()).toBe(start);
    await ready();
    const undone = await positions();
    expect(Object.keys(undone).sort()).toEqual(Object.keys(before).sort());
    console.info(`undo: moved ≤ ${largestMove(before, undone).toFixed(3)} px`);
    expect(largestMove(before, undone)).toBeLessThanOrEqual(1);
    await j.page.getByTestId("redo").click();
    await expect.poll(() => count()).toBe(Object.keys(expanded).length);
    await ready();
    const redone = await positions();
    console.info(`redo: moved ≤ ${largestMove(expanded, redone).toFixed(3)} px`);
    expect(largestMove(expanded, redone)).toBeLessThanOrEqual(1);
  });
});

describe("expand journey", () => {
  let neighbours = 0;

  it("starts from one node", async () => {
    const res = await fetch(`${j.app.url}/api/nodes/${encodeURIComponent(START)}/neighbors?depth=1&limit=2000`);
    const body = (await res.json()) as { nodes: { id: string }[] };
    neighbours = body.nodes.filter((n) => n.id !== START).length;
    expect(neighbours).toBeGreaterThan(10);
    // a fresh page: the history of the journey above is not this one's
    await j.page.close();
    j.page = await j.browser.context.newPage();
    await j.page.goto(`${j.app.url}/?node=${encodeURIComponent(START)}&set=${encodeURIComponent(START)}`);
    await expect.poll(() => count(), { timeout: 30_000 }).toBe(1);
    await ready();
    expect(await j.page.getByTestId("undo").isDisabled()).toBe(true);
  });

  it("expands the node's neighbours on a double-click, the node staying where it was", async () => {
    const before = await positions();
    const p = await nodePoint(START);
    await j.page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => count(), { timeout: 30_000 }).toBe(1 + neighbours);
    await ready();
    expect(largestMove(before, await positions())).toBeLessThanOrEqual(1);
    expect(await count("data-edge-count")).toBeGreaterThanOrEqual(neighbours);
    // the working set in the URL as a recipe: the node and its neighbours (core/setCodec.ts)
    expect(decodeURIComponent(j.page.url())).toContain("ws=N:industry:集成电路");
    await j.page.screenshot({ path: path.join(artifactsDir, "expand.png") });
  });

  it("undoes and redoes the expand (buttons and keys)", async () => {
    await j.page.getByTestId("undo").click();
    await expect.poll(() => count()).toBe(1);
    expect(await j.page.getByTestId("redo").isEnabled()).toBe(true);
    await j.page.getByTestId("redo").click();
    await expect.poll(() => count()).toBe(1 + neighbours);
    await j.page.keyboard.press("Control+z");
    await expect.poll(() => count()).toBe(1);
    await j.page.keyboard.press("Control+Shift+z");
    await expect.poll(() => count()).toBe(1 + neighbours);
    await ready();
  });

  it("toggles focus mode, kept in the URL", async () => {
    await j.page.getByTestId("focus-toggle").click();
    await expect.poll(() => canvas().getAttribute("data-focus")).toBe("true");
    expect(j.page.url()).toContain("focus=1");
    // every drawn node is a neighbour of the start here: select a leaf, and the rest fades
    const leaf = await j.page.evaluate((start) => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      return cy.getElementById(start).neighborhood("node").nodes().filter((n) => n.degree(false) === 1)[0].id();
    }, START);
    // a block body: returning the collection would have Playwright serialise the whole Cytoscape graph
    await j.page.evaluate((id) => {
      (window as unknown as { __cy: import("cytoscape").Core }).__cy.getElementById(id).emit("tap");
    }, leaf);
    await expect.poll(() => canvas().getAttribute("data-selected")).toBe(leaf);
    const faded = () =>
      j.page.evaluate(() => (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes(".faded").length);
    await expect.poll(faded).toBe(1 + neighbours - 2);
    await j.page.keyboard.press("f");
    await expect.poll(() => canvas().getAttribute("data-focus")).toBe("false");
    expect(await faded()).toBe(0);
    expect(j.page.url()).not.toContain("focus=1");
  });

  it("lays the working set out in layers (dagre), left to right", async () => {
    await j.page.getByTestId("layout-select").selectOption("dagre");
    await expect.poll(() => j.page.getByTestId("layout-direction").isVisible()).toBe(true);
    await expect.poll(() => canvas().getAttribute("data-layout")).toBe("dagre");
    await ready();
    const xs = await j.page.evaluate(() =>
      (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes().map((n) => Math.round(n.position().x)),
    );
    const ranks = new Set(xs);
    // a handful of ranks, many nodes on each
    expect(ranks.size).toBeGreaterThanOrEqual(2);
    expect(ranks.size).toBeLessThanOrEqual(6);
    expect(j.page.url()).toContain("layout=dagre");
  });

  it("colours by community with a legend, and sizes by betweenness", async () => {
    await j.page.getByTestId("color-by").selectOption("community");
    const legend = j.page.getByTestId("community-legend");
    await expect.poll(() => legend.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(Number(await legend.getAttribute("data-count"))).toBeGreaterThan(0);
    await j.page.getByTestId("size-by").selectOption("betweenness");
    await expect.poll(() => j.page.getByTestId("betweenness-ms").isVisible()).toBe(true);
    expect(j.page.url()).toContain("color=community");
    expect(j.page.url()).toContain("size=betweenness");
    await ready();
    await j.page.screenshot({ path: path.join(artifactsDir, "expand-dagre-community.png") });
  });
});
