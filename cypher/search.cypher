// search.cypher — full-text candidates from the `entity_text_v2` index (cjk analyzer: Chinese as
// bigrams) over name, pinyinText, nameEn, aliasesText and description, best Lucene score first.
// Parameters: $query (Lucene query, special characters escaped), $types (list of node types, or null for all), $plan (plan id, or null for every plan), $candidates (integer)
// Columns: node (node map), score (float)
// The store ranks these as the memory store does (exact and prefix name matches first, see
// server/store/neo4j/search.ts); the type and plan filters run after the index's own limit, hence
// $candidates.
CALL db.index.fulltext.queryNodes('entity_text_v2', $query, {limit: $candidates}) YIELD node, score
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH node, score, state.run AS run
WHERE node.importRun = run AND ($types IS NULL OR node.type IN $types) AND ($plan IS NULL OR $plan IN node.plans)
RETURN node {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, score
ORDER BY score DESC, node.id
