/** An element's size in whole pixels, kept current by a ResizeObserver; `initial` until measured. */
import { useEffect, useRef, useState } from "react";

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
