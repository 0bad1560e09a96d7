/**
 * Every string of the interface, by area, in Chinese and English. Components read them through
 * `useMessages()` (ui/i18n.tsx): `m.chain.gapsTitle`, `m.chain.gapCount(3)`.
 */
import type { Lang } from "../names.js";
import { chain } from "./chain.js";
import { common } from "./common.js";
import { compare } from "./compare.js";
import { cypher } from "./cypher.js";
import { details } from "./details.js";
import { districts } from "./districts.js";
import { overview } from "./overview.js";
import { path } from "./path.js";
import { plans } from "./plans.js";
import { exporting } from "./exporting.js";
import { present } from "./present.js";
import { share } from "./share.js";
import { story } from "./story.js";
import { reader } from "./reader.js";
import { renderer } from "./renderer.js";
import { search } from "./search.js";
import { shell } from "./shell.js";

const AREAS = { shell, common, overview, chain, path, districts, reader, cypher, details, search, share, exporting, story, present, plans, compare, renderer };

type Areas = typeof AREAS;
export type Messages = { readonly [A in keyof Areas]: Areas[A]["en"] };

const BY_LANG: Record<Lang, Messages> = {
  en: Object.fromEntries(Object.entries(AREAS).map(([k, v]) => [k, v.en])) as unknown as Messages,
  zh: Object.fromEntries(Object.entries(AREAS).map(([k, v]) => [k, v.zh])) as unknown as Messages,
};

export function messagesFor(lang: Lang): Messages {
  return BY_LANG[lang];
}

/** Every area's catalog, for tests that check the catalogs themselves. */
export const CATALOGS: Record<string, { en: Record<string, unknown>; zh: Record<string, unknown> }> = AREAS;
