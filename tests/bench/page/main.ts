/**
 * The client bench page (tests/bench/client.ts builds and drives it): draws synthetic graphs with
 * the app's stylesheet on Cytoscape's canvas or WebGL renderer and times the renderer's own draw
 * calls; lays a graph out in the app's layout worker while watching the main thread for long tasks.
 * Everything returned to Playwright is plain numbers and strings.
 */
import cytoscape, { type Core, type CytoscapeOptions } from "cytoscape";
import { graphStylesheet } from "../../../client/src/core/graphStyle.js";
import { autoRenderer, rendererOption, type RendererName } from "../../../client/src/core/renderer.js";
import { seedOf } from "../../../client/src/core/seededRandom.js";
import { probeGpu } from "../../../client/src/ui/gpuProbe.js";
import { layoutInWorker } from "../../../client/src/ui/layout/offThread.js";
import { layOut } from "../../../client/src/ui/layout/layOut.js";
import { positionsOf, type LayoutRequest } from "../../../client/src/core/layoutJob.js";
import { synthGraph } from "./synthetic.js";

interface Renderer {
  render(options?: unknown): void;
  redrawCount?: number;
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const p95 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] : NaN);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Waits (frame by frame) until the renderer has drawn more than `count` times; false on timeout. */
async function drawnAfter(r: Renderer, count: number, timeoutMs: number): Promise<boolean> {
  const t0 = performance.now();
  while ((r.redrawCount ?? 0) <= count) {
    if (performance.now() - t0 > timeoutMs) return false;
    await frame();
  }
  return true;
}

export interface DrawRun {
  renderer: RendererName;
  elements: number;
  firstDrawMs: number;
  /** The renderer's render() per step of the pan/zoom: mean, median, p95 (ms). */
  drawMeanMs: number;
  drawMedianMs: number;
  drawP95Ms: number;
  steps: number;
  /** Wall time per step (a frame's whole cost as the user waits for it), mean ms. */
  stepMeanMs: number;
  /** render() alone, without waiting for the rasterizer, mean ms. */
  issueMeanMs: number;
}

/**
 * A function that waits for the container's canvases to be rasterized: one pixel read back from
 * each. WebGL's draw calls only queue work for the GPU process (SwiftShader here) and Chromium's
 * 2D canvas records its calls for raster later, so render() alone returns before the drawing is
 * done; with the read-back, both renderers' times hold what they really cost.
 */
function readback(container: HTMLElement): () => void {
  const px = new Uint8Array(4);
  return () => {
    for (const c of container.querySelectorAll("canvas")) {
      const gl = c.getContext("webgl2") ?? c.getContext("webgl");
      if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      else c.getContext("2d")?.getImageData(0, 0, 1, 1);
    }
  };
}

async function draw(opts: { size: number; renderer: RendererName; steps: number; budgetMs: number; options?: Partial<CytoscapeOptions> }): Promise<DrawRun> {
  const container = document.getElementById("cy")!;
  const { nodes, edges } = synthGraph(opts.size);
  const t0 = performance.now();
  const cy: Core = cytoscape({
    container,
    elements: { nodes, edges },
    style: graphStylesheet(),
    layout: { name: "preset" },
    ...opts.options,
    renderer: rendererOption(opts.renderer),
  } as CytoscapeOptions);
  const r = (cy as unknown as { renderer(): Renderer }).renderer();
  // the renderer's own draw time: its render() wrapped (rAF intervals mislead: frames are skipped)
  const times: number[] = [];
  const issued: number[] = [];
  let firstEnd = 0;
  const render = r.render.bind(r);
  const sync = readback(container);
  r.render = (o?: unknown) => {
    const s = performance.now();
    render(o);
    issued.push(performance.now() - s);
    sync();
    const e = performance.now();
    times.push(e - s);
    if (!firstEnd) firstEnd = e;
  };
  await drawnAfter(r, 0, 120_000);
  const firstDrawMs = firstEnd - t0;
  // a scripted pan/zoom about the fitted view: in and out to 3×, and round in a circle
  cy.fit(undefined, 20);
  const z0 = cy.zoom();
  const p0 = { ...cy.pan() };
  await drawnAfter(r, r.redrawCount ?? 0, 60_000);
  times.length = 0;
  issued.length = 0;
  const walls: number[] = [];
  const started = performance.now();
  let steps = 0;
  for (let i = 1; i <= opts.steps; i++) {
    const a = (2 * Math.PI * i) / opts.steps;
    const zoom = z0 * Math.pow(3, (1 - Math.cos(a)) / 2);
    const before = r.redrawCount ?? 0;
    const s = performance.now();
    cy.viewport({ zoom, pan: { x: p0.x * (zoom / z0) + 150 * Math.sin(a), y: p0.y * (zoom / z0) + 100 * Math.sin(2 * a) } });
    if (!(await drawnAfter(r, before, 60_000))) break;
    walls.push(performance.now() - s);
    steps++;
    if (performance.now() - started > opts.budgetMs && steps >= 3) break;
  }
  const out: DrawRun = {
    renderer: opts.renderer,
    elements: nodes.length + edges.length,
    firstDrawMs,
    drawMeanMs: mean(times),
    drawMedianMs: median(times),
    drawP95Ms: p95(times),
    steps,
    stepMeanMs: mean(walls),
    issueMeanMs: mean(issued),
  };
  cy.destroy();
  return out;
}

export interface LayoutRun {
  nodes: number;
  edges: number;
  layoutMs: number;
  /** The longest main-thread task while the worker laid out (0: none over 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Frames the main thread drew meanwhile (it stayed responsive). */
  frames: number;
  placed: number;
  digest: string;
}

function layoutRequest(nodeCount: number): LayoutRequest {
  const { nodes, edges } = synthGraph(Math.round(nodeCount * 2.85));
  return {
    layout: "fcose",
    roots: [],
    seed: seedOf(nodes.map((n) => n.data.id)),
    nodes: nodes.map((n) => ({ id: n.data.id, size: n.data.size, degree: n.data.degree, type: n.data.type })),
    edges: edges.map((e) => e.data),
  };
}

/** A short checksum of positions (rounded), to compare the worker's with the main thread's. */
function digest(at: Map<string, { x: number; y: number }>): string {
  let h = 0;
  for (const [id, p] of [...at].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const ch of `${id}:${Math.round(p.x)},${Math.round(p.y)};`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  }
  return (h >>> 0).toString(16);
}

/**
 * Lays a synthetic graph out in the app's layout worker (`where: "worker"`) or on the main thread
 * (`"main"`, the comparison), watching the main thread for long tasks and counting its frames.
 */
async function layout(opts: { nodes: number; where: "worker" | "main" }): Promise<LayoutRun> {
  const req = layoutRequest(opts.nodes);
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: "longtask", buffered: false });
  let frames = 0;
  let running = true;
  const count = () => {
    frames++;
    if (running) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  await frame();
  const t0 = performance.now();
  const at = opts.where === "worker" ? await layoutInWorker(req) : positionsOf(layOut(req));
  const layoutMs = performance.now() - t0;
  running = false;
  await frame();
  // long tasks are reported after they end: give the observer a moment
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  return {
    nodes: req.nodes.length,
    edges: req.edges.length,
    layoutMs,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    frames,
    placed: at.size,
    digest: digest(at),
  };
}

function probe(): { gpu: string | null; webgl: boolean; auto: RendererName; reason: string } {
  const p = probeGpu();
  const a = autoRenderer(p);
  return { gpu: p.renderer, webgl: p.webgl, auto: a.name, reason: a.reason };
}

(window as unknown as { __bench: unknown }).__bench = { draw, layout, probe };
