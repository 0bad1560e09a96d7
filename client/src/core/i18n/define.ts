/**
 * One area's interface strings in both languages. `zh` must carry every key of `en` with the same
 * parameters, so a missing or misspelt key fails the type check (and `npm test`).
 */

/** A message: a string, or a function of its parameters that returns one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters of any message function
export type Message = string | ((...args: any[]) => string);
export type Catalog = Record<string, Message>;

/** Literal strings widened to `string`; functions kept as they are. */
export type Widen<E extends Catalog> = { [K in keyof E]: E[K] extends string ? string : E[K] };

export interface Bilingual<E extends Catalog> {
  en: Widen<E>;
  zh: Widen<E>;
}

export function defineMessages<const E extends Catalog>(en: E, zh: Widen<E>): Bilingual<E> {
  return { en: en as Widen<E>, zh };
}
