// export.cypher — the whole graph, streamed: every node, then every edge, in import order.
// Parameters: none
// Columns: node (node map or null), edge (edge map or null)
CALL () {
  MATCH (n:Entity)
  RETURN n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, null AS edge, 0 AS part, n.seq AS seq
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN null AS node,
         {id: r.id, type: type(r), source: a.id, target: b.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson} AS edge,
         1 AS part, r.seq AS seq
}
RETURN node, edge
ORDER BY part, seq
