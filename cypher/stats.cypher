// stats.cypher — counts of nodes and of edges by type, of every plan or of one.
// Parameters: $plan (plan id, or null for every plan)
// Columns: kind ('node' | 'edge'), type (string), count (integer)
// With $plan: the nodes and relationships whose `plans` hold it, and only relationships between
// such nodes (server/plans/planSet.ts, projectPlan).
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (n:Entity {importRun: run})
WHERE $plan IS NULL OR $plan IN n.plans
RETURN 'node' AS kind, n.type AS type, count(*) AS count
UNION ALL
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (a:Entity {importRun: run})-[r]->(b:Entity)
WHERE $plan IS NULL OR ($plan IN r.plans AND $plan IN a.plans AND $plan IN b.plans)
RETURN 'edge' AS kind, type(r) AS type, count(*) AS count
