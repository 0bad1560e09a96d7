/**
 * How big nodes and their labels are drawn on the graph canvas, and the degrees that drive them.
 * Pure; the size by betweenness uses the same range as by degree so switching keeps the picture.
 */

/**
 * Links at each node of the graph, counted over both ends. A self-loop counts once: the degree
 * sizes a node and ranks the best-connected, and a self-loop is one link drawn (one fact of the
 * plan), not two neighbours. Ends that are not nodes of the graph are counted too.
 */
export function degrees(graph: {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}): Map<string, number> {
  const d = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}

/** Node diameter in px: grows with the square root of the degree, capped. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(80, 16 + 6 * Math.sqrt(degree)));
}

/** Node diameter by betweenness (0–1, normalised to the largest drawn): the same range as by degree. */
export function betweennessSize(score: number, max: number): number {
  const r = max > 0 ? Math.sqrt(Math.max(0, score) / max) : 0;
  return Math.round(16 + 56 * r);
}

/**
 * Label font size in px: hubs get large labels, leaves small ones, so that at low zoom
 * (below the stylesheet's min-zoomed-font-size) only the hubs keep their labels.
 */
export function labelFontSize(degree: number): number {
  return Math.round(Math.min(26, 10 + 2.2 * Math.sqrt(degree)));
}

/** Label font size for a node of diameter `size` (px) when sized by another measure than degree. */
export function labelFontSizeForSize(size: number): number {
  return Math.round(Math.min(26, 10 + (size - 16) / 4));
}
