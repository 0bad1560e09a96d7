// node.cypher — one node and all its incident edges (either direction), in import order; of every
// plan or of one.
// Parameters: $id (string), $plan (plan id, or null for every plan)
// Columns: node (node map), edges (list of edge maps); no row when there is no such node (or the
// plan does not state it)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (n:Entity {id: $id, importRun: run})
WHERE $plan IS NULL OR $plan IN n.plans
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE $plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans)
  WITH DISTINCT r ORDER BY r.seq
  RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, edges
