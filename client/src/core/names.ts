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

type Named = Pick<GraphNode, "name" | "nameEn"> & { props?: GraphNode["props"] };

/** The pinyin the importer gives a node the plan names only in Chinese (`props.pinyin`). */
const pinyinOf = (node: Named): string | undefined =>
  typeof node.props?.pinyin === "string" ? node.props.pinyin : undefined;

/**
 * The name in the chosen language: in English the curated English name, else readable pinyin,
 * else the plan's Chinese name; in Chinese the plan's name.
 */
export function displayName(node: Named, lang: Lang): string {
  if (lang === "zh") return node.name;
  return node.nameEn ?? pinyinOf(node) ?? node.name;
}

/**
 * The language of what displayName shows, for the element's `lang` attribute (screen readers say
 * it right; the journeys' language check skips names): `zh`, `en`, or `zh-Latn` for pinyin.
 */
export function displayNameLang(node: Named, lang: Lang): "zh" | "en" | "zh-Latn" {
  if (lang === "zh") return "zh";
  if (node.nameEn) return "en";
  return pinyinOf(node) ? "zh-Latn" : "zh";
}

/** Fallback name for an id whose node is unknown: the key after the type prefix. */
export function nameFromId(id: string): string {
  const i = id.indexOf(":");
  return i >= 0 ? id.slice(i + 1) : id;
}
