/**
 * Search on Neo4j: the full-text index (cjk analyzer) finds the candidates and scores them; they
 * are then ranked by the memory store's rule (server/domain/search.ts), with the Lucene score as
 * the relevance:
 *   - all query terms (tokens.ts) present, else any — as the memory store's AND-then-OR;
 *   - tiers, best first: the name is the query · an English name or alias is · the name starts
 *     with it · an English name or alias does · the name contains it · an English name or alias
 *     does · the description contains it · only some terms match; within name tiers shorter names
 *     first, then relevance; below them relevance first;
 *   - ties by id.
 * The rule is restated here because search.ts keeps its ranking private; the contract suite pins
 * both stores to the same top hits.
 */
import type { SearchHit } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { compareIds } from "../../domain/ids.js";
import { around } from "../../domain/search.js";
import { indexTerms, isWordTerm, normalize, queryTerms } from "../../domain/tokens.js";

/** The query as search compares it (NFKC, lower case, single spaces); "" when it has no terms. */
export function searchText(q: string): string {
  const query = normalize(q).trim().replace(/\s+/g, " ");
  return queryTerms(query).length ? query : "";
}

/** The query for Lucene's classic parser: every operator character escaped, so it is only words. */
export function luceneQuery(query: string): string {
  return query.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

export function rankHits(candidates: { node: GraphNode; score: number }[], query: string, limit: number): SearchHit[] {
  const terms = queryTerms(query);
  const all = candidates.filter(({ node }) => hasAllTerms(node, terms));
  return (all.length ? all : candidates)
    .map(({ node, score }) => hit(node, query, score))
    .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
    .slice(0, limit);
}

function hasAllTerms(node: GraphNode, terms: string[]): boolean {
  const own = new Set(titlesOf(node).concat(descriptionOf(node)).flatMap(indexTerms));
  return terms.every((t) => own.has(t) || (isWordTerm(t) && [...own].some((o) => o.startsWith(t))));
}

function hit(node: GraphNode, query: string, relevance: number): SearchHit {
  const tier = tierOf(node, query);
  const f = relevance / (relevance + 1); // in [0, 1)
  const len = Math.min([...node.name].length, 99);
  const within = tier >= 2 ? 10 * (100 - len) + 9 * f : 990 * f + (100 - len) / 100; // < 1000
  const score = Math.round((tier * 1000 + within) * 10_000) / 10_000;
  return { id: node.id, type: node.type, name: node.name, score, snippet: snippetOf(node, query) };
}

function tierOf(node: GraphNode, query: string): number {
  let tier = normalize(descriptionOf(node)).includes(query) ? 1 : 0;
  titlesOf(node).forEach((title, i) => {
    const t = normalize(title);
    const kind = t === query ? 3 : t.startsWith(query) ? 2 : t.includes(query) ? 1 : 0;
    if (kind) tier = Math.max(tier, kind * 2 + (i === 0 ? 1 : 0));
  });
  return tier;
}

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

function titlesOf(node: GraphNode): string[] {
  const a = node.props.aliases;
  const aliases = Array.isArray(a) ? a.filter((x): x is string => typeof x === "string") : [];
  return [node.name, node.nameEn ?? "", ...aliases];
}

function descriptionOf(node: GraphNode): string {
  const d = node.props.description;
  return typeof d === "string" ? d : "";
}
