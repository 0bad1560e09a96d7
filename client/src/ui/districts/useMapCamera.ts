/**
 * The district map's camera and the URL's (`cam=`: the zoom in screen pixels per degree and the
 * longitude/latitude at the centre, core/camera.ts), kept in step as the Cytoscape canvases keep
 * theirs (ui/canvas/useCyCamera.ts): a user's move is reported once it ends (the whole region,
 * the map's fit, as null), and a camera the map did not report came from outside: shown at once
 * when the map first has its boundaries, glided to afterwards.
 */
import { useCallback, useEffect, useRef } from "react";
import { mapCameraOf, mapTransformOf, roundMapCamera, sameCamera, type Camera, type MapProjection } from "../../core/camera.js";
import { REPORT_NOW_EVENT } from "../canvas/useCyCamera.js";
import type { Transform } from "./usePanZoom.js";

export interface MapCameraOptions {
  /** The URL's camera; undefined when this map keeps none (the small locator map). */
  camera: Camera | null | undefined;
  onCamera?: (camera: Camera | null) => void;
  /** The projection of the boundaries, or null while they load (a camera cannot be placed yet). */
  project: MapProjection | null;
  width: number;
  height: number;
  glideTo: (t: Transform) => void;
  jumpTo: (t: Transform) => void;
  settleNow: () => void;
}

const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
const isIdentity = (t: Transform) => t.k === 1 && t.x === 0 && t.y === 0;

/** Returns the handler for usePanZoom's `onSettle`. */
export function useMapCamera(o: MapCameraOptions): (t: Transform) => void {
  const known = useRef<Camera | null>(null);
  const shown = useRef(false);
  const latest = useRef(o);
  latest.current = o;
  const { camera, project, width, height } = o;

  useEffect(() => {
    const { glideTo, jumpTo } = latest.current;
    if (camera === undefined || !project) return;
    if (shown.current && sameCamera(camera, known.current)) return;
    known.current = camera;
    const target = camera ? mapTransformOf(camera, project, width, height) : IDENTITY;
    if (shown.current) glideTo(target);
    else if (camera) jumpTo(target);
    shown.current = true;
  }, [camera, project, width, height]);

  // A link is about to be copied: the move under way is reported now.
  useEffect(() => {
    const now = () => latest.current.settleNow();
    window.addEventListener(REPORT_NOW_EVENT, now);
    return () => window.removeEventListener(REPORT_NOW_EVENT, now);
  }, []);

  return useCallback((t: Transform) => {
    const { camera: keeps, onCamera, project: p, width: w, height: h } = latest.current;
    if (keeps === undefined || !p) return;
    const next = isIdentity(t) ? null : roundMapCamera(mapCameraOf(t, p, w, h));
    if (sameCamera(next, known.current)) return;
    known.current = next;
    onCamera?.(next);
  }, []);
}
