// paths.cypher — the corridor between two nodes: every node v with dist($from, v) + dist(v, $to)
// <= $maxDepth (hops over edges in either direction), and the edges among those nodes.
// kShortestPaths (server/domain/paths.ts) then lists the k shortest simple paths in it, so both
// stores apply one rule for length, id order and parallel edges; every path of at most $maxDepth
// edges lies in the corridor, so nothing is lost.
// Parameters: $from (string), $to (string), $maxDepth (integer 1..6), $plan (plan id, or null for every plan)
// Columns: nodes (list of node maps), edges (list of edge maps); no row unless both nodes exist
// With $plan: both ends, every hop (relationship and node) and every edge returned are ones whose
// `plans` hold it — a relationship only another plan states is never walked.
// Why not SHORTEST k: it takes an integer literal, not a parameter (Neo4j 5.26), and quantifier
// bounds cannot be parameters either; `ANY SHORTEST` to every node took seconds here. So: two
// breadth-first searches written out to the API's bound of 6 levels, each level one expansion of
// the one before (a node of level k has its neighbours in levels k-1, k, k+1).
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (a:Entity {id: $from, importRun: run}), (b:Entity {id: $to, importRun: run})
WHERE $plan IS NULL OR ($plan IN a.plans AND $plan IN b.plans)
CALL (a, b) {
  UNWIND [a, b] AS root
  CALL (root) {
    CALL (root) {
      UNWIND CASE WHEN $maxDepth >= 1 THEN [root] ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE m <> root
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l1
    }
    CALL (root, l1) {
      UNWIND CASE WHEN $maxDepth >= 2 THEN l1 ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE m <> root AND NOT m IN l1
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l2
    }
    CALL (l1, l2) {
      UNWIND CASE WHEN $maxDepth >= 3 THEN l2 ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE NOT m IN l1 AND NOT m IN l2
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l3
    }
    CALL (l2, l3) {
      UNWIND CASE WHEN $maxDepth >= 4 THEN l3 ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE NOT m IN l2 AND NOT m IN l3
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l4
    }
    CALL (l3, l4) {
      UNWIND CASE WHEN $maxDepth >= 5 THEN l4 ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE NOT m IN l3 AND NOT m IN l4
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l5
    }
    CALL (l4, l5) {
      UNWIND CASE WHEN $maxDepth >= 6 THEN l5 ELSE [] END AS f
      MATCH (f)-[r]-(m:Entity) WHERE NOT m IN l4 AND NOT m IN l5
        AND ($plan IS NULL OR ($plan IN r.plans AND $plan IN m.plans))
      RETURN collect(DISTINCT m) AS l6
    }
    RETURN [[root], l1, l2, l3, l4, l5, l6] AS levels
  }
  RETURN collect({root: root, levels: levels}) AS both
}
WITH [x IN both WHERE x.root = a][0].levels AS fromA, [x IN both WHERE x.root = b][0].levels AS fromB
CALL (fromA, fromB) {
  UNWIND range(0, $maxDepth) AS da
  UNWIND fromA[da] AS v
  WITH v, da
  WHERE any(db IN range(0, $maxDepth - da) WHERE v IN fromB[db])
  RETURN collect(v) AS corridor
}
CALL (corridor) {
  UNWIND corridor AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t IN corridor AND ($plan IS NULL OR $plan IN r.plans)
  RETURN collect({id: r.id, type: type(r), source: s.id, target: t.id, propsJson: r.propsJson, evidenceJson: r.evidenceJson}) AS edges
}
RETURN [n IN corridor | n {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}] AS nodes, edges
