/** Asks the browser which GPU draws its WebGL (core/renderer.ts decides what to make of it). */
import type { GpuProbe } from "../core/renderer.js";

let probed: GpuProbe | null = null;

/** A throwaway WebGL context's renderer string (unmasked where the browser allows), then let go. */
export function probeGpu(): GpuProbe {
  if (probed) return probed;
  let probe: GpuProbe = { webgl: false, renderer: null };
  try {
    const canvas = document.createElement("canvas");
    const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      probe = { webgl: true, renderer: typeof name === "string" ? name : null };
      // browsers cap live WebGL contexts: this one is not kept waiting for collection
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    // no canvas or WebGL at all (a test DOM): canvas it is
  }
  return (probed = probe);
}
