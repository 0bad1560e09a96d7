// plan-exists.cypher — whether a plan is loaded: a Plan node with that plan id (`planId`, written by
// import-nodes). Run before a read with a plan filter, in the same transaction: an unknown plan is a
// NotFoundError, as in the memory store.
// Parameters: $plan (plan id)
// Columns: exists (boolean)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
OPTIONAL MATCH (p:Plan {planId: $plan, importRun: run})
RETURN count(p) > 0 AS exists
