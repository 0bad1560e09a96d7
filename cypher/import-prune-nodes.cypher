// import-prune-nodes.cypher — cleanup at the end of the import transaction: delete the graph nodes
// this run did not merge, with any relationship still attached.
// Parameters: $run (string)
// Columns: deleted (integer)
MATCH (n:Entity)
WHERE n.importRun IS NULL OR n.importRun <> $run
DETACH DELETE n
RETURN count(*) AS deleted
