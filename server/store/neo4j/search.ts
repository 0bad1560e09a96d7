/**
 * Search on Neo4j: the full-text index (cjk analyzer) finds the candidates and scores them; they
 * are ranked by the same rule as the memory store's (server/domain/rank.ts), the Lucene score
 * standing in for MiniSearch's relevance. All query terms present, else any (AND, then OR).
 */
import type { SearchHit } from "../../../contract/api.js";
import type { GraphNode } from "../../../contract/graph.js";
import { compareHits, hasAllTerms, ownTerms, rankHit } from "../../domain/rank.js";
import { isWordTerm, queryTerms } from "../../domain/tokens.js";

export { searchText } from "../../domain/rank.js";

/**
 * The query for Lucene's classic parser: every operator character escaped, so it is only words;
 * a Latin word also as a prefix (jcdl → jcdl*), as the memory store matches word terms.
 */
export function luceneQuery(query: string): string {
  return query
    .split(" ")
    .map((word) => {
      const escaped = word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
      return /^[a-z0-9]+$/.test(word) ? `${escaped} ${escaped}*` : escaped;
    })
    .join(" ");
}

export function rankHits(candidates: { node: GraphNode; score: number }[], query: string, limit: number): SearchHit[] {
  const all = candidates.filter(({ node }) => hasAllTerms(node, query));
  return (all.length ? all : candidates)
    .map(({ node, score }) => rankHit(node, query, score))
    .sort(compareHits)
    .slice(0, limit);
}

/**
 * Whether some term of the query is in the node's own fields (a word term also as a prefix). Where
 * plans state a node differently the index holds every plan's text (./mapping.ts), so a candidate
 * found only through another plan's name, alias or description is dropped: the memory store's
 * index of the graph asked for (or of one plan's) would not have found it.
 */
export function hasSomeTerm(node: GraphNode, query: string): boolean {
  const own = ownTerms(node);
  return queryTerms(query).some((t) => own.has(t) || (isWordTerm(t) && [...own].some((o) => o.startsWith(t))));
}
