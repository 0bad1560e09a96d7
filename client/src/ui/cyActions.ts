/** What the canvas does to its Cytoscape instance: lay out, place new nodes, fit, and place labels. */
import cytoscape from "cytoscape";
import type { Core, NodeCollection, NodeSingular } from "cytoscape";
import { densityRule, labelBox, labelBudget, placeLabels, type Body, type LabelBox, type LabelDensity } from "../core/labels.js";
import { gridBelow, layoutExtension, layoutOptions, placementOptions, ringAround, type Direction, type LayoutName } from "../core/layouts.js";
import { levelViewport } from "../core/levelLayout.js";
import { seedOf, withSeededRandom } from "../core/seededRandom.js";
import type { CyElements } from "../core/graphElements.js";
import { textWidth } from "../core/textWidth.js";
import { fitBox, type Viewport } from "../core/viewport.js";
import { edgeArrows } from "../core/edgeDetail.js";
import { layoutOffThread, type LayoutRequest } from "../core/layoutJob.js";
import { exposeCy } from "./testHooks.js";

/** The box of unconnected nodes (a compound node: not a node of the graph). */
const GROUP = "node[?group]";
/** The nodes of the graph: everything but the group box. */
export const graphNodes = (cy: Core): NodeCollection => cy.nodes().not(GROUP);

/**
 * Draw the labels that win by priority at the current zoom and pan (core/labels.ts): industries
 * first, then by degree; one overlapping a label already placed, or too small to read, is hidden.
 * Nodes off screen are left out (their labels are not seen anyway).
 */
