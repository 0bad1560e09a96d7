/**
 * Which Cytoscape renderer draws the canvases (pure: the browser is asked in ui/renderer.tsx).
 *
 *   ?renderer=canvas        (absent: auto)
 *
 * Cytoscape's WebGL renderer pays off only on a hardware GPU: through a software rasterizer
 * (SwiftShader in headless Chromium, llvmpipe in a VM, Microsoft Basic Render on a remote desktop)
 * it was measured 5–44× slower than the 2D canvas at 20k elements. So `auto` picks WebGL only
 * where the browser names a real GPU, canvas everywhere else, and the user can override it.
 */

export const RENDERER_CHOICES = ["auto", "canvas", "webgl"] as const;
export type RendererChoice = (typeof RENDERER_CHOICES)[number];
export const DEFAULT_RENDERER: RendererChoice = "auto";
/** What actually draws. */
export type RendererName = "canvas" | "webgl";

export const isRendererChoice = (s: string): s is RendererChoice => (RENDERER_CHOICES as readonly string[]).includes(s);

/** Why `auto` chose what it chose (shown in the setting). */
export type AutoReason = "gpu" | "software" | "no-webgl" | "unknown-gpu";

export interface GpuProbe {
  /** A WebGL context could be created at all. */
  webgl: boolean;
  /** UNMASKED_RENDERER_WEBGL (WEBGL_debug_renderer_info), else the masked RENDERER; null if neither. */
  renderer: string | null;
}

/**
 * Renderer strings of software rasterizers: Chromium's SwiftShader (also through ANGLE, and its
 * WARP and "Google SwiftShader" spellings), Mesa's llvmpipe, softpipe and swrast, Windows' basic
 * display driver, Apple's software renderer, VirtualBox/VMware's software paths.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|swrast|software|microsoft basic render|basic render driver|\bwarp\b|lavapipe|svga3d|gdi generic/i;

/** Whether a WebGL renderer string names a software rasterizer rather than a GPU. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/**
 * What `auto` draws with, and why: WebGL only where a GPU is named; no WebGL, a software
 * rasterizer, or a renderer that hides its name (the masked "WebKit WebGL") → canvas, the safe one.
 */
export function autoRenderer(probe: GpuProbe): { name: RendererName; reason: AutoReason } {
  if (!probe.webgl) return { name: "canvas", reason: "no-webgl" };
  const r = (probe.renderer ?? "").trim();
  if (!r || /^webkit webgl$/i.test(r)) return { name: "canvas", reason: "unknown-gpu" };
  if (isSoftwareRenderer(r)) return { name: "canvas", reason: "software" };
  return { name: "webgl", reason: "gpu" };
}

/** The renderer a choice draws with, `auto` resolved by the probe. */
export function resolveRenderer(choice: RendererChoice, probe: GpuProbe): RendererName {
  return choice === "auto" ? autoRenderer(probe).name : choice;
}

/** Cytoscape's `renderer` option for a renderer (WebGL is the canvas renderer's mode, 3.31+). */
export function rendererOption(name: RendererName): { name: "canvas"; webgl?: true } {
  return name === "webgl" ? { name: "canvas", webgl: true } : { name: "canvas" };
}

// ── the URL (core/viewState.ts holds the whole) ───────────────────────────────

export interface RendererState {
  renderer: RendererChoice;
}

export const RENDERER_DEFAULTS: RendererState = { renderer: DEFAULT_RENDERER };

export function parseRenderer(q: URLSearchParams): RendererState {
  const r = q.get("renderer") ?? "";
  return { renderer: isRendererChoice(r) ? r : DEFAULT_RENDERER };
}

export function rendererParams(s: RendererState): string[] {
  return s.renderer === DEFAULT_RENDERER ? [] : [`renderer=${s.renderer}`];
}

export const setRenderer =
  (renderer: RendererChoice) =>
  <S extends RendererState>(s: S): S =>
    s.renderer === renderer ? s : { ...s, renderer };
