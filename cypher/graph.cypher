// graph.cypher — the nodes of the given types and the edges among them, in import order.
// Parameters: $types (list of node types)
// Columns: nodes (list of node maps), edges (list of edge maps)
CALL () {
  MATCH (n:Entity)
  WHERE n.type IN $types
  WITH n ORDER BY n.seq
  RETURN collect(n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.type IN $types AND b.type IN $types
  WITH a, r, b ORDER BY r.seq
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN nodes, edges
