// import-prune-edges.cypher — delete the relationships of every run but $keep, in bounded
// transactions of $size rows (an auto-commit query: CALL … IN TRANSACTIONS), so Neo4j's memory
// stays flat in $size whatever the graph's size. Run after import-switch with $keep = the new run
// (the previous graph goes), and before staging with $keep = the current run (a failed load's
// leftovers go); $keep null: every graph relationship (a database that has no current run).
// Parameters: $keep (run id, or null), $size (integer)
// Columns: deleted (integer)
// Relationships only join nodes of one run, so the start node's run is the relationship's.
MATCH (a:Entity)-[r]->()
WHERE $keep IS NULL OR a.importRun IS NULL OR a.importRun <> $keep
CALL (r) { DELETE r } IN TRANSACTIONS OF $size ROWS
RETURN count(*) AS deleted
