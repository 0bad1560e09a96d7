// import-count.cypher — how many nodes and relationships a run holds: the switch checks that the
// staged run is complete (a concurrent load may have removed it) and counts the run it replaces.
// Parameters: $run (run id, or null: 0 and 0)
// Columns: nodes (integer), edges (integer)
CALL () {
  MATCH (n:Entity {importRun: $run})
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (:Entity {importRun: $run})-[r]->()
  RETURN count(r) AS edges
}
RETURN nodes, edges
