// search-contains.cypher — the fallback when the full-text index finds nothing (a lone Chinese
// character: the cjk analyzer indexes Chinese runs as bigrams only): substring matches on the
// names, aliases and description, compared in lower case.
// Parameters: $needle (string, lower case), $types (list of node types, or null for all), $plan (plan id, or null for every plan), $candidates (integer)
// Columns: node (node map), score (float: 1.0)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (n:Entity {importRun: run})
WHERE ($types IS NULL OR n.type IN $types)
  AND ($plan IS NULL OR $plan IN n.plans)
  AND (toLower(n.name) CONTAINS $needle OR toLower(coalesce(n.nameEn, '')) CONTAINS $needle
       OR toLower(coalesce(n.aliasesText, '')) CONTAINS $needle OR toLower(coalesce(n.description, '')) CONTAINS $needle)
RETURN n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, 1.0 AS score
ORDER BY node.id
LIMIT $candidates
