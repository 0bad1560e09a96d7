// import-switch.cypher — the one small transaction that makes run $run the graph readers see.
// Parameters: $run (string)
// Columns: previous (the run readers saw until now, or null)
// Every read starts from this node's `run` (OPTIONAL MATCH (state:ImportState {key: 'current'})),
// so readers go from the whole previous graph to the whole new one at this commit. Writing
// `switching` first takes the node's write lock before `run` is read: two loads switching at once
// are serialised, and the second sees the first's run as `previous` (the load then fails rather
// than replace a graph it did not start from).
MERGE (state:ImportState {key: 'current'})
SET state.switching = true
WITH state, state.run AS previous
SET state.run = $run, state.switchedAt = datetime()
REMOVE state.switching
RETURN previous
