// import-current.cypher — the run readers see: `run` of the singleton ImportState node, null in a
// fresh database or one imported before staged imports (which the store then imports again).
// Parameters: none
// Columns: run (string or null)
OPTIONAL MATCH (state:ImportState {key: 'current'})
RETURN state.run AS run
