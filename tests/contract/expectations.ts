/** Assertions whose failure says which store answered and what differs from the expected answer. */
import { expect } from "vitest";

/** Two id lists as sets: the failure lists the missing, unexpected and repeated ids. */
export function expectSameIds(store: string, what: string, actual: readonly string[], expected: readonly string[]): void {
  const have = new Set(actual);
  const want = new Set(expected);
  const diff = {
    missing: [...want].filter((id) => !have.has(id)),
    unexpected: [...have].filter((id) => !want.has(id)),
    repeated: actual.filter((id, i) => actual.indexOf(id) !== i),
  };
  expect(diff, `${store} store: ${what} differs from the expected answer`).toEqual({ missing: [], unexpected: [], repeated: [] });
}

/** Deep equality with the store and the question named; vitest prints the difference. */
export function expectSameAnswer<T>(store: string, what: string, actual: T, expected: T): void {
  expect(actual, `${store} store: ${what} differs from the expected answer`).toEqual(expected);
}

export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Resolves to the error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>, what = "the call"): Promise<Error> {
  let value: unknown;
  try {
    value = await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error(`expected ${what} to fail, but it answered ${JSON.stringify(value)?.slice(0, 300)}`);
}
