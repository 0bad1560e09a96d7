/**
 * One order for ids everywhere: plain UTF-16 code-unit order, never the locale's, so that the
 * memory and Neo4j stores (and any machine) sort the same lists the same way.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct ids, in id order. */
export function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}
