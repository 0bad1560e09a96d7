/**
 * The camera in the URL (`cam=<zoom>,<x>,<y>`): where a view looks, kept independent of the canvas's
 * size so that a link opened on another screen (a projector) shows the same place. What x and y mean
 * is the view's own:
 *
 * - a Cytoscape canvas (overview, chain, path): the model point at the canvas's centre, and its zoom;
 * - the district map: the longitude and latitude at the map's centre, and the zoom as screen pixels
 *   per degree of latitude (the map's own transform depends on its size; this does not).
 *
 * Numbers are rounded before they are written (the zoom to 4 significant digits, a centre to a tenth
 * of a screen pixel or better), so that writing, reading and writing again gives the same text.
 * Pure.
 */
import type { Viewport } from "./viewport.js";

export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/** `zoom` to 4 significant digits. */
export function roundZoom(zoom: number): number {
  return Number(zoom.toPrecision(4));
}

const roundTo = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  // "+ 0" turns -0 into 0, so that a centre on an axis writes as "0".
  return Math.round(v * f) / f + 0;
};

/**
 * A canvas camera rounded for the URL: the zoom to 4 significant digits, the centre to as many
 * decimals as keep it within a tenth of a screen pixel at that zoom (1 at zoom ≤ 1, 2 up to 10, …).
 */
export function roundCamera(c: Camera): Camera {
  const zoom = roundZoom(c.zoom);
  const decimals = Math.min(4, Math.max(1, Math.ceil(Math.log10(zoom * 10))));
  return { zoom, x: roundTo(c.x, decimals), y: roundTo(c.y, decimals) };
}

/** A map camera rounded: the zoom to 4 significant digits, longitude and latitude to 5 decimals (~1 m). */
export function roundMapCamera(c: Camera): Camera {
  return { zoom: roundZoom(c.zoom), x: roundTo(c.x, 5), y: roundTo(c.y, 5) };
}

export function formatCamera(c: Camera): string {
  return `${c.zoom},${c.x},${c.y}`;
}

/** `zoom,x,y` with a positive zoom and finite numbers, else null (a broken link opens on the default view). */
export function parseCamera(value: string | null): Camera | null {
  if (!value) return null;
  const parts = value.split(",");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) return null;
  const [zoom, x, y] = parts.map(Number);
  if (![zoom, x, y].every(Number.isFinite) || zoom <= 0) return null;
  return { zoom, x, y };
}

/** Whether two cameras are the same place as the URL writes them (null is the default view). */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return a.zoom === b.zoom && a.x === b.x && a.y === b.y;
}

/**
 * Whether the view at `a` is, to the eye, at `b`: zooms within 0.1 % and centres within 0.2 screen
 * pixels. A canvas that reads its own camera back after applying one sees rounding noise, not a move.
 */
export function nearCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  const zoom = Math.max(a.zoom, b.zoom);
  return Math.abs(a.zoom - b.zoom) <= zoom * 1e-3 && Math.abs(a.x - b.x) * zoom <= 0.2 && Math.abs(a.y - b.y) * zoom <= 0.2;
}

/** The camera of a Cytoscape viewport on a `width`×`height` canvas (not rounded). */
export function cameraOf(viewport: Viewport, width: number, height: number): Camera {
  const { zoom, pan } = viewport;
  return { zoom, x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom };
}

/** The Cytoscape viewport that shows `camera` on a `width`×`height` canvas. */
export function viewportOf(camera: Camera, width: number, height: number): Viewport {
  return { zoom: camera.zoom, pan: { x: width / 2 - camera.x * camera.zoom, y: height / 2 - camera.y * camera.zoom } };
}

/** The district map's pan/zoom: translate, then scale (ui/districts/usePanZoom.ts). */
export interface MapTransform {
  k: number;
  x: number;
  y: number;
}

/** What a map camera needs of the map's projection (core/geo.ts Projection). */
export interface MapProjection {
  (lon: number, lat: number): { x: number; y: number };
  /** Pixels per degree of latitude at k = 1. */
  scale: number;
  invert(p: { x: number; y: number }): [number, number];
}

/** The camera of the map under transform `t` on a `width`×`height` map (not rounded). */
export function mapCameraOf(t: MapTransform, project: MapProjection, width: number, height: number): Camera {
  const [lon, lat] = project.invert({ x: (width / 2 - t.x) / t.k, y: (height / 2 - t.y) / t.k });
  return { zoom: t.k * project.scale, x: lon, y: lat };
}

/** The map transform that shows `camera` (before the map clamps it to its region). */
export function mapTransformOf(camera: Camera, project: MapProjection, width: number, height: number): MapTransform {
  const k = camera.zoom / project.scale;
  const p = project(camera.x, camera.y);
  return { k, x: width / 2 - p.x * k, y: height / 2 - p.y * k };
}
