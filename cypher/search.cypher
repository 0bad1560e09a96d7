// search.cypher — full-text candidates from the `entity_text_v2` index (cjk analyzer: Chinese as
// bigrams) over name, pinyinText, nameEn, aliasesText and description, best Lucene score first.
// Parameters: $query (Lucene query, special characters escaped), $types (list of node types, or null for all), $candidates (integer)
// Columns: node (node map), score (float)
// The store ranks these as the memory store does (exact and prefix name matches first, see
// server/store/neo4j/search.ts); the type filter runs after the index's own limit, hence $candidates.
CALL db.index.fulltext.queryNodes('entity_text_v2', $query, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, score
ORDER BY score DESC, node.id
