/**
 * Search in memory: MiniSearch over names (also in pinyin), English names, aliases and descriptions, with the
 * Chinese-aware terms of tokens.ts. MiniSearch finds the candidates (nodes with all the query's
 * terms, else with any) and scores their relevance (BM25, field boosts); rank.ts orders them.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { SearchHit } from "../../contract/api.js";
import type { GraphNode, NodeType } from "../../contract/graph.js";
import { statedViews } from "../plans/planSet.js";
import { aliasesOf, compareHits, descriptionOf, rankHit, searchText } from "./rank.js";
import { pinyinKeys } from "./pinyin.js";
import { indexTerms, isWordTerm, queryTerms } from "./tokens.js";

export { around } from "./rank.js";

interface Field {
  name: string;
  boost: number;
  text(node: GraphNode): string;
  /** How the field's text becomes terms; a pinyin field would pass its own. */
  terms?: (text: string) => string[];
}

/** Every plan's text of a field, once each. */
const each = (n: GraphNode, f: (v: GraphNode) => string[]): string => [...new Set(statedViews(n).flatMap(f))].filter(Boolean).join("\n");

/** The indexed fields: the name also in pinyin, full and initials (集成电路 → jichengdianlu jcdl). */
const FIELDS: readonly Field[] = [
  { name: "name", boost: 3, text: (n) => n.name },
  { name: "pinyin", boost: 2, text: (n) => pinyinKeys(n.name).join(" ") },
  // a node several plans state differently is found by any plan's English name, alias or description
  { name: "nameEn", boost: 2, text: (n) => each(n, (v) => [v.nameEn ?? ""]) },
  { name: "aliases", boost: 2, text: (n) => each(n, aliasesOf) },
  { name: "description", boost: 1, text: (n) => each(n, (v) => [descriptionOf(v)]) },
];
const FIELD = new Map(FIELDS.map((f) => [f.name, f]));

export interface SearchIndex {
  search(q: string, opts: { types?: NodeType[]; limit: number }): SearchHit[];
}

export function createSearchIndex(nodes: readonly GraphNode[]): SearchIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const index = new MiniSearch<GraphNode>({
    idField: "id",
    fields: FIELDS.map((f) => f.name),
    storeFields: ["type"],
    extractField: (node, field) => FIELD.get(field)?.text(node) ?? (node as unknown as Record<string, string>)[field],
    tokenize: (text, field) => (FIELD.get(field ?? "")?.terms ?? indexTerms)(text),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTerms,
      processTerm: (term) => term,
      boost: Object.fromEntries(FIELDS.map((f) => [f.name, f.boost])),
      prefix: (term) => isWordTerm(term), // no fuzzy matching: the Neo4j store could not match it
    },
  });
  index.addAll([...byId.values()]);

  return {
    search(q, { types, limit }) {
      const query = searchText(q);
      if (!query) return [];
      const wanted = types?.length ? new Set<string>(types) : undefined;
      const filter = wanted && ((r: SearchResult) => wanted.has(String(r.type)));
      let found = index.search(query, { combineWith: "AND", filter });
      if (found.length === 0) found = index.search(query, { combineWith: "OR", filter });
      return found
        .map((r) => rankHit(byId.get(String(r.id))!, query, r.score))
        .sort(compareHits)
        .slice(0, limit);
    },
  };
}
