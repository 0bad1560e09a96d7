// node.cypher — one node and all its incident edges (either direction), in import order.
// Parameters: $id (string)
// Columns: node (node map), edges (list of edge maps); no row when there is no such node
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WITH DISTINCT r ORDER BY r.seq
  RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson} AS node, edges
