/**
 * How search hits are ranked and shown, apart from how candidates are found, so that the memory
 * store (MiniSearch) and the Neo4j store (its full-text index) rank their candidates alike.
 * Tiers, best first:
 *   7 the name is the query · 6 an English name, alias or pinyin key is · 5 the name starts with it ·
 *   4 an English name, alias or pinyin key does · 3 the name contains it · 2 an English name,
 *   alias or pinyin key does ·
 *   1 the description contains it · 0 only its terms match.
 * Within the tiers that match a name, shorter names first, then by id: no engine's relevance, so
 * both stores agree on every hit that matches a name; below them, relevance (the engine's score)
 * first, then shorter names. `score` encodes exactly that order (higher is better); equal scores go by id.
 */
import type { SearchHit } from "../../contract/api.js";
import type { GraphNode } from "../../contract/graph.js";
import { compareIds } from "./ids.js";
import { pinyinKeys } from "./pinyin.js";
import { indexTerms, isWordTerm, normalize, queryTerms } from "./tokens.js";

/** The query as search compares it (NFKC, lower case, single spaces); "" when it has no terms. */
export function searchText(q: string): string {
  const query = normalize(q).trim().replace(/\s+/g, " ");
  return queryTerms(query).length ? query : "";
}

/** Whether every term of the query is in the node's fields (a word term also as a prefix). */
export function hasAllTerms(node: GraphNode, query: string): boolean {
  const own = ownTerms(node);
  return queryTerms(query).every((t) => own.has(t) || (isWordTerm(t) && [...own].some((o) => o.startsWith(t))));
}

/**
 * The terms of a node's keys and description, as the index has them. Kept by text: the Neo4j
 * store checks every candidate of every search against them, and a graph's texts are few. Bounded:
 * emptied when full.
 */
export function ownTerms(node: GraphNode): ReadonlySet<string> {
  const texts = [...keysOf(node), descriptionOf(node)];
  const key = texts.join("\u0000");
  let terms = termsByText.get(key);
  if (!terms) {
    if (termsByText.size >= TERMS_MAX) termsByText.clear();
    terms = new Set(texts.flatMap(indexTerms));
    termsByText.set(key, terms);
  }
  return terms;
}
const termsByText = new Map<string, ReadonlySet<string>>();
const TERMS_MAX = 20_000;

/** A hit for a candidate, `query` being searchText's, `relevance` the engine's score (≥ 0). */
export function rankHit(node: GraphNode, query: string, relevance: number): SearchHit {
  const tier = tierOf(node, query);
  const f = relevance / (relevance + 1); // in [0, 1)
  const len = Math.min([...node.name].length, 99);
  const within = tier >= 2 ? 10 * (100 - len) : 990 * f + (100 - len) / 100; // < 1000
  const score = Math.round((tier * 1000 + within) * 10_000) / 10_000;
  return { id: node.id, type: node.type, name: node.name, score, snippet: snippetOf(node, query) };
}

/** Best first. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || compareIds(a.id, b.id);
}

function tierOf(node: GraphNode, query: string): number {
  let tier = normalize(descriptionOf(node)).includes(query) ? 1 : 0;
  keysOf(node).forEach((title, i) => {
    const t = normalize(title);
    const kind = t === query ? 3 : t.startsWith(query) ? 2 : t.includes(query) ? 1 : 0;
    if (kind) tier = Math.max(tier, kind * 2 + (i === 0 ? 1 : 0));
  });
  return tier;
}

/** The text that matched (the whole query, else its first term that does), around the match, or the name. */
function snippetOf(node: GraphNode, query: string): string {
  const description = descriptionOf(node);
  for (const needle of [query, ...queryTerms(query)]) {
    for (const text of [...titlesOf(node), description]) {
      const at = normalize(text).indexOf(needle);
      if (at >= 0) return text === node.name ? node.name : around(text, at, needle.length);
    }
  }
  return node.name;
}

const SNIPPET = 60;

/** At most 60 characters of `text` around [at, at + length), with … where it was cut. */
export function around(text: string, at: number, length: number): string {
  // Offsets come from the normalised text; show that one where normalising changed the length.
  const shown = normalize(text).length === text.length ? text : normalize(text);
  if (shown.length <= SNIPPET) return shown;
  const start = Math.max(0, at - Math.max(0, Math.floor((SNIPPET - 2 - length) / 2)));
  if (start === 0) return shown.slice(0, SNIPPET - 1) + "…";
  if (start + SNIPPET - 1 >= shown.length) return "…" + shown.slice(shown.length - (SNIPPET - 1));
  return "…" + shown.slice(start, start + SNIPPET - 2) + "…";
}

/** What a name search matches: the titles, then the name's pinyin keys (jichengdianlu, jcdl). */
export function keysOf(node: GraphNode): string[] {
  return [...titlesOf(node), ...pinyinKeys(node.name)];
}

/** The name, the English name ("" when none) and the aliases, in that order. */
export function titlesOf(node: GraphNode): string[] {
  return [node.name, node.nameEn ?? "", ...aliasesOf(node)];
}

export function aliasesOf(node: GraphNode): string[] {
  const a = node.props.aliases;
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === "string") : [];
}

export function descriptionOf(node: GraphNode): string {
  const d = node.props.description;
  return typeof d === "string" ? d : "";
}
