/**
 * Whether a string people read is in the page's language: the rule the journeys' language check
 * applies to every visible interface string (pure, so it is unit-tested and runs in Node, not in
 * the page).
 */

export type PageLang = "zh" | "en";

/** Chinese characters and the full-width punctuation that only Chinese text uses. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;

/** A Latin word people would have to read: three letters or more. */
const LATIN_WORD = /[A-Za-z]{3,}/;

/**
 * Words a Chinese interface keeps in Latin letters, because Chinese users know them that way:
 * the product's name, names of other products and formats, keys on a keyboard, units and
 * acronyms of standards. Each is matched as a whole word, case-sensitively.
 */
export const ZH_LATIN_ALLOWED = [
  "Chain Atlas", // the product's name
  "Neo4j", // another product's name
  "Cypher", // a query language's name
  "GB/T", // the standard codes are named by
  "CSV",
  "TSV",
  "PNG",
  "SVG",
  "PPTX",
  "JSON",
  "GraphML", // file formats
  "Esc",
  "Enter",
  "Tab",
  "Ctrl",
  "Shift", // keys
  "km", // a unit
  "URL",
  "API",
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const ALLOWED = new RegExp(`(?<![A-Za-z])(?:${ZH_LATIN_ALLOWED.map(escape).join("|")})(?![A-Za-z])`, "g");

/** The primary subtag of a BCP 47 tag, lower case: "zh-CN" → "zh". */
export function primaryLang(tag: string | null | undefined): string {
  return (tag ?? "").trim().toLowerCase().split("-")[0];
}

/**
 * True when `text` is not in `lang`: in Chinese, a string with no Chinese character and a Latin
 * word that is not on the allowed list (digits, units and symbols alone are fine); in English, any
 * Chinese character.
 */
export function notInLanguage(text: string, lang: PageLang): boolean {
  if (lang === "en") return CJK.test(text);
  if (CJK.test(text)) return false;
  return LATIN_WORD.test(text.replace(ALLOWED, " "));
}

/** A string found on the page, with the language of the element it sits in. */
export interface PageText {
  text: string;
  where: string;
  /** The `lang` of its closest element below <html> that has one ("" when none: the page's language). */
  lang: string;
}

/**
 * The strings that are in the wrong language. An element marked with `lang` shows a name or a
 * quote from the plan (the client's convention): in another language it is skipped; marked
 * Chinese on a Chinese page, it may be a Latin-only name the plan uses (MEMS, IGBT), so only
 * unmarked interface text must contain Chinese. An English-marked name must still have no Chinese.
 */
export function wrongLanguage(texts: readonly PageText[], lang: PageLang): { text: string; where: string }[] {
  const seen = new Set<string>();
  const out: { text: string; where: string }[] = [];
  for (const t of texts) {
    if (t.lang && primaryLang(t.lang) !== lang) continue;
    if (t.lang && lang === "zh") continue;
    if (!notInLanguage(t.text, lang)) continue;
    const key = `${t.where}\u0000${t.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: t.text, where: t.where });
  }
  return out;
}
