// import-prune-nodes.cypher — delete the graph nodes of every run but $keep, in bounded
// transactions of $size rows, after import-prune-edges (so each node has few or no relationships
// left to detach). The same $keep as import-prune-edges.
// Parameters: $keep (run id, or null), $size (integer)
// Columns: deleted (integer)
MATCH (n:Entity)
WHERE $keep IS NULL OR n.importRun IS NULL OR n.importRun <> $keep
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $size ROWS
RETURN count(*) AS deleted
