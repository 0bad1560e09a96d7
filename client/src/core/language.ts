/**
 * Which language the interface opens in, and which language a piece of text is in. Pure: the
 * browser's languages are passed in (navigator.languages), so tests need no browser.
 */
import { DEFAULT_LANG, type Lang } from "./names.js";

/**
 * The interface language a URL without `lang` opens in: Chinese for a browser that prefers any
 * Chinese (zh, zh-CN, zh-Hant-TW …), English otherwise. The first preference decides, as the
 * browser's own order says; with none known, the plan's language.
 */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.find((l) => l.trim() !== "");
  if (!first) return DEFAULT_LANG;
  return /^zh\b/i.test(first.trim()) ? "zh" : "en";
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The language of a name or quote shown on screen, for its `lang` attribute: Chinese when it holds
 * any Chinese character (a Chinese name, or an English name quoting one), else English (an English
 * or pinyin name). Screen readers and the journeys' language check read it.
 */
export function textLang(text: string): Lang {
  return CJK.test(text) ? "zh" : "en";
}

