// import-edges.cypher — merge one batch of edges inside the import transaction, tagged with the run.
// Parameters: $rows (list of {id, type, source, target, propsJson, evidenceJson, seq, plans}), $run (string)
// Columns: merged (list of the edge ids merged)
// Both ends must be nodes of this run: an edge to a missing (or stale) node merges nothing, and the
// caller fails the import when `merged` falls short of the batch. `plans`: the ids of the plans
// stating the edge (the reads' plan filter).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}) WHERE a.importRun = $run
MATCH (b:Entity {id: row.target}) WHERE b.importRun = $run
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r.propsJson = row.propsJson,
    r.evidenceJson = row.evidenceJson,
    r.seq = row.seq,
    r.plans = row.plans,
    r.importRun = $run
RETURN collect(r.id) AS merged
