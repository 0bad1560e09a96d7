/**
 * Journey: the renderer for the machine. Headless Chromium here draws WebGL through SwiftShader (a
 * software rasterizer), so `auto` picks canvas; `?renderer=webgl` forces WebGL and still draws the
 * graph; the sidebar's setting recreates the canvas with the same positions and is in the URL;
 * both languages label it; a PNG and an SVG export still carry the picture under WebGL.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../server/store/memory.js";
import { replicate } from "../bench/corpus.js";
import { artifactsDir } from "../support/browser.js";
import { canvasReady, useJourney } from "../support/journey.js";
import { VIEWPORTS, openAt } from "../support/measure.js";
import { loadPlan } from "../support/plan.js";
import { startApp, type RunningApp } from "../support/server.js";

const j = useJourney();
const shots = path.join(artifactsDir, "renderer");
beforeAll(() => mkdirSync(shots, { recursive: true }));

const NODE = "industry:集成电路";
const canvas = (page: Page) => page.getByTestId("graph-canvas");

/** Plain values read through window.__cy (never a collection: Playwright would serialise it). */
function cyFacts(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const w = window as unknown as { __cy: import("cytoscape").Core & { renderer(): { redrawCount?: number } } };
    const cy = w.__cy;
    const p = cy.getElementById(nodeId).position();
    return { x: p.x, y: p.y, zoom: cy.zoom(), pan: { ...cy.pan() }, nodes: cy.nodes().length, redraws: cy.renderer().redrawCount ?? 0 };
  }, id);
}

/** Share of a PNG's pixels that are not the page background (decoded by the browser). */
function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 30) ink++;
    return ink / (d.length / 4);
  }, png.toString("base64"));
}

async function exportFile(page: Page, testid: "export-png" | "export-svg"): Promise<Buffer> {
  await page.getByTestId("export-open").click();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByTestId(testid).click()]);
  await expect.poll(() => page.getByTestId("export-status").getAttribute("data-kind"), { timeout: 30_000 }).toBe("ok");
  return readFileSync(await download.path());
}

