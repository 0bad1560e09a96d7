// import-prune-edges.cypher — cleanup at the end of the import transaction: delete the edges
// between graph nodes that this run did not merge (gone from the graph, or of an older import).
// Parameters: $run (string)
// Columns: deleted (integer)
MATCH (:Entity)-[r]->(:Entity)
WHERE r.importRun IS NULL OR r.importRun <> $run
DELETE r
RETURN count(*) AS deleted
