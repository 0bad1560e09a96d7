// neighbors.cypher — the neighbourhood of a node, breadth first over edges in either direction.
// Parameters: $id (string), $depth (integer 1..3), $types (list of node types, or null for all), $plan (plan id, or null for every plan), $limit (integer)
// Columns: nodes (list of node maps), edges (list of edge maps); no row when there is no such node
// The same rule as the memory store: hop 0 is the start node (whatever its type); a node of another
// type than $types is neither returned nor walked through; nodes are ordered by (hop, id) and the
// first $limit kept; edges are those among the kept nodes, in import order. Depth is at most 3
// (the API's bound), so the three levels are written out.
// With $plan: the start node, every hop (relationship and node) and every edge returned are ones
// whose `plans` hold it — a relationship only another plan states is never walked.
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (s:Entity {id: $id, importRun: run})
WHERE $plan IS NULL OR $plan IN s.plans
CALL (s) {
  UNWIND CASE WHEN $depth >= 1 THEN [s] ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE m <> s AND ($types IS NULL OR m.type IN $types)
    AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT m) AS l1
}
CALL (s, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE m <> s AND NOT m IN l1 AND ($types IS NULL OR m.type IN $types)
    AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT m) AS l2
}
CALL (s, l1, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE m <> s AND NOT m IN l1 AND NOT m IN l2 AND ($types IS NULL OR m.type IN $types)
    AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT m) AS l3
}
UNWIND [{n: s, hop: 0}] + [m IN l1 | {n: m, hop: 1}] + [m IN l2 | {n: m, hop: 2}] + [m IN l3 | {n: m, hop: 3}] AS found
WITH s, found.n AS n, found.hop AS hop
ORDER BY hop, n.id
LIMIT $limit
WITH s, collect(n) AS kept // grouped by s: no start node, no row
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND ($plan IS NULL OR $plan IN r.plans)
  WITH a, r, b ORDER BY r.seq
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN [n IN kept | n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}] AS nodes, edges
