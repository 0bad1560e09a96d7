/** What the canvas does to its Cytoscape instance: lay out, fit, and thin the labels out by zoom. */
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { labelBudget, labelShown, labelThreshold } from "../core/labels.js";
import {
  isolatedBox,
  layoutExtension,
  layoutOptions,
  setsIsolatedApart,
  type Direction,
  type LayoutName,
} from "../core/layouts.js";
import { fitBox } from "../core/viewport.js";
import { exposeCy } from "./testHooks.js";

/** The label threshold (screen px) and the smallest font size now shown. */
export interface LabelCut {
  threshold: number;
  minFont: number;
}

/**
 * Show only the labels big enough at the current zoom (core/labels.ts). Classes change only when
 * the smallest shown font size changes, so zooming stays cheap.
 */
export function updateLabels(cy: Core, cut: LabelCut) {
  const minFont = cut.threshold / cy.zoom();
  const sizes = new Set(cy.nodes().map((n) => Number(n.data("fontSize"))));
  const smallestShown = Math.min(...[...sizes].filter((s) => labelShown(s, cy.zoom(), cut.threshold)), Infinity);
  if (smallestShown === cut.minFont) return;
  cut.minFont = smallestShown;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass("label-hidden", Number(n.data("fontSize")) < minFont);
    });
  });
}

/** After a layout: pick the threshold that shows about a canvas-full of the biggest labels. */
export function resetLabels(cy: Core, cut: LabelCut) {
  const sizes = cy.nodes().map((n) => Number(n.data("fontSize")) || 0);
  cut.threshold = labelThreshold(sizes, cy.zoom(), labelBudget(cy.width(), cy.height()));
  cut.minFont = NaN;
  updateLabels(cy, cut);
}

// The extension layouts are split out of the main bundle: each is fetched on first use.
const loading = new Map<string, Promise<void>>();
const LOADERS: Record<"fcose" | "dagre", () => Promise<{ default: cytoscape.Ext }>> = {
  fcose: () => import("cytoscape-fcose"),
  dagre: () => import("cytoscape-dagre") as Promise<{ default: cytoscape.Ext }>,
};

/** Resolves once the layout can run (its extension registered); immediately for built-in ones. */
export function ensureLayout(layout: LayoutName): Promise<void> {
  const ext = layoutExtension(layout);
  if (!ext) return Promise.resolve();
  let p = loading.get(ext);
  if (!p) {
    p = LOADERS[ext]().then((m) => cytoscape.use(m.default));
    p.catch(() => loading.delete(ext)); // a failed fetch may be retried
    loading.set(ext, p);
  }
  return p;
}

export interface RunOptions {
  direction?: Direction;
  incremental?: boolean;
}

/** Run a layout (synchronously: none is animated), isolated nodes apart where the layout wants. */
export function runLayout(cy: Core, layout: LayoutName, roots: string[], run: RunOptions = {}) {
  const isolated = setsIsolatedApart(layout) ? cy.nodes().filter((n) => n.degree(false) === 0) : cy.collection();
  const main = cy.elements().not(isolated);
  const target = main.nonempty() ? main : isolated;
  const options = layoutOptions(layout, { roots, nodeCount: target.nodes().length, ...run });
  target.layout(options as cytoscape.LayoutOptions).run();
  if (main.nonempty() && isolated.nonempty()) {
    const box = isolatedBox(main.boundingBox({ includeLabels: false }), isolated.length);
    isolated.layout({ name: "grid", boundingBox: box, animate: false, fit: false, avoidOverlap: true }).run();
  }
}

/** The viewport that shows every node (labels not counted: at that zoom most are hidden anyway). */
export function fitAll(cy: Core) {
  return fitBox(cy.nodes().boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
    padding: 36,
    minZoom: cy.minZoom(),
    maxZoom: 1.5,
  });
}

type Pos = { x: number; y: number };

export function positions(cy: Core): Map<string, Pos> {
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
}

/**
 * Animate from `before` to where the nodes are now (a layout just ran), with the viewport moving
 * to `viewport` at the same time; nodes without a `before` position move from where they were
 * put. One tween for all (requestAnimationFrame, positions set in a batch): cheaper than a
 * Cytoscape animation per node, and cancellable as a whole. Returns the cancel function (which
 * leaves the nodes where they are and does not call `done`).
 */
export function animateFrom(
  cy: Core,
  before: Map<string, Pos>,
  viewport: { zoom: number; pan: Pos },
  duration: number,
  done: () => void,
): () => void {
  const after = positions(cy);
  const nodes = cy.nodes().toArray();
  const from = nodes.map((n) => before.get(n.id()) ?? after.get(n.id())!);
  const to = nodes.map((n) => after.get(n.id())!);
  const z0 = cy.zoom();
  const p0 = { ...cy.pan() };
  // Zoom moves geometrically; the pan is interpolated so the model point in the middle glides.
  const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);
  const frame = (k: number) => {
    cy.batch(() => nodes.forEach((n, i) => n.position({ x: from[i].x + (to[i].x - from[i].x) * k, y: from[i].y + (to[i].y - from[i].y) * k })));
    const zoom = z0 * Math.pow(viewport.zoom / z0, k);
    cy.viewport({ zoom, pan: { x: p0.x + (viewport.pan.x - p0.x) * k, y: p0.y + (viewport.pan.y - p0.y) * k } });
  };
  let cancelled = false;
  let raf = 0;
  const t0 = performance.now();
  const tick = (now: number) => {
    if (cancelled || cy.destroyed()) return;
    const t = Math.min(1, (now - t0) / duration);
    frame(ease(t));
    if (t < 1) raf = requestAnimationFrame(tick);
    else done();
  };
  frame(0);
  raf = requestAnimationFrame(tick);
  return () => {
    cancelled = true;
    cancelAnimationFrame(raf);
  };
}

/** Put new nodes where a drawn neighbour is, so that an expand grows out of the expanded node. */
export function placeNearNeighbours(cy: Core, ids: readonly string[]) {
  for (const id of ids) {
    const n = cy.getElementById(id);
    const anchor = n.neighborhood("node").filter((m) => !ids.includes(m.id()));
    if (anchor.nonempty()) {
      const p = (anchor.first() as cytoscape.NodeSingular).position();
      n.position({ x: p.x + (Math.random() - 0.5) * 20, y: p.y + (Math.random() - 0.5) * 20 });
    }
  }
}

/**
 * What every canvas does on hover: the element under the pointer gets the class "hover", its full
 * label becomes the container's tooltip and the cursor a pointer. `selector` says which elements.
 */
export function wireHover(cy: Core, el: HTMLElement, selector = "node"): void {
  cy.on("mouseover", selector, (e) => {
    e.target.addClass("hover");
    el.title = String(e.target.data("fullLabel") ?? e.target.data("title") ?? "");
    el.style.cursor = "pointer";
  });
  cy.on("mouseout", selector, (e) => {
    e.target.removeClass("hover");
    el.title = "";
    el.style.cursor = "";
  });
}

/**
 * A canvas's life around its container: resize with it (`onResize`, by default just cy.resize),
 * expose the instance to tests, and on teardown undo both and destroy the instance.
 */
export function mountCanvas(cy: Core, el: HTMLElement, onResize: () => void = () => cy.resize()): () => void {
  const resize = new ResizeObserver(onResize);
  resize.observe(el);
  const unexpose = exposeCy(cy);
  return () => {
    unexpose();
    resize.disconnect();
    cy.destroy();
  };
}
