/**
 * Level of detail for edges (pure; labels have theirs in core/labels.ts): arrowheads are dropped
 * when they would be drawn a few pixels wide (zoomed far out), and sooner on a large graph, where
 * thousands of them cost draw time and read as noise. The canvas toggles the class `lod-plain` on
 * the edges (graphStyle.ts) only when the answer changes: restyling 20k edges is not free.
 */

/** Below this zoom an arrowhead (arrow-scale 0.7 on a 1.2 px edge) is under ~3 px: not readable. */
export const ARROWS_MIN_ZOOM = 0.3;
/** A graph with more edges than this is "large": arrows go below LARGE_ARROWS_MIN_ZOOM. */
export const LARGE_EDGES = 2_000;
export const LARGE_ARROWS_MIN_ZOOM = 0.6;

/** Whether edges are drawn with their arrowheads at this zoom, on a graph of `edgeCount` edges. */
export function edgeArrows(zoom: number, edgeCount: number): boolean {
  return zoom >= (edgeCount > LARGE_EDGES ? LARGE_ARROWS_MIN_ZOOM : ARROWS_MIN_ZOOM);
}
