/**
 * A Cytoscape canvas's camera and the URL's (`cam=`, core/camera.ts), kept in step both ways:
 *
 * - when a move ends (a user's zoom or pan, a fit, a follow; debounced, never on every frame) the
 *   canvas reports its camera, rounded, and the view writes it into the URL (history "replace");
 *   at its default view (a fit of what it laid out afresh) it reports null;
 * - a camera in the URL that the canvas did not report itself came from outside (a link opened,
 *   back/forward, a story's scene): on first drawing it is shown instead of the fit, and while the
 *   canvas stays mounted it glides there.
 *
 * `known` is the camera the URL holds as far as this canvas knows: what it reported or applied
 * last. That is how it tells its own reports, coming back as props, from a move asked of it.
 */
import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, type RefObject } from "react";
import { cameraOf, nearCamera, roundCamera, sameCamera, viewportOf, type Camera } from "../../core/camera.js";
import type { Viewport } from "../../core/viewport.js";
import { useLatest } from "./useCyCanvas.js";

/** A move has ended this long after its last viewport event. */
const SETTLE_MS = 150;
/** How long a canvas glides to a camera asked of it. */
export const GLIDE_MS = 500;

/** Asks every canvas to report its camera now rather than after the debounce (before a link is copied). */
export const REPORT_NOW_EVENT = "chain-atlas:report-view";

export function reportViewsNow(): void {
  window.dispatchEvent(new Event(REPORT_NOW_EVENT));
}

export interface CameraSyncOptions {
  /** The URL's camera; undefined when this canvas does not keep one (the Cypher console's). */
  camera: Camera | null | undefined;
  onCamera?: (camera: Camera | null) => void;
  /** The canvas is drawn and still: a move may be reported, a camera applied at once. */
  ready: () => boolean;
  /** The view's default viewport (what it shows for a null camera). */
  defaultView: (cy: Core) => Viewport | null;
  /** Animates the viewport (the canvas's motion: not ready while it runs). */
  animate: (target: { zoom: number; pan: { x: number; y: number }; duration: number }) => void;
  /** Runs after every report, with the canvas's own state to write (the overview's positions). */
  onReported?: (cy: Core) => void;
}

export interface CameraSync {
  /**
   * On drawing anew: the URL's camera if it came from outside (and is now taken), as a viewport;
   * null for an outside "default view"; undefined when the URL holds what the canvas reported.
   */
  takeExternal: (cy: Core) => Viewport | null | undefined;
  /** Whether the canvas is at its default view (a null camera describes it). */
  setDefault: (on: boolean) => void;
  isDefault: () => boolean;
  /** Report the camera if it moved from what the URL holds. */
  report: (cy: Core) => void;
  /**
   * Report where a move the canvas starts will end (a follow, a focus), so the history entry the
   * move belongs to has it, even if another is pushed before the move ends.
   */
  reportAt: (cy: Core, target: Viewport) => void;
}

export function useCyCamera(cyRef: RefObject<Core | null>, options: CameraSyncOptions): CameraSync {
  const latest = useLatest(options);
  const known = useRef<Camera | null>(null);
  const atDefault = useRef(true);
  const keeps = options.camera !== undefined;

  const send = useCallback(
    (cy: Core, viewport: Viewport) => {
      const o = latest.current;
      const camera = atDefault.current ? null : roundCamera(cameraOf(viewport, cy.width(), cy.height()));
      if (camera === null ? known.current === null : nearCamera(camera, known.current)) return;
      known.current = camera;
      o.onCamera?.(camera);
    },
    [latest],
  );
  const report = useCallback(
    (cy: Core) => {
      const o = latest.current;
      if (o.camera === undefined || cy.destroyed() || !o.ready()) return;
      send(cy, { zoom: cy.zoom(), pan: cy.pan() });
      o.onReported?.(cy);
    },
    [latest, send],
  );
  const reportAt = useCallback(
    (cy: Core, target: Viewport) => {
      if (latest.current.camera !== undefined && !cy.destroyed()) send(cy, target);
    },
    [latest, send],
  );

  const takeExternal = useCallback(
    (cy: Core) => {
      const camera = latest.current.camera;
      if (camera === undefined || sameCamera(camera, known.current)) return undefined;
      known.current = camera;
      atDefault.current = camera === null;
      return camera ? viewportOf(camera, cy.width(), cy.height()) : latest.current.defaultView(cy);
    },
    [latest],
  );

  // Moves end: report them; a user's gesture leaves the default view.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !keeps) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!cy.destroyed() && !cy.animated()) report(cy);
      }, SETTLE_MS);
    };
    const onGesture = () => (atDefault.current = false);
    const now = () => {
      clearTimeout(timer);
      report(cy);
    };
    cy.on("viewport", onViewport);
    cy.on("scrollzoom pinchzoom dragpan", onGesture);
    window.addEventListener(REPORT_NOW_EVENT, now);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(REPORT_NOW_EVENT, now);
      if (cy.destroyed()) return;
      cy.off("viewport", onViewport);
      cy.off("scrollzoom pinchzoom dragpan", onGesture);
    };
  }, [cyRef, keeps, report]);

  return useMemo(
    () => ({ takeExternal, setDefault: (on: boolean) => void (atDefault.current = on), isDefault: () => atDefault.current, report, reportAt }),
    [takeExternal, report, reportAt],
  );
}

/**
 * Glide to a camera asked of the canvas while it stays drawn (back/forward, a story's next scene).
 * Call from an effect on the camera prop; a canvas laying out anew takes it when the layout ends.
 */
export function glideToExternal(cy: Core, sync: CameraSync, animate: CameraSyncOptions["animate"]): boolean {
  const target = sync.takeExternal(cy);
  if (!target) return false;
  animate({ ...target, duration: GLIDE_MS });
  return true;
}
