/**
 * The hooks every Cytoscape canvas shares: the instance's life (created once on its container,
 * taps reported as a selection), viewport moves that keep the canvas "not ready" until they end,
 * and the zoom buttons' actions.
 */
import cytoscape, { type AnimationOptions, type Core, type CytoscapeOptions, type EventObject } from "cytoscape";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { rendererOption } from "../../core/renderer.js";
import { mountCanvas, wireHover } from "../cyActions.js";
import { useRenderer } from "../renderer.js";

/** A ref that always holds the latest value: handlers wired once still see the current props. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export interface CanvasSetup {
  /** Cytoscape's options, read once when the instance is created. */
  options: Omit<CytoscapeOptions, "container">;
  /** A node was tapped (its id) or the background was (null). */
  onSelect: (id: string | null) => void;
  /** The elements that get the hover class and tooltip. */
  hover?: string;
  /** More handlers, wired once on the new instance. */
  wire?: (cy: Core, el: HTMLDivElement) => void;
  /** What to do when the container resizes (by default, cy.resize()). */
  onResize?: (cy: Core) => void;
}

/**
 * Creates the instance once on `container`, with the renderer chosen (ui/renderer.tsx), and again
 * when that changes; `cy` holds it while mounted (null before and after).
 */
export function useCyCanvas(setup: CanvasSetup) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const latest = useLatest(setup);
  const renderer = useRenderer().name;
  useEffect(() => {
    const el = container.current!;
    const { options, hover = "node", wire, onResize } = latest.current;
    // `renderer` is Cytoscape's (3.31+) but not in its typings
    const instance = cytoscape({ container: el, ...options, renderer: rendererOption(renderer) } as CytoscapeOptions);
    cy.current = instance;
    instance.on("tap", "node", (e: EventObject) => latest.current.onSelect(e.target.id()));
    instance.on("tap", (e: EventObject) => {
      if (e.target === instance) latest.current.onSelect(null);
    });
    wireHover(instance, el, hover);
    wire?.(instance, el);
    const unmount = mountCanvas(instance, el, onResize && (() => onResize(instance)));
    return () => {
      unmount();
      cy.current = null;
    };
  }, [latest, renderer]);
  return { container, cy };
}

export interface Motion {
  /** A viewport animation is under way (the canvas is not ready). */
  animating: boolean;
  /** Stop any viewport animation and animate to `target`; `done` runs when it completes. */
  animate: (target: AnimationOptions, done?: () => void) => void;
  /** An animation was stopped from outside (stopped animations never complete). */
  settle: () => void;
}

export function useCyMotion(cy: RefObject<Core | null>): Motion {
  const [animating, setAnimating] = useState(false);
  const animate = useCallback(
    (target: AnimationOptions, done?: () => void) => {
      const instance = cy.current;
      if (!instance) return;
      instance.stop(true, false);
      setAnimating(true);
      instance.animate(target, {
        complete: () => {
          done?.();
          setAnimating(false);
        },
      });
    },
    [cy],
  );
  const settle = useCallback(() => setAnimating(false), []);
  return { animating, animate, settle };
}

export interface ZoomOptions {
  /** The "fit" button's viewport, or null when there is nothing to fit. */
  fitTarget: (cy: Core) => { zoom: number; pan: { x: number; y: number } } | null;
  duration: number;
  /** The user zoomed with a button. */
  onZoom?: () => void;
  /** The "fit" animation ended. */
  onFitted?: () => void;
}

/** The zoom buttons' actions: zoom about the centre by a factor, and animate to the fitted view. */
export function useCyZoom(cy: RefObject<Core | null>, animate: Motion["animate"], options: ZoomOptions) {
  const latest = useLatest(options);
  const zoomBy = useCallback(
    (factor: number) => {
      const instance = cy.current;
      if (!instance) return;
      latest.current.onZoom?.();
      instance.zoom({ level: instance.zoom() * factor, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
    },
    [cy, latest],
  );
  const fit = useCallback(() => {
    const instance = cy.current;
    const target = instance && latest.current.fitTarget(instance);
    if (!target) return;
    animate({ ...target, duration: latest.current.duration }, () => latest.current.onFitted?.());
  }, [cy, latest, animate]);
  return { zoomBy, fit };
}
