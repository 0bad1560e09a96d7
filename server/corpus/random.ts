/** Seeded draws for the corpus (contract/random.ts): the same corpus for the same seed on every machine. */

import { fnv1a, mulberry32 } from "../../contract/random.js";

export type Random = () => number;

/** A generator for one purpose of one seed ("plan 7", "shared names"), independent of the others' draws. */
export function randomFor(seed: number, purpose: string): Random {
  return mulberry32(fnv1a(`${seed}/${purpose}`));
}

export function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}
