/**
 * The client in headless Chromium (Debian's, through playwright-core, as the journeys drive it):
 * synthetic graphs with preset positions at 1k, 5k and 20k elements drawn by Cytoscape's canvas
 * renderer and by its WebGL renderer in the same run (time to first draw, and the renderer's own
 * draw time while a scripted pan/zoom runs), the renderer the app picks (`auto`) against canvas,
 * and a force layout of 5k nodes in the app's layout worker with the main thread watched for long
 * tasks. The bench page (tests/bench/page/) is built here with Vite into a temporary folder: it is
 * no part of the app's build or its initial load.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "../support/browser.js";
import { figure, judged, round, type BenchOptions, type Result } from "./harness.js";
import type { DrawRun, LayoutRun } from "./page/main.js";

const PAGE_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "page");

/** Builds the bench page (its own Vite build: cytoscape, the app's style and layout worker). */
async function buildPage(outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({ root: PAGE_DIR, configFile: false, logLevel: "error", build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 } });
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** A static server for the built page (a module worker cannot start from file://). */
function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "") || "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

type Bench = {
  draw(o: { size: number; renderer: "canvas" | "webgl"; steps: number; budgetMs: number }): Promise<DrawRun>;
  layout(o: { nodes: number; where: "worker" | "main" }): Promise<LayoutRun>;
  probe(): { gpu: string | null; webgl: boolean; auto: "canvas" | "webgl"; reason: string };
};

/** A fresh page for each measurement: no instance, context or cache left from the one before. */
async function onFreshPage<T>(page: Page, url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => "__bench" in window);
  return fn(page);
}

const kElements = (n: number) => `${n / 1000}k`;

export async function benchClient(opts: BenchOptions): Promise<Result[]> {
  const sizes = opts.smoke ? [1_000] : [1_000, 5_000, 20_000];
  // steps of the pan/zoom, and how long one renderer may take at one size (SwiftShader's WebGL
  // draws a 20k frame in seconds: it is cut short, its per-frame time still measured)
  const steps = (size: number) => (opts.smoke ? 8 : size >= 20_000 ? 20 : 60);
  const budgetMs = opts.smoke ? 3_000 : 30_000;
  const layoutNodes = opts.smoke ? 1_000 : 5_000;
  const outDir = mkdtempSync(path.join(os.tmpdir(), "chain-atlas-bench-page-"));
  const results: Result[] = [];
  let server: Server | undefined;
  const browser = await launchBrowser({ locale: "en-US" });
  try {
    await buildPage(outDir);
    const served = await serve(outDir);
    server = served.server;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    const probe = await onFreshPage(page, served.url, (p) => p.evaluate(() => (window as unknown as { __bench: Bench }).__bench.probe()));
    const runs = new Map<string, DrawRun>();
    for (const size of sizes) {
      for (const renderer of ["canvas", "webgl"] as const) {
        const o = { size, renderer, steps: steps(size), budgetMs };
        const run = await onFreshPage(page, served.url, (p) =>
          p.evaluate((args) => (window as unknown as { __bench: Bench }).__bench.draw(args), o),
        );
        runs.set(`${renderer}@${size}`, run);
        const k = kElements(size);
        results.push(
          figure(`client ${k} ${renderer}: first draw`, run.firstDrawMs, "ms", { elements: run.elements }),
          figure(`client ${k} ${renderer}: draw time (pan/zoom)`, run.drawMeanMs, "ms", {
            medianMs: round(run.drawMedianMs),
            p95Ms: round(run.drawP95Ms),
            steps: run.steps,
            stepMs: round(run.stepMeanMs),
            renderCallMs: round(run.issueMeanMs),
          }),
        );
      }
    }
    // The renderer the app picks against canvas at the largest size: never slower than canvas.
    const top = sizes[sizes.length - 1];
    const k = kElements(top);
    const canvas = runs.get(`canvas@${top}`)!;
    const webgl = runs.get(`webgl@${top}`)!;
    const picked = runs.get(`${probe.auto}@${top}`)!;
    const detail = { auto: probe.auto, reason: probe.reason, gpu: probe.gpu ?? "none", canvasMs: round(canvas.drawMeanMs), webglMs: round(webgl.drawMeanMs) };
    results.push(judged(`client ${k}: draw time, renderer picked (${probe.auto}) ÷ canvas`, picked.drawMeanMs / canvas.drawMeanMs, "×", "≤", 1.1, detail));
    const glRatio = webgl.drawMeanMs / canvas.drawMeanMs;
    // WebGL must earn its place on a GPU; on a software rasterizer it is reported, not judged
    if (probe.auto === "webgl") results.push(judged(`client ${k}: draw time, WebGL ÷ canvas (GPU)`, glRatio, "×", "≤", round(1 / 3, 3), detail));
    else results.push(figure(`client ${k}: draw time, WebGL ÷ canvas (${probe.gpu ? "software WebGL" : "no WebGL"})`, glRatio, "×", detail));
    // A force layout in the worker: the main thread has no long task over 200 ms meanwhile. The
    // same layout on the main thread shows what the worker saves (and that long tasks are seen).
    const layOut = (where: "worker" | "main") =>
      onFreshPage(page, served.url, (p) => p.evaluate((a) => (window as unknown as { __bench: Bench }).__bench.layout(a), { nodes: layoutNodes, where }));
    const lay = await layOut("worker");
    const main = await layOut("main");
    results.push(
      figure(`client layout ${lay.nodes} nodes in the worker`, lay.layoutMs, "ms", { edges: lay.edges, placed: lay.placed, frames: lay.frames, samePositionsAsMainThread: lay.digest === main.digest ? "yes" : "no" }),
      figure(`client layout ${main.nodes} nodes on the main thread: longest task`, main.longestTaskMs, "ms", { layoutMs: round(main.layoutMs), frames: main.frames }),
      judged(`client layout ${lay.nodes} nodes in the worker: longest main-thread task`, lay.longestTaskMs, "ms", "≤", 200, { longTasks: lay.longTasks, layoutMs: round(lay.layoutMs) }),
    );
  } finally {
    await browser.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}
