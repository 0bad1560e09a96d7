// paths.cypher — the corridor between two nodes: every node on some walk of at most $maxDepth
// edges from $from to $to (dist($from, v) + dist(v, $to) <= $maxDepth, edges in either direction),
// and the edges among those nodes. kShortestPaths (server/domain/paths.ts) then lists the k shortest
// simple paths in it, so both stores apply one rule for length, id order and parallel edges.
// Parameters: $from (string), $to (string), $maxDepth (integer 1..6)
// Columns: nodes (list of node maps), edges (list of edge maps); no row unless both nodes exist
// Why a corridor: `SHORTEST k` takes an integer literal, not a parameter (Neo4j 5.26), and quantifier
// bounds cannot be parameters either; 6 (the API's bound) is written out and $maxDepth filters.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a) {
  MATCH p = ANY SHORTEST (a)-[]-{0,6}(v:Entity)
  WHERE length(p) <= $maxDepth
  RETURN collect({v: v, d: length(p)}) AS nearA
}
CALL (b) {
  MATCH p = ANY SHORTEST (b)-[]-{0,6}(v:Entity)
  WHERE length(p) <= $maxDepth
  RETURN collect({v: v, d: length(p)}) AS nearB
}
CALL (nearA, nearB) {
  UNWIND nearA AS x
  UNWIND nearB AS y
  WITH x, y WHERE x.v = y.v AND x.d + y.d <= $maxDepth
  RETURN collect(x.v) AS corridor
}
CALL (corridor) {
  UNWIND corridor AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t IN corridor
  RETURN collect({id: r.id, type: type(r), source: s.id, target: t.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN [n IN corridor | n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}] AS nodes, edges
