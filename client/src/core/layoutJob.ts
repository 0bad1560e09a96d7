/**
 * A force layout computed off the main thread (pure: the messages and the rule; the worker is
 * ui/layout/layoutWorker.ts). fcose on thousands of nodes blocks a thread for seconds: above
 * OFF_THREAD_NODES it runs in a Web Worker on a headless Cytoscape, seeded as on the main thread,
 * and the canvas places the positions it posts back. The plan's own graph (hundreds of nodes)
 * stays on the main thread, where it takes a fraction of a second.
 */
import type { Direction, LayoutName } from "./layouts.js";

export const OFF_THREAD_NODES = 1500;

/** Whether a layout of `nodeCount` nodes runs in the worker (the force layout, when large). */
export function layoutOffThread(layout: LayoutName, nodeCount: number): boolean {
  return layout === "fcose" && nodeCount > OFF_THREAD_NODES;
}

/** What the layout options read of a node (core/layouts.ts: size, degree, type). */
export interface JobNode {
  id: string;
  size: number;
  degree: number;
  type: string;
}

export interface LayoutRequest {
  layout: LayoutName;
  roots: string[];
  direction?: Direction;
  /** Math.random's seed (core/seededRandom.ts seedOf the node ids). */
  seed: number;
  nodes: JobNode[];
  edges: { id: string; source: string; target: string }[];
}

/** `done`: ids and positions in flat arrays (cheap to post); `error`: the layout threw. */
export type LayoutReply = { kind: "done"; ids: string[]; xy: Float64Array } | { kind: "error"; message: string };

/** The reply's positions by id. */
export function positionsOf(reply: { ids: string[]; xy: Float64Array }): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  reply.ids.forEach((id, i) => out.set(id, { x: reply.xy[2 * i], y: reply.xy[2 * i + 1] }));
  return out;
}

/** Packs positions for posting (the worker's side of positionsOf). */
export function packPositions(entries: Iterable<[string, { x: number; y: number }]>): { ids: string[]; xy: Float64Array } {
  const list = [...entries];
  const xy = new Float64Array(list.length * 2);
  list.forEach(([, p], i) => {
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return { ids: list.map(([id]) => id), xy };
}
