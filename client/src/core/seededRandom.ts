/**
 * Randomness that repeats: layouts that draw random numbers (fcose's spectral start and its
 * constraint shuffles call Math.random) lay the same elements out the same way in every browser
 * when they run under a generator seeded from what they lay out.
 */

export { fnv1a, mulberry32 } from "../../../contract/random.js";
import { fnv1a, mulberry32 } from "../../../contract/random.js";

/** A seed from a set of keys (node ids), whatever their order. */
export function seedOf(keys: Iterable<string>): number {
  return fnv1a([...keys].sort().join("\n"));
}

/**
 * Runs `work` (synchronous) with Math.random replaced by a generator seeded with `seed`, and puts
 * Math.random back afterwards, also when `work` throws.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
