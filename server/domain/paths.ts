/**
 * The k shortest simple paths between two nodes, over plain edges, so both stores agree.
 *
 * - Edges are walked in either direction; a path never repeats a node and has at most maxDepth edges.
 * - A path is a sequence of nodes; parallel edges between two nodes (A SUPPLIES B and B SUPPLIES A)
 *   give one path, not several, and the hop is shown by the edge that points along the path,
 *   else the smallest edge id.
 * - Order: fewer edges first, then lexicographically by the sequence of node ids (compareIds).
 * - from === to gives one path of that node alone; no route within maxDepth gives [].
 *
 * Method: breadth-first distances to `to` (bounded by maxDepth) are a lower bound on what is left
 * of any path; a depth-first walk in id order then lists the paths of length L = d, d+1, … in
 * lexicographic order and prunes every prefix that cannot reach `to` within L. It stops at k.
 */
import { compareIds } from "./ids.js";

export interface PathEdge {
  id: string;
  source: string;
  target: string;
}

/** One path as ids: nodes from `from` to `to`; edges[i] joins nodes[i] and nodes[i + 1]. */
export interface PathIds {
  nodes: string[];
  edges: string[];
}

export interface PathLimits {
  k: number;
  maxDepth: number;
}

export type PathFinder = (from: string, to: string, limits: PathLimits) => PathIds[];

export function kShortestPaths(edges: readonly PathEdge[], from: string, to: string, limits: PathLimits): PathIds[] {
  return createPathFinder(edges)(from, to, limits);
}

/** Builds the adjacency once (for a store that answers many queries on one graph). */
export function createPathFinder(edges: readonly PathEdge[]): PathFinder {
  const links = new Map<string, Map<string, PathEdge[]>>();
  const link = (a: string, b: string, e: PathEdge) => {
    const m = links.get(a) ?? links.set(a, new Map()).get(a)!;
    const between = m.get(b);
    if (between) between.push(e);
    else m.set(b, [e]);
  };
  for (const e of edges) {
    if (e.source === e.target) continue; // a self-loop never lies on a simple path
    link(e.source, e.target, e);
    link(e.target, e.source, e);
  }
  const neighbours = new Map<string, string[]>();
  for (const [n, m] of links) neighbours.set(n, [...m.keys()].sort(compareIds));

  const hop = (a: string, b: string): string => {
    const along = (e: PathEdge) => (e.source === a ? 0 : 1);
    const [best] = [...links.get(a)!.get(b)!].sort((x, y) => along(x) - along(y) || compareIds(x.id, y.id));
    return best.id;
  };

  return (from, to, { k, maxDepth }) => {
    if (k < 1) return [];
    if (from === to) return [{ nodes: [from], edges: [] }];
    const dist = distancesTo(to, neighbours, maxDepth);
    const start = dist.get(from);
    if (start === undefined) return [];

    const found: string[][] = [];
    const path = [from];
    const onPath = new Set(path);
    let length = 0;
    const walk = (at: string): void => {
      const depth = path.length - 1;
      for (const next of neighbours.get(at) ?? []) {
        if (found.length >= k) return;
        const left = dist.get(next);
        if (left === undefined || onPath.has(next) || depth + 1 + left > length) continue;
        if (next === to) {
          if (depth + 1 === length) found.push([...path, to]);
          continue;
        }
        path.push(next);
        onPath.add(next);
        walk(next);
        onPath.delete(next);
        path.pop();
      }
    };
    for (length = start; length <= maxDepth && found.length < k; length++) walk(from);

    return found.map((nodes) => ({ nodes, edges: nodes.slice(1).map((n, i) => hop(nodes[i], n)) }));
  };
}

/** Hops from every node to `to`, up to maxDepth (undirected breadth-first search). */
function distancesTo(to: string, neighbours: Map<string, string[]>, maxDepth: number): Map<string, number> {
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const n of neighbours.get(at) ?? []) {
        if (dist.has(n)) continue;
        dist.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return dist;
}