export function updateLabels(cy: Core, density: LabelDensity) {
  const zoom = cy.zoom();
  const w = cy.width();
  const h = cy.height();
  const boxes: LabelBox[] = [];
  const bodies: Body[] = [];
  graphNodes(cy).forEach((n) => {
    const p = n.renderedPosition();
    if (p.x < -200 || p.y < -100 || p.x > w + 200 || p.y > h + 100) return;
    const d = n.data();
    const r = (Number(d.size) / 2) * zoom;
    const priority = Number(d.priority) || 0;
    bodies.push({ id: n.id(), x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r, priority });
    boxes.push(labelBox(n.id(), String(d.label), p, Number(d.size), Number(d.fontSize), zoom, priority));
  });
  const shown = placeLabels(boxes, densityRule(density, labelBudget(w, h)), bodies);
  const edges = cy.edges();
  const plain = !edgeArrows(zoom, edges.length);
  cy.batch(() => {
    // only the edges whose detail changes (often none): restyling every edge of a large graph costs a frame
    const change = plain ? edges.not(".lod-plain") : edges.filter(".lod-plain");
    if (change.nonempty()) change.toggleClass("lod-plain", plain);
    graphNodes(cy).forEach((n) => void n.toggleClass("label-hidden", !shown.has(n.id())));
    // the box's title reads 14 px on screen (up to 60 model px when zoomed far out)
    cy.nodes(GROUP).data("fontSize", Math.min(60, 14 / zoom));
  });
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

/**
 * Makes Cytoscape hold `elements`, diffed by id (so a language switch only relabels): what is gone
 * is removed, what is new added; whether the graph's structure changed, and the ids of new nodes.
 */
export function syncElements(cy: Core, elements: CyElements): { structureChanged: boolean; added: string[] } {
  let structureChanged = false;
  const added: string[] = [];
  const all = [...(elements.groups ?? []), ...elements.nodes, ...elements.edges];
  cy.batch(() => {
    const wanted = new Set(all.map((d) => d.data.id));
    const stale = cy.elements().filter((e) => !wanted.has(e.id()));
    if (stale.nonempty()) {
      structureChanged = true;
      cy.remove(stale);
    }
    const toAdd = [];
    for (const def of all) {
      const existing = cy.getElementById(def.data.id);
      if (existing.empty()) toAdd.push(def);
      else {
        existing.data(def.data);
        const parent = "parent" in def.data ? (def.data.parent ?? null) : null;
        if (existing.isNode() && (existing.parent().first().id() || null) !== parent) existing.move({ parent });
      }
    }
    if (toAdd.length) {
      structureChanged = true;
      cy.add(toAdd);
      const fresh = new Set(toAdd);
      for (const d of elements.nodes) if (fresh.has(d)) added.push(d.data.id);
    }
  });
  return { structureChanged, added };
}

/**
 * Runs a layout with Math.random seeded from the ids it lays out (fcose draws random numbers), so
 * that the same elements, in the same order, get the same positions in every browser.
 */
function runSeeded(eles: cytoscape.CollectionReturnValue, options: unknown) {
  withSeededRandom(seedOf(eles.nodes().map((n) => n.id())), () => eles.layout(options as cytoscape.LayoutOptions).run());
}

/** What the layout lays out: all but the box of unconnected nodes and what it holds. */
function layoutParts(cy: Core) {
  const group = cy.nodes(GROUP);
  const boxed = group.children();
  return { boxed, main: cy.elements().not(group).not(boxed) };
}

/** Positions computed in the layout worker, by instance, for the layout and nodes they were made for. */
const computed = new WeakMap<Core, { key: string; at: Map<string, Pos> }>();
const jobKey = (layout: LayoutName, seed: number, direction?: Direction) => `${layout}|${direction ?? ""}|${seed}`;

/**
 * Resolves once `runLayout` can run at once: the layout's extension loaded and, for a force layout
 * of many nodes (core/layoutJob.ts), its positions computed in a worker, the main thread free
 * meanwhile. A failed worker leaves the layout to the main thread.
 */
export async function prepareLayout(cy: Core, layout: LayoutName, roots: string[], direction?: Direction): Promise<void> {
  await ensureLayout(layout);
  const { main } = layoutParts(cy);
  if (!layoutOffThread(layout, main.nodes().length)) return;
  const seed = seedOf(main.nodes().map((n) => n.id()));
  const req: LayoutRequest = {
    layout,
    roots,
    direction,
    seed,
    nodes: main.nodes().map((n) => ({ id: n.id(), size: Number(n.data("size")) || 30, degree: Number(n.data("degree")) || 0, type: String(n.data("type")) })),
    edges: main.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  const { layoutInWorker } = await import("./layout/offThread.js");
  const at = await layoutInWorker(req).catch(() => null);
  if (at && !cy.destroyed()) computed.set(cy, { key: jobKey(layout, seed, direction), at });
}

/**
 * Run a layout (synchronously: none is animated; seeded: the same state lays out the same way),
 * or place what the worker computed for it (prepareLayout). The unconnected nodes, in their
 * labelled box, are not laid out with the rest: they go in a grid under it.
 */
export function runLayout(cy: Core, layout: LayoutName, roots: string[], direction?: Direction) {
  const { boxed, main } = layoutParts(cy);
  const nodes: NodeCollection = main.nodes();
  const done = computed.get(cy);
  computed.delete(cy);
  const fromWorker = done && done.key === jobKey(layout, seedOf(nodes.map((n: NodeSingular) => n.id())), direction) ? done.at : null;
  if (fromWorker && nodes.filter((n: NodeSingular) => !fromWorker.has(n.id())).empty()) {
    cy.batch(() => nodes.forEach((n: NodeSingular) => void n.position({ ...fromWorker.get(n.id())! })));
  } else if (nodes.nonempty()) {
    runSeeded(main, layoutOptions(layout, { roots, nodeCount: nodes.length, direction }));
  }
  if (boxed.empty()) return;
  const widest = Math.max(...boxed.map((n) => textWidth(String(n.data("label")), Number(n.data("fontSize")))));
  const box = main.nodes().nonempty() ? main.nodes().boundingBox({ includeLabels: false }) : { x1: 0, y2: 0, w: 600 };
  const cells = gridBelow(box, boxed.length, widest);
  cy.batch(() => boxed.forEach((n, i) => void n.position(cells[i])));
}

/**
 * Place nodes just added (`ids`) among the drawn ones, which stay exactly where they are: each new
 * node starts on a ring round the drawn neighbour that gained the most (the expanded node), then
 * fcose settles the new ones with every drawn node fixed. Any drift of the fixed nodes (fcose may
 * shift the whole picture) is taken back from all. Needs fcose registered (ensureLayout).
 */
export function placeNew(cy: Core, ids: readonly string[]) {
  const fresh = new Set(ids);
  const old = graphNodes(cy).filter((n) => !fresh.has(n.id()) && !n.isChild());
  const before = new Map(old.map((n: NodeSingular) => [n.id(), { ...n.position() }] as const));
  const byAnchor = new Map<string, string[]>();
  for (const id of ids) {
    const n = cy.getElementById(id);
    const drawn = n.neighborhood("node").filter((m) => before.has(m.id()));
    // the anchor: the drawn neighbour with the most new neighbours (the node that was expanded)
    const anchor = drawn.max((m) => m.neighborhood("node").filter((k) => fresh.has(k.id())).length).ele as NodeSingular | undefined;
    const key = anchor?.id() ?? "";
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), id]);
  }
  const box = old.nonempty() ? old.boundingBox({ includeLabels: false }) : null;
  for (const [key, members] of byAnchor) {
    const anchor = key ? cy.getElementById(key) : null;
    const at = anchor ? anchor.position() : box ? { x: (box.x1 + box.x2) / 2, y: box.y2 + 150 } : { x: 0, y: 0 };
    const inner = anchor ? Number(anchor.data("size")) / 2 + 70 : 0;
    const ring = ringAround(at, members.length, inner);
    cy.batch(() => members.forEach((id, i) => void cy.getElementById(id).position(ring[i])));
  }
  if (old.empty()) return;
  const fixed = [...before].map(([nodeId, position]) => ({ nodeId, position }));
  const main = cy.elements().not(cy.nodes(GROUP)).not(cy.nodes(GROUP).children());
  runSeeded(main, placementOptions(fixed, main.nodes().length));
  let dx = 0;
  let dy = 0;
  old.forEach((n) => {
    dx += n.position().x - before.get(n.id())!.x;
    dy += n.position().y - before.get(n.id())!.y;
  });
  dx /= old.length;
  dy /= old.length;
  cy.batch(() => {
    old.forEach((n) => void n.position(before.get(n.id())!));
    for (const id of ids) {
      const n = cy.getElementById(id);
      n.position({ x: n.position().x - dx, y: n.position().y - dy });
    }
  });
}

