/**
 * The view on screen as an SVG file, its words as text (Chinese stays text, searchable and
 * editable): the map is SVG already and is copied with its styles; a Cytoscape canvas is drawn
 * again by Cytoscape's own renderer into svgcanvas's SVG-building 2D context, so shapes, colours,
 * arrows and labels are the canvas's own (labels come out as <text>). svgcanvas is loaded only
 * when an SVG is asked for.
 */
import type { Core } from "cytoscape";
import type { Lang } from "../../core/names.js";
import { svgWithBands } from "./bands.js";
import { layerSvg, type Layers } from "./canvasLayers.js";
import { planPicture } from "./capture.js";
import { standaloneMap } from "./mapSvg.js";

/** The parts of Cytoscape's canvas renderer this drawing uses (not in its typings). */
interface CanvasRenderer {
  drawElements(ctx: unknown, eles: unknown): void;
  getCachedZSortedEles(): unknown;
  usePaths(): boolean;
}

interface Scratch {
  _private: { rscratch: { pathCacheKey?: unknown; pathCache?: unknown } };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Cytoscape draws rounded polygons (the district hexagons) without beginPath, trusting the
 * canvas's path to carry on; svgcanvas would add them to whatever element came last (a label, an
 * arrowhead) and paint that instead. Here any path command after a paint, or with no path
 * element current, starts a new path: each shape becomes its own <path>.
 */
function ownPaths(ctx: object): void {
  const c = ctx as Record<string, Method> & { __currentElement?: Element };
  let painted = false;
  const wrap = (name: string, before: (self: typeof c) => void) => {
    const f = c[name];
    c[name] = function (this: unknown, ...args: unknown[]) {
      before(this as typeof c);
      return f.apply(this, args);
    };
  };
  for (const name of ["fill", "stroke"]) wrap(name, () => (painted = true));
  wrap("beginPath", () => (painted = false));
  for (const name of ["moveTo", "lineTo", "arcTo", "arc", "ellipse", "bezierCurveTo", "quadraticCurveTo"]) {
    wrap(name, (self) => {
      if (painted || self.__currentElement?.nodeName !== "path") self.beginPath();
    });
  }
}

/** The canvas's viewport as an <svg>, `width` × `height` CSS px, with the layers behind and over it. */
async function canvasSvg(cy: Core, width: number, height: number, background: string, layers: Layers): Promise<SVGSVGElement> {
  const { Context } = await import("svgcanvas");
  const ctx = new Context({ width, height });
  ownPaths(ctx);
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const usePaths = renderer.usePaths;
  // The renderer draws cached Path2D objects where it can; an SVG context can only follow the
  // path commands themselves, so the caches are set aside for this one drawing.
  renderer.usePaths = () => false;
  const clearPathCaches = () =>
    cy.elements().forEach((e) => {
      const r = (e as unknown as Scratch)._private.rscratch;
      r.pathCacheKey = null;
      r.pathCache = null;
    });
  clearPathCaches();
  try {
    const pan = cy.pan();
    ctx.translate(pan.x, pan.y);
    ctx.scale(cy.zoom(), cy.zoom());
    renderer.drawElements(ctx, renderer.getCachedZSortedEles());
  } finally {
    renderer.usePaths = usePaths;
    clearPathCaches();
  }
  const drawing = ctx.getSvg();
  // svgcanvas writes the canvas's unset text-decoration as the word "undefined"
  drawing.querySelectorAll('[text-decoration="undefined"]').forEach((e) => e.removeAttribute("text-decoration"));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const paper = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  for (const [k, v] of Object.entries({ width, height, fill: background })) paper.setAttribute(k, String(v));
  svg.append(paper, ...layerSvg(layers.behind), drawing, ...layerSvg(layers.above));
  return svg;
}

/** The view as an SVG document (the text of the file), with the title and legend as text too. */
export async function exportSvg(options: { title?: string; legend?: boolean; lang?: Lang }): Promise<string> {
  const { source, layout, lang } = planPicture(options);
  const { width, height } = layout.view;
  const view = source.kind === "canvas" ? await canvasSvg(source.cy, width, height, source.background, source.layers) : standaloneMap(source.svg, width, height);
  // the map's paper is its container's background; the canvas's drawing carries its own
  const svg = svgWithBands(layout, view, lang === "zh" ? "zh-CN" : "en", source.kind === "map" ? source.background : undefined);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
