/**
 * Search terms for Chinese and Latin text. Chinese has no spaces, so a run of Han characters is
 * indexed as its single characters and its overlapping pairs (bigrams), and a query run is looked up
 * by its bigrams: 集成电路 → 集成 成电 电路, found inside 集成电路创新研究院. Runs of other letters
 * and digits are whole words. A later pinyin field needs no change here: pinyin is Latin words.
 */

/** Text as search compares it (the graph keeps the plan's characters): NFKC, lower case. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

function eachRun(text: string, han: (run: string[]) => void, word: (w: string) => void): void {
  for (const m of normalize(text).matchAll(RUNS)) {
    if (m[1]) han([...m[1]]);
    else word(m[2]);
  }
}

/** Terms of indexed text: every Han character and every neighbouring pair; other words whole. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  eachRun(
    text,
    (chars) => {
      for (let i = 0; i < chars.length; i++) {
        out.push(chars[i]);
        if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
      }
    },
    (w) => out.push(w),
  );
  return out;
}

/** Terms of a query: the Han bigrams (a lone character as itself); other words whole. */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  eachRun(
    text,
    (chars) => {
      if (chars.length === 1) out.push(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    },
    (w) => out.push(w),
  );
  return out;
}

/** A term that is a word of letters or digits (not Han): worth prefix and fuzzy matching. */
export function isWordTerm(term: string): boolean {
  return !/\p{Script=Han}/u.test(term);
}
