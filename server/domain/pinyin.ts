/**
 * Pinyin keys of a Chinese name, so that a name can be found by typing Latin letters: the full
 * pinyin without tones or spaces (集成电路 → jichengdianlu) and its initials (→ jcdl). pinyin-pro
 * reads polyphonic characters in context (重庆 → chongqing, 长寿 → changshou).
 */
import { OutputFormat, pinyin, segment } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/**
 * Names seen, with their keys: pinyin-pro's reading is the costliest step of ranking a search's
 * candidates (the Neo4j store ranks up to 500 per request), and a graph's names are few. Bounded:
 * emptied when full.
 */
const known = new Map<string, readonly string[]>();
const KNOWN_MAX = 100_000;

/** [full pinyin, initials] of a name with Chinese characters; [] for one without. */
export function pinyinKeys(name: string): readonly string[] {
  const seen = known.get(name);
  if (seen) return seen;
  if (known.size >= KNOWN_MAX) known.clear();
  const keys = Object.freeze(readKeys(name));
  known.set(name, keys);
  return keys;
}

function readKeys(name: string): string[] {
  if (!HAN.test(name)) return [];
  const join = (parts: string[]) => parts.join("").replace(/\s+/g, "").replace(/ü/g, "v").toLowerCase();
  const options = { toneType: "none", type: "array", nonZh: "consecutive" } as const;
  const full = join(pinyin(name, options));
  const initials = join(pinyin(name, { ...options, pattern: "first" }));
  return full === initials ? [full] : [full, initials];
}

/**
 * A name as an English reader can say it, where no English name is curated: pinyin with tone
 * marks, a word per segment pinyin-pro knows (重庆 → Chóngqìng), digits and Latin kept as they are.
 */
export function readablePinyin(name: string): string | undefined {
  if (!HAN.test(name)) return undefined;
  const words: string[] = [];
  let lastLatin = false;
  for (const { origin, result } of segment(name, { format: OutputFormat.AllSegment, toneType: "symbol" })) {
    const latin = !HAN.test(origin);
    if (latin && !/[\p{L}\p{N}]/u.test(origin)) {
      lastLatin = false; // punctuation: dropped, and it ends a Latin run
      continue;
    }
    // runs of digits and Latin letters stay one word (10万 → 10 wàn, AMOLED)
    if (latin && lastLatin) words[words.length - 1] += origin;
    else words.push(result);
    lastLatin = latin;
  }
  const text = words.join(" ").trim();
  return text ? text[0].toUpperCase() + text.slice(1) : undefined;
}
