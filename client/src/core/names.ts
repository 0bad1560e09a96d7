/**
 * Names on screen and the languages they come in: a node's name in the chosen language, and a
 * readable fallback for an id whose node is not loaded. Pure; every other core module takes its
 * `Lang` from here, so none of them needs the view state to name a node.
 */
import type { GraphNode } from "../../../contract/graph.js";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
/** The plan's own language: what a URL without `lang` shows. */
export const DEFAULT_LANG: Lang = "zh";

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/** The English name when asked for and known, else the plan's Chinese name. */
export function displayName(node: Pick<GraphNode, "name" | "nameEn">, lang: Lang): string {
  return lang === "en" && node.nameEn ? node.nameEn : node.name;
}

/** Fallback name for an id whose node is unknown: the key after the type prefix. */
export function nameFromId(id: string): string {
  const i = id.indexOf(":");
  return i >= 0 ? id.slice(i + 1) : id;
}
