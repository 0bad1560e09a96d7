/** Viewport arithmetic for focusing the canvas on a set of elements. Pure. */

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that fit `box` (model coordinates) in a `width`×`height` viewport with
 * `padding`, the zoom clamped to [minZoom, maxZoom] so a lone node is not blown up.
 */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  { padding = 60, minZoom = 0.05, maxZoom = 1.6 }: { padding?: number; minZoom?: number; maxZoom?: number } = {},
): Viewport {
  const availW = Math.max(1, width - 2 * padding);
  const availH = Math.max(1, height - 2 * padding);
  const raw = Math.min(box.w > 0 ? availW / box.w : Infinity, box.h > 0 ? availH / box.h : Infinity);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Number.isFinite(raw) ? raw : maxZoom));
  const cx = box.x1 + box.w / 2;
  const cy = box.y1 + box.h / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}
