/**
 * Synthetic graphs for the client bench: `size` elements (nodes + edges, about 1 : 1.85 as in the
 * plan's graph), nodes on a jittered grid (preset positions, as a laid-out graph), edges between
 * near nodes, typed and sized like the app's, deterministic by seed.
 */
import { NODE_TYPES, EDGE_TYPES } from "../../../contract/vocabulary.js";
import { mulberry32 } from "../../../client/src/core/seededRandom.js";

export interface SynthNode {
  data: { id: string; type: string; label: string; size: number; fontSize: number; degree: number; priority: number };
  position: { x: number; y: number };
  classes?: string;
}
export interface SynthEdge {
  data: { id: string; source: string; target: string; type: string };
}

/** Labels drawn at once (the app hides the rest by zoom and priority: core/labels.ts). */
const SHOWN_LABELS = 150;

export function synthGraph(size: number, seed = 13): { nodes: SynthNode[]; edges: SynthEdge[] } {
  const rand = mulberry32(seed);
  const n = Math.max(2, Math.round(size / 2.85));
  const m = size - n;
  const cols = Math.ceil(Math.sqrt(n));
  const gap = 70;
  const degree = new Array<number>(n).fill(0);
  const edges: SynthEdge[] = [];
  const offsets = [1, cols, cols + 1, cols - 1, 2, 2 * cols];
  for (let i = 0; edges.length < m; i++) {
    const s = Math.floor(rand() * n);
    const t = (s + offsets[Math.floor(rand() * offsets.length)]) % n;
    if (s === t) continue;
    degree[s]++;
    degree[t]++;
    edges.push({ data: { id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, type: EDGE_TYPES[i % EDGE_TYPES.length] } });
  }
  const byDegree = degree.map((d, i) => [d, i] as const).sort((a, b) => b[0] - a[0]);
  const labelled = new Set(byDegree.slice(0, SHOWN_LABELS).map(([, i]) => i));
  const nodes: SynthNode[] = degree.map((d, i) => ({
    data: {
      id: `n${i}`,
      type: NODE_TYPES[i % NODE_TYPES.length],
      label: `节点 ${i}`,
      size: 16 + Math.min(40, 4 * Math.sqrt(d)),
      fontSize: 12,
      degree: d,
      priority: d,
    },
    position: { x: (i % cols) * gap + (rand() - 0.5) * gap * 0.6, y: Math.floor(i / cols) * gap + (rand() - 0.5) * gap * 0.6 },
    classes: labelled.has(i) ? undefined : "label-hidden",
  }));
  return { nodes, edges };
}