/** Canvases narrower than this (px) are a phone's. */
const NARROW = 600;

/** The viewport that shows every node, or on a phone the industries (labels not counted). */
export function fitAll(cy: Core) {
  // A narrow canvas (a phone) frames the industries, where there are several: their labels stay
  // legible, and the small nodes round them are a pan away.
  const industries = cy.nodes('[type = "Industry"]');
  const frame = cy.width() < NARROW && industries.length > 2 ? industries : cy.nodes();
  return fitBox(frame.boundingBox({ includeLabels: false }), cy.width(), cy.height(), {
    padding: 36,
    minZoom: cy.minZoom(),
    maxZoom: 1.5,
  });
}

type Pos = { x: number; y: number };

/** Puts every node where `at` says, if it places them all; whether it did. */
export function placeAll(cy: Core, at: ReadonlyMap<string, Pos>): boolean {
  const nodes = cy.nodes().filter((n) => !n.isParent());
  if (nodes.empty() || nodes.filter((n) => !at.has(n.id())).nonempty()) return false;
  cy.batch(() => nodes.forEach((n) => void n.position({ ...at.get(n.id())! })));
  return true;
}

/** The industry level's viewport: the picture whole with its labels, no industry's name too small to read. */
export function levelTarget(cy: Core): Viewport {
  const fonts = cy.nodes('[type = "Industry"]').map((n) => Number(n.data("fontSize")) || 12);
  return levelViewport(graphNodes(cy).boundingBox({ includeLabels: true }), cy.width(), cy.height(), Math.min(...fonts, 24), fonts.length);
}

/** Whether every node is inside the canvas as it is now shown. */
export function inView(cy: Core): boolean {
  const e = cy.extent();
  const b = cy.nodes().boundingBox({ includeLabels: false });
  return b.x1 >= e.x1 && b.x2 <= e.x2 && b.y1 >= e.y1 && b.y2 <= e.y2;
}

/** The graph's nodes' ids in sorted order: what positions in the URL are aligned with. */
export function sortedIds(cy: Core): string[] {
  return graphNodes(cy)
    .filter((n) => !n.isParent())
    .map((n) => n.id())
    .sort();
}

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
