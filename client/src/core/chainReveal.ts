/**
 * A chain told in steps, as a presenter builds a slide: first the industry with its directions
 * and products, then what comes upstream, then downstream, then the backing and the gaps lit up.
 * Reads the lanes and sides the chain layout puts in element data (core/chainModel.ts). Pure.
 */
import type { LinkSide, Place } from "./chainModel.js";

/** Steps of a chain scene: 0 industry and products, 1 + upstream, 2 + downstream, 3 + backing and gaps. */
export const CHAIN_STEPS = 4;

/** The lanes on screen at a step (the backing band comes with the gaps: it is what a gap lacks). */
export function lanesAt(step: number): ReadonlySet<Place> {
  const lanes: Place[] = ["industry", "products"];
  if (step >= 1) lanes.push("upstream");
  if (step >= 2) lanes.push("downstream");
  if (step >= 3) lanes.push("backing");
  return new Set(lanes);
}

/** The sides of links on screen at a step: inside the products first, then as their lanes come. */
export function sidesAt(step: number): ReadonlySet<LinkSide> {
  const sides: LinkSide[] = ["internal"];
  if (step >= 1) sides.push("upstream");
  if (step >= 2) sides.push("downstream");
  return new Set(sides);
}

export interface RevealNode {
  id: string;
  /** The node's lane (element data `lane`); a node without one is not the chain's and stays. */
  lane?: string;
}

export interface RevealEdge {
  id: string;
  source: string;
  target: string;
  /** A link's side (element data `side`); structure edges have none. */
  side?: string;
  /** A link with nothing behind it. */
  gap?: boolean;
}

export interface Reveal {
  /** Elements not shown yet at this step. */
  hidden: string[];
  /** Gap links lit up (the last step). */
  gaps: string[];
}

/**
 * What a step hides and lights up. A node is shown when its lane is; an edge when both its ends
 * are and, for a link, its side is. From the last step on nothing is hidden.
 */
export function chainReveal(nodes: readonly RevealNode[], edges: readonly RevealEdge[], step: number): Reveal {
  const lanes = lanesAt(step);
  const sides = sidesAt(step);
  const hidden: string[] = [];
  const shown = new Set<string>();
  for (const n of nodes) {
    if (n.lane === undefined || lanes.has(n.lane as Place)) shown.add(n.id);
    else hidden.push(n.id);
  }
  const gaps: string[] = [];
  for (const e of edges) {
    const ends = shown.has(e.source) && shown.has(e.target);
    const side = e.side === undefined || sides.has(e.side as LinkSide);
    if (!ends || !side) hidden.push(e.id);
    else if (e.gap && step >= CHAIN_STEPS - 1) gaps.push(e.id);
  }
  return { hidden, gaps };
}
