// export.cypher — the whole graph, streamed: every node, then every edge, in import order; of every
// plan or of one.
// Parameters: $plan (plan id, or null for every plan)
// Columns: node (node map or null), edge (edge map or null)
// With $plan: only nodes and relationships whose `plans` hold it.
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
CALL (run) {
  MATCH (n:Entity {importRun: run})
  WHERE $plan IS NULL OR $plan IN n.plans
  RETURN n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, null AS edge, 0 AS part, n.seq AS seq
  UNION ALL
  MATCH (a:Entity {importRun: run})-[r]->(b:Entity)
  WHERE $plan IS NULL OR ($plan IN r.plans AND $plan IN a.plans AND $plan IN b.plans)
  RETURN null AS node,
         {id: r.id, type: type(r), source: a.id, target: b.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson} AS edge,
         1 AS part, r.seq AS seq
}
RETURN node, edge
ORDER BY part, seq
