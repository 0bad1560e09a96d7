/** An element's size in whole pixels, kept current by a ResizeObserver; `initial` until measured. */
import { useEffect, useRef, useState, type RefObject } from "react";

export function useSize<T extends HTMLElement>(initial: { w: number; h: number }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      // A hidden or collapsing element measures ~0: keep the last real size.
      if (r.width > 10 && r.height > 10) setSize({ w: Math.round(r.width), h: Math.round(r.height) });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}

/**
 * Where an element drawn over the map (the legend) lies in its container, in pixels, kept
 * current as either resizes; null while it is not over the container (a phone puts it below).
 */
export function useBoxIn(el: RefObject<HTMLElement | null>, container: RefObject<HTMLElement | null>) {
  const [box, setBox] = useState<{ x: number; y: number; w: number; h: number } | null>(null);
  useEffect(() => {
    const e = el.current;
    const c = container.current;
    if (!e || !c) return;
    const measure = () => {
      const a = e.getBoundingClientRect();
      const b = c.getBoundingClientRect();
      const over = a.width > 0 && a.top < b.bottom && a.bottom > b.top;
      const next = over ? { x: Math.round(a.left - b.left), y: Math.round(a.top - b.top), w: Math.round(a.width), h: Math.round(a.height) } : null;
      setBox((cur) => (cur && next && cur.x === next.x && cur.y === next.y && cur.w === next.w && cur.h === next.h ? cur : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(e);
    ro.observe(c);
    return () => ro.disconnect();
  }, [el, container]);
  return box;
}
