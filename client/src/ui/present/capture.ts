/** Pictures of the view on screen (owned by the exports work). */
import type { Core } from "cytoscape";
import { exportLayout, type ExportLayout } from "../../core/exportLayout.js";
import type { Lang } from "../../core/names.js";
import { canvasMeasure, drawBands } from "./bands.js";
import { paintLayers } from "./canvasLayers.js";
import { standaloneMap, svgImage } from "./mapSvg.js";
import { findViewSource, pageLang, viewLegend, type ViewSource } from "./viewSource.js";

export interface Picture {
  blob: Blob;
  /** Pixels of the image (the scale applied). */
  width: number;
  height: number;
}

export interface CaptureOptions {
  /** Device pixels per CSS pixel of the view: 1, 2 or 4 for exports, less for thumbnails. */
  scale: number;
  /** Drawn as a band above the picture; none when absent. */
  title?: string;
  /** Draw the legend (the node types, or the map's scale) below the picture. */
  legend?: boolean;
  /** The language of the legend (and of the error when there is no picture); the page's by default. */
  lang?: Lang;
}

/** Where the picture goes and how it is laid out: shared by the PNG and the SVG. */
export function planPicture(options: { title?: string; legend?: boolean; lang?: Lang }): { source: ViewSource; layout: ExportLayout; lang: Lang } {
  const lang = options.lang ?? pageLang();
  const source = findViewSource(lang);
  const legend = options.legend ? viewLegend(source, lang) : null;
  const layout = exportLayout({ width: source.width, height: source.height, title: options.title, legend }, canvasMeasure);
  return { source, layout, lang };
}

/** The canvas's own rendering of the viewport at `scale` device pixels per CSS pixel, on no background. */
async function canvasPicture(cy: Core, scale: number): Promise<ImageBitmap> {
  // cy.png multiplies its scale by the screen's pixel ratio: divide it out so 2× is 2× everywhere
  const ratio = window.devicePixelRatio || 1;
  const blob = await cy.png({ output: "blob-promise", scale: scale / ratio, full: false });
  return createImageBitmap(blob);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas.toBlob gave nothing"))), "image/png"));
}

/** A PNG of the current view (its canvas, or the district map). */
export async function captureView(options: CaptureOptions): Promise<Picture> {
  const { source, layout } = planPicture(options);
  const s = options.scale;
  const width = Math.round(layout.width * s);
  const height = Math.round(layout.height * s);
  const view = layout.view;
  const image =
    source.kind === "canvas"
      ? await canvasPicture(source.cy, s)
      : await svgImage(standaloneMap(source.svg, view.width, view.height, { width: Math.round(view.width * s), height: Math.round(view.height * s) }));

  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.scale(width / layout.width, height / layout.height);
  drawBands(ctx, layout);
  ctx.save();
  ctx.translate(0, view.y);
  ctx.beginPath();
  ctx.rect(0, 0, view.width, view.height);
  ctx.clip();
  ctx.fillStyle = source.background;
  ctx.fillRect(0, 0, view.width, view.height);
  if (source.kind === "canvas") paintLayers(ctx, source.layers.behind);
  ctx.drawImage(image, 0, 0, view.width, view.height);
  if (source.kind === "canvas") paintLayers(ctx, source.layers.above);
  ctx.restore();
  if ("close" in image) image.close();
  return { blob: await toBlob(canvas), width, height };
}
