// graph.cypher — the nodes of the given types and the edges among them, in import order, of every
// plan or of one.
// Parameters: $types (list of node types), $plan (plan id, or null for every plan)
// Columns: nodes (list of node maps), edges (list of edge maps)
// With $plan: only nodes and relationships whose `plans` hold it.
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
CALL (run) {
  MATCH (n:Entity {importRun: run})
  WHERE n.type IN $types AND ($plan IS NULL OR $plan IN n.plans)
  WITH n ORDER BY n.seq
  RETURN collect(n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}) AS nodes
}
CALL (run) {
  MATCH (a:Entity {importRun: run})-[r]->(b:Entity)
  WHERE a.type IN $types AND b.type IN $types
    AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN a.plans AND $plan IN b.plans))
  WITH a, r, b ORDER BY r.seq
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN nodes, edges
