/**
 * Pan and zoom of an SVG by one transform (translate, then scale): the wheel and a double click
 * zoom about the pointer (shift: out), a drag of 4 px or more pans, the buttons zoom about the
 * centre. Every transform is clamped to the region (core/geo clampTransform): zooming out stops
 * at the whole of it, panning cannot push it off the frame. A click that ends a drag is not a
 * pick: `guard` wraps click handlers so they skip it. `onSettle` hears of a user's move once it
 * has ended (debounced: the URL keeps the map's camera); `glideTo` animates to a transform asked
 * of the map from outside, `jumpTo` goes there at once.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { GLIDE_MS } from "../canvas/useCyCamera.js";
import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from "react";
import { clampTransform, zoomAbout, type Point } from "../../core/geo.js";

export interface Transform {
  k: number;
  x: number;
  y: number;
}
const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
/** Below this many pixels a pointer's move is a click, not a drag. */
const DRAG_PX = 4;
/** Zoom limits: 1 is the whole region. */
const MIN_K = 1;
const MAX_K = 16;
/** A move has ended this long after its last change. */
const SETTLE_MS = 150;

export function usePanZoom(width: number, height: number, onSettle?: (t: Transform) => void) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [raw, setRaw] = useState<Transform>(IDENTITY);
  /** The last change was a user's (not a glide asked from outside): report it once it ends. */
  const byUser = useRef(false);
  const glide = useRef(0);
  const settleRef = useRef(onSettle);
  settleRef.current = onSettle;
  // The size can change under a transform (a resize): clamp on read as well as on write.
  const t = clampTransform(raw, width, height, MIN_K, MAX_K);
  const size = useRef({ width, height });
  useLayoutEffect(() => {
    size.current = { width, height };
  }, [width, height]);
  const setT = useCallback((next: Transform | ((cur: Transform) => Transform), user = true) => {
    if (user) {
      cancelAnimationFrame(glide.current);
      byUser.current = true;
    }
    setRaw((cur) => {
      const { width: w, height: h } = size.current;
      const base = clampTransform(cur, w, h, MIN_K, MAX_K);
      return clampTransform(typeof next === "function" ? next(base) : next, w, h, MIN_K, MAX_K);
    });
  }, []);
  const tNow = useRef(t);
  tNow.current = t;
  useEffect(() => {
    if (!byUser.current) return;
    const timer = setTimeout(() => {
      byUser.current = false;
      settleRef.current?.(tNow.current);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [raw]);

  /** Animate to `target` (zoom geometric, the translation linear), clamped on the way. */
  const glideTo = useCallback(
    (target: Transform) => {
      cancelAnimationFrame(glide.current);
      const from = tNow.current;
      const t0 = performance.now();
      const ease = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2);
      const frame = (now: number) => {
        const f = ease(Math.min(1, (now - t0) / GLIDE_MS));
        const k = from.k * Math.pow(target.k / from.k, f);
        setT({ k, x: from.x + (target.x - from.x) * f, y: from.y + (target.y - from.y) * f }, false);
        if (f < 1) glide.current = requestAnimationFrame(frame);
      };
      glide.current = requestAnimationFrame(frame);
    },
    [setT],
  );
  const jumpTo = useCallback(
    (target: Transform) => {
      cancelAnimationFrame(glide.current);
      setT(target, false);
    },
    [setT],
  );
  useEffect(() => () => cancelAnimationFrame(glide.current), []);

  /** A move done at once (a button, a double click): reported at once, a reload right after keeps it. */
  const step = (next: (cur: Transform) => Transform) => {
    const { width: w, height: h } = size.current;
    const to = clampTransform(next(clampTransform(tNow.current, w, h, MIN_K, MAX_K)), w, h, MIN_K, MAX_K);
    setT(to, false);
    cancelAnimationFrame(glide.current);
    byUser.current = false;
    settleRef.current?.(to);
  };

  const drag = useRef<{ x: number; y: number; t: Transform; moved: boolean; id: number } | null>(null);
  const suppressClick = useRef(false);

  const toSvg = useCallback((clientX: number, clientY: number): Point => {
    const r = svgRef.current?.getBoundingClientRect();
    return r ? { x: clientX - r.left, y: clientY - r.top } : { x: clientX, y: clientY };
  }, []);

  // A native listener: React's wheel listener is passive and cannot keep the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = toSvg(e.clientX, e.clientY);
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
      setT((cur) => zoomAbout(cur, factor, p.x, p.y, MIN_K, MAX_K));
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [toSvg, setT]);

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, t, moved: false, id: e.pointerId };
    suppressClick.current = false;
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = drag.current;
    if (!g) return;
    const dx = e.clientX - g.x;
    const dy = e.clientY - g.y;
    if (!g.moved && Math.hypot(dx, dy) < DRAG_PX) return;
    if (!g.moved) {
      g.moved = true;
      svgRef.current?.setPointerCapture?.(g.id);
    }
    setT({ k: g.t.k, x: g.t.x + dx, y: g.t.y + dy });
  };
  const onPointerUp = () => {
    if (drag.current?.moved) suppressClick.current = true;
    drag.current = null;
  };
  const onDoubleClick = (e: ReactMouseEvent<SVGSVGElement>) => {
    const p = toSvg(e.clientX, e.clientY);
    step((cur) => zoomAbout(cur, e.shiftKey ? 0.5 : 2, p.x, p.y, MIN_K, MAX_K));
  };

  return {
    t,
    /** Spread on the <svg>. */
    svgProps: { ref: svgRef, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onDoubleClick },
    zoomBy: (factor: number) => step((cur) => zoomAbout(cur, factor, width / 2, height / 2, MIN_K, MAX_K)),
    fit: () => step(() => IDENTITY),
    glideTo,
    jumpTo,
    /** Report the current transform now if a user's move has not been reported yet. */
    settleNow: () => {
      if (!byUser.current) return;
      byUser.current = false;
      settleRef.current?.(tNow.current);
    },
    /** A click handler that does nothing when the click ends a drag. */
    guard: (fn: () => void) => () => {
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      fn();
    },
    /** For a layer drawn over the SVG that must not start a pan (the inset). */
    shield: (e: ReactPointerEvent) => {
      e.stopPropagation();
      suppressClick.current = false;
    },
  };
}
