/**
 * The backing drawn as lines: from each project, platform or district to the middle of the chain
 * links it backs, for the link or backer a person points at. Pure.
 */
import type { ChainElements } from "./chainModel.js";

export interface Segment {
  /** `<backer id>|<link id>`: stable React key. */
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Lines for the links in `links` (each to its backers) and for the backer `backer` (to each link
 * it backs), in model coordinates; each pair once.
 */
export function backingSegments(elements: ChainElements, links: readonly string[], backer: string | null): Segment[] {
  const pos = new Map(elements.nodes.map((n) => [n.data.id, n.position]));
  const wanted = new Set(links);
  const out = new Map<string, Segment>();
  for (const e of elements.edges) {
    const from = pos.get(e.data.source);
    const to = pos.get(e.data.target);
    if (!from || !to) continue;
    const backers = e.data.backers.filter((b) => wanted.has(e.data.id) || b === backer);
    for (const b of backers) {
      const p = pos.get(b);
      if (!p) continue;
      const key = `${b}|${e.data.id}`;
      out.set(key, { key, x1: p.x, y1: p.y, x2: (from.x + to.x) / 2, y2: (from.y + to.y) / 2 });
    }
  }
  return [...out.values()];
}
