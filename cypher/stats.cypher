// stats.cypher — counts of nodes and of edges by type.
// Parameters: none
// Columns: kind ('node' | 'edge'), type (string), count (integer)
MATCH (n:Entity)
RETURN 'node' AS kind, n.type AS type, count(*) AS count
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
RETURN 'edge' AS kind, type(r) AS type, count(*) AS count