describe("the renderer for the machine", () => {
  it("auto draws with canvas here (SwiftShader is software) and says why", async () => {
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "en");
    await canvasReady(j.page);
    const gpu = await j.page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    });
    // the premise: this Chromium's WebGL is software (else auto would rightly pick WebGL)
    expect(gpu ?? "no webgl").toMatch(/swiftshader|llvmpipe|no webgl/i);
    expect(await canvas(j.page).getAttribute("data-renderer")).toBe("canvas");
    const select = j.page.getByTestId("renderer-select");
    expect(await select.inputValue()).toBe("auto");
    expect(await select.locator('option[value="auto"]').textContent()).toMatch(/^Auto \(canvas: (no GPU|no WebGL)\)$/);
    expect(j.page.url()).not.toContain("renderer=");
  });

  it("?renderer=webgl draws the graph with WebGL", async () => {
    await openAt(j.page, `${j.app.url}/?renderer=webgl&level=graph`, VIEWPORTS.desktop, "en");
    await canvasReady(j.page);
    expect(await canvas(j.page).getAttribute("data-renderer")).toBe("webgl");
    expect(await j.page.getByTestId("renderer-select").inputValue()).toBe("webgl");
    // a WebGL canvas is in the container, and the renderer has drawn frames
    expect(await canvas(j.page).evaluate((el) => [...el.querySelectorAll("canvas")].some((c) => c.getContext("webgl2") !== null))).toBe(true);
    const facts = await cyFacts(j.page, NODE);
    expect(facts.nodes).toBeGreaterThan(100);
    await expect.poll(async () => (await cyFacts(j.page, NODE)).redraws, { timeout: 30_000 }).toBeGreaterThan(0);
    const shot = await j.page.screenshot({ path: path.join(shots, "webgl-whole-graph.png") });
    // something is drawn, not a blank canvas
    expect(await inkShare(j.page, shot)).toBeGreaterThan(0.02);
  });

  it("exports PNG and SVG under WebGL with the picture in them", async () => {
    const png = await exportFile(j.page, "export-png");
    expect(await inkShare(j.page, png)).toBeGreaterThan(0.01);
    const svg = (await exportFile(j.page, "export-svg")).toString("utf8");
    expect(svg).toContain("<svg");
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(50);
  });

  it("switching in the sidebar recreates the canvas with the same positions, and is in the URL", async () => {
    await openAt(j.page, `${j.app.url}/?level=graph`, VIEWPORTS.desktop, "en");
    await canvasReady(j.page);
    // a camera of the user's own (a zoom), which the canvas reports into the URL when the move ends
    await j.page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => new URL(j.page.url()).searchParams.get("cam"), { timeout: 10_000 }).not.toBeNull();
    await canvasReady(j.page);
    const before = await cyFacts(j.page, NODE);
    await j.page.evaluate(() => ((window as unknown as { __old: unknown; __cy: unknown }).__old = (window as unknown as { __cy: unknown }).__cy));
    await j.page.getByTestId("renderer-select").selectOption("webgl");
    await expect.poll(() => canvas(j.page).getAttribute("data-renderer")).toBe("webgl");
    await canvasReady(j.page);
    expect(new URL(j.page.url()).searchParams.get("renderer")).toBe("webgl");
    // a new instance, not the old one restyled
    expect(await j.page.evaluate(() => (window as unknown as { __old: unknown; __cy: unknown }).__old !== (window as unknown as { __cy: unknown }).__cy)).toBe(true);
    const after = await cyFacts(j.page, NODE);
    expect(after.x).toBeCloseTo(before.x, 3);
    expect(after.y).toBeCloseTo(before.y, 3);
    // the camera comes back from the URL, which rounds it (core/camera.ts)
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 0);
    expect(after.pan.y).toBeCloseTo(before.pan.y, 0);
    await j.page.screenshot({ path: path.join(shots, "switched-to-webgl.png") });
    // back to auto: the URL drops the key (absent = auto) and canvas draws again
    await j.page.getByTestId("renderer-select").selectOption("auto");
    await expect.poll(() => canvas(j.page).getAttribute("data-renderer")).toBe("canvas");
    await canvasReady(j.page);
    expect(j.page.url()).not.toContain("renderer=");
    const back = await cyFacts(j.page, NODE);
    expect(back.x).toBeCloseTo(before.x, 3);
    expect(back.y).toBeCloseTo(before.y, 3);
    expect(back.zoom).toBeCloseTo(before.zoom, 3);
  });

  it("labels the setting in both languages", async () => {
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "zh");
    await canvasReady(j.page);
    expect(await j.page.locator('label[for="renderer-select"]').textContent()).toBe("渲染方式");
    expect(await j.page.getByTestId("renderer-select").locator('option[value="auto"]').textContent()).toMatch(/^自动（画布：无 (GPU|WebGL)）$/);
    await j.page.getByTestId("renderer-select").scrollIntoViewIfNeeded();
    await j.page.screenshot({ path: path.join(shots, "setting-zh.png") });
    await openAt(j.page, `${j.app.url}/`, VIEWPORTS.desktop, "en");
    expect(await j.page.locator('label[for="renderer-select"]').textContent()).toBe("Renderer");
    await j.page.getByTestId("renderer-select").scrollIntoViewIfNeeded();
    await j.page.screenshot({ path: path.join(shots, "setting-en.png") });
  });
});

describe("a large graph is laid out in a worker", () => {
  let big: RunningApp | undefined;
  beforeAll(async () => {
    // the plan three times over: 1,902 nodes, above the worker's threshold (core/layoutJob.ts)
    const plan = await loadPlan();
    const store = createMemoryStore();
    await store.load(replicate(plan.graph, 3));
    big = await startApp({ store });
  });
  afterAll(() => big?.close());

  /** Positions of a few nodes, read through window.__cy as plain numbers. */
  const somePositions = (page: Page) =>
    page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      return ["industry:集成电路#copy0", "industry:集成电路#copy2", "district:两江新区#copy1"].map((id) => {
        const p = cy.getElementById(id).position();
        return [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
      });
    });

  it("runs fcose in the layout worker and places the same positions on every load", async () => {
    const workers: string[] = [];
    const onWorker = (w: { url(): string }) => workers.push(w.url());
    j.page.on("worker", onWorker);
    try {
      await openAt(j.page, `${big!.url}/?level=graph`, VIEWPORTS.desktop, "en");
      await canvasReady(j.page);
      expect(Number(await canvas(j.page).getAttribute("data-node-count"))).toBeGreaterThan(1500);
      expect(workers.some((u) => /layoutWorker/.test(u))).toBe(true);
      const first = await somePositions(j.page);
      // every node was placed (none left at the origin Cytoscape gives a new node)
      expect(first.flat().some((v) => v !== 0)).toBe(true);
      await j.page.screenshot({ path: path.join(shots, "worker-layout-1902-nodes.png") });
      await openAt(j.page, `${big!.url}/?level=graph`, VIEWPORTS.desktop, "en");
      await canvasReady(j.page);
      expect(await somePositions(j.page)).toEqual(first);
    } finally {
      j.page.off("worker", onWorker);
    }
  });
});
