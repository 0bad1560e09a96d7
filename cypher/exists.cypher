// exists.cypher — which of the given ids are nodes (of the plan, when one is given), and of which type.
// Parameters: $ids (list of strings), $plan (plan id, or null for every plan)
// Columns: id (string), type (string, null when there is no such node)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id, importRun: run})
WHERE $plan IS NULL OR $plan IN n.plans
RETURN id, n.type AS type
