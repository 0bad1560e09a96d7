/**
 * From a list item as written to the name of a product: drop a trailing abbreviation in brackets
 * (kept as a name of its own when it is Latin: MOSFET, AMOLED), modifiers in front (高性能, 大型),
 * quantities, activity and kind words at the end (LED芯片制造, 轴承产品). Then, with a vocabulary
 * (the curated products, when the curation is not hidden), resolve a name to the term it ends with
 * (中高频射频前端芯片 → 射频前端芯片). Pure.
 */
import { ACTIVITY_END, GENERIC, KIND_END, MODIFIERS, NOT_PRODUCT_END, OPENERS } from "./words.js";

const BRACKET_END = /（([^（）]*)）$/;
const BRACKETS = /（[^（）]*）|\([^()]*\)/g;
const QUANTITY = /^(年产)?([\d.]+(万|亿)?(吨|台|套|片|米|平方米|平方英尺|英寸|纳米|MW|m³)(\/年)?\/?)+|^年产[\d.]+(万|亿)?/;
/** A project's or site's name around a product: 摄像头产业园, 触摸屏元器件生产基地. */
const PROJECT_END = /(（[^（）]*）)?(产业园|科技园|园区|生产基地|制造基地|研发中心|基地|项目|生产线|产业化)$/;
const LATIN = /^[A-Za-z][A-Za-z0-9\-+ ]*$/;

/** The names an item gives: its Chinese name, and the abbreviation in brackets after it. */
export function namesOfItem(item: string): string[] {
  const out: string[] = [];
  const m = BRACKET_END.exec(item);
  if (m && LATIN.test(m[1].trim())) out.push(m[1].trim());
  // "车身传感器/控制器", "氢气/液氢": alternatives (not "8英寸/12英寸")
  const parts = item.replace(BRACKETS, "").split("/");
  if (parts.length > 1 && parts.every((p) => p.length >= 2 && !/^\d/.test(p))) out.push(...parts.map(normalise));
  else out.push(normalise(item));
  return out.filter((n, i) => n && out.indexOf(n) === i);
}

export function normalise(item: string): string {
  let s = item.replace(BRACKETS, "").replace(/\s+/g, "").replace(/^[和及与并其]/, "");
  for (let before = ""; before !== s; ) {
    before = s;
    s = s.replace(QUANTITY, "").replace(PROJECT_END, "");
    for (const m of MODIFIERS) if (s.startsWith(m) && s.length - m.length >= 2) s = s.slice(m.length);
    const bare = s.replace(ACTIVITY_END, "");
    if (bare.length >= 3) s = bare;
    if (KIND_END.test(s) && s.length > 3) s = s.replace(KIND_END, "");
  }
  return s;
}

/** Whether a name can be a product: not generic, not a project, place, quality or activity. */
export function isProductName(name: string): boolean {
  if (name.length < 2 || name.length > 20) return false;
  if (GENERIC.has(name) || MODIFIERS.includes(name) || NOT_PRODUCT_END.test(name)) return false;
  if (/[，、；。的“”]|重庆|我市|中$/.test(name) || /^[\d.]+$/.test(name)) return false;
  if (OPENERS.some((w) => w.length >= 2 && name.startsWith(w))) return false;
  return true;
}

export interface Vocabulary {
  /** term or alias → term */
  names: Map<string, string>;
}

export function vocabulary(terms: readonly { term: string; aliases?: readonly string[] }[]): Vocabulary {
  const names = new Map<string, string>();
  for (const t of terms) for (const n of [t.term, ...(t.aliases ?? [])]) if (!names.has(n)) names.set(n, t.term);
  return { names };
}

/** The term a name stands for: itself, the term of its alias, or the longest term it ends with. */
export function resolveName(vocab: Vocabulary, name: string): string {
  const exact = vocab.names.get(name);
  if (exact) return exact;
  let best = "";
  for (const n of vocab.names.keys()) if (n.length > best.length && n.length >= 2 && n.length < name.length && name.endsWith(n)) best = n;
  if (best) return vocab.names.get(best)!;
  // "硅基气凝胶材料" is 气凝胶: a kind word after a known name
  const bare = name.replace(/(材料|产品)$/, "");
  if (bare === name || bare.length < 2) return name;
  const term = resolveName(vocab, bare);
  return vocab.names.has(term) ? term : name;
}
