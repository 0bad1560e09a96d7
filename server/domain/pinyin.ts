/**
 * Pinyin keys of a Chinese name, so that a name can be found by typing Latin letters: the full
 * pinyin without tones or spaces (集成电路 → jichengdianlu) and its initials (→ jcdl). pinyin-pro
 * reads polyphonic characters in context (重庆 → chongqing, 长寿 → changshou).
 */
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/** [full pinyin, initials] of a name with Chinese characters; [] for one without. */
export function pinyinKeys(name: string): string[] {
  if (!HAN.test(name)) return [];
  const join = (parts: string[]) => parts.join("").replace(/\s+/g, "").replace(/ü/g, "v").toLowerCase();
  const options = { toneType: "none", type: "array", nonZh: "consecutive" } as const;
  const full = join(pinyin(name, options));
  const initials = join(pinyin(name, { ...options, pattern: "first" }));
  return full === initials ? [full] : [full, initials];
}
