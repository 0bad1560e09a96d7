/**
 * The renderer the canvases draw with: the URL's choice, `auto` resolved once per page by asking
 * the browser which GPU it draws WebGL on (core/renderer.ts decides from the answer).
 */
import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from "react";
import { autoRenderer, resolveRenderer, type AutoReason, type RendererChoice, type RendererName } from "../core/renderer.js";
import { probeGpu } from "./gpuProbe.js";

export interface RendererInfo {
  choice: RendererChoice;
  /** What draws. */
  name: RendererName;
  /** What `auto` would draw with, and why (for the setting's label). */
  auto: RendererName;
  reason: AutoReason;
}

const Ctx = createContext<RendererInfo>({ choice: "auto", name: "canvas", auto: "canvas", reason: "no-webgl" });

export function RendererProvider({ choice, children }: { choice: RendererChoice; children: ReactNode }) {
  const value = useMemo(() => {
    const probe = probeGpu();
    const auto = autoRenderer(probe);
    return { choice, name: resolveRenderer(choice, probe), auto: auto.name, reason: auto.reason };
  }, [choice]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useRenderer = (): RendererInfo => useContext(Ctx);

/**
 * The canvas mounted afresh when the renderer changes: a new Cytoscape instance, and the canvas's
 * own state (laid out, remembered pictures) started again, so that positions and viewport come
 * back from the view state as they do on a reload.
 */
export function keyedByRenderer<P extends object>(Canvas: ComponentType<P>): ComponentType<P> {
  function ByRenderer(props: P) {
    return <Canvas key={useRenderer().name} {...props} />;
  }
  ByRenderer.displayName = `ByRenderer(${Canvas.displayName ?? Canvas.name})`;
  return ByRenderer;
}
