// chain.cypher — the neighbourhood buildChain needs for one industry (server/domain/chain.ts,
// steps 1–7 of its header; chainNeighbourhood.ts is the same in TypeScript).
// Parameters: $id (string), $plan (plan id, or null for every plan)
// Columns: nodes (list of node maps), edges (list of edge maps); no row when there is no such node
// With $plan: the industry and every relationship followed, and the node it leads to, are ones whose
// `plans` hold it — the chain of the graph as that plan alone states it.
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (i:Entity {id: $id, importRun: run})
WHERE $plan IS NULL OR $plan IN i.plans
// 1. I's own edges: D directions, J projects, F platforms, N SUPPLIES neighbours
CALL (i) {
  OPTIONAL MATCH (i)-[r:HAS_DIRECTION|HAS_PROJECT|HAS_PLATFORM|KEY_DISTRICT|SUPPLIES]->(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(r) AS out1
}
CALL (i) {
  OPTIONAL MATCH (i)<-[r:SUPPLIES]-(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(r) AS in1
}
WITH i, out1 + in1 AS e1,
     [r IN out1 WHERE type(r) = 'HAS_DIRECTION' | endNode(r)] AS D,
     [r IN out1 WHERE type(r) = 'HAS_PROJECT' | endNode(r)] AS J,
     [r IN out1 WHERE type(r) = 'HAS_PLATFORM' | endNode(r)] AS F,
     [r IN out1 WHERE type(r) = 'SUPPLIES' | endNode(r)] + [r IN in1 | startNode(r)] AS N
// 2. products P: COVERS out of I and D
CALL (i, D) {
  UNWIND [i] + D AS x
  MATCH (x)-[r:COVERS]->(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT r) AS e2
}
WITH i, e1, J, F, N, e2, [r IN e2 | endNode(r)] AS P
// 3. FEEDS with either end in P; L = P and the ends of these FEEDS
CALL (P) {
  UNWIND P AS p
  MATCH (p)-[r:FEEDS]-(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT r) AS e3
}
WITH i, e1, J, F, N, e2, e3, P + [r IN e3 | startNode(r)] + [r IN e3 | endNode(r)] AS L
// 4. INVOLVES into L; Q = the projects at their sources
CALL (L) {
  UNWIND L AS l
  MATCH (m:Entity)-[r:INVOLVES]->(l)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT r) AS e4
}
// 5. HAS_PROJECT and KEY_DISTRICT out of N
CALL (N) {
  UNWIND N AS n
  MATCH (n)-[r:HAS_PROJECT|KEY_DISTRICT]->(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT r) AS e5
}
// 6. LOCATED_IN out of J, F and Q
CALL (J, F, e4) {
  UNWIND J + F + [r IN e4 | startNode(r)] AS x
  MATCH (x)-[r:LOCATED_IN]->(m:Entity)
  WHERE ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
  RETURN collect(DISTINCT r) AS e6
}
// 7. the edges once each, and the nodes at their ends
CALL (i, e1, e2, e3, e4, e5, e6) {
  UNWIND e1 + e2 + e3 + e4 + e5 + e6 AS r
  WITH DISTINCT r
  RETURN collect(r) AS rels, collect(startNode(r)) + collect(endNode(r)) AS ends
}
CALL (i, ends) {
  UNWIND [i] + ends AS n
  WITH DISTINCT n
  RETURN collect(n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}) AS nodes
}
RETURN nodes,
       [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}] AS edges
