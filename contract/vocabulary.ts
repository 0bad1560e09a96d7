/**
 * The graph's vocabulary as plain values, free of zod so the client bundle stays small.
 * contract/graph.ts builds the schemas from these and re-exports them.
 */
export const NODE_TYPES = [
  "Plan",
  "Industry",
  "Direction",
  "Product",
  "Project",
  "Platform",
  "District",
  "Program",
  "Indicator",
] as const;

export const EDGE_TYPES = [
  "PART_OF",
  "HAS_DIRECTION",
  "COVERS",
  "FEEDS",
  "SUPPLIES",
  "HAS_PROJECT",
  "HAS_PLATFORM",
  "KEY_DISTRICT",
  "LOCATED_IN",
  "OVERLAPS",
  "TARGETS",
  "MEASURES",
  "INVOLVES",
] as const;

/** Text evidence has offsets; reference evidence has `kind: "reference"`. */
export function isTextEvidence<E extends object>(e: E): e is Exclude<E, { kind: "reference" }> {
  return !("kind" in e);
}
