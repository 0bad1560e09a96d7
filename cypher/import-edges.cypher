// import-edges.cypher — stage one batch of edges, in its own transaction, as part of run $run.
// Parameters: $rows (list of {id, type, source, target, propsJson, evidenceJson, seq, plans}), $run (string), $current (the run readers see, or null)
// Columns: merged (list of the edge ids created), kept (integer: rows whose id the current run has too)
// Both ends must be nodes of this run (staged by import-nodes): an edge to a missing node creates
// nothing, and the caller fails the import when `merged` falls short of the batch. Relationships
// therefore only ever join nodes of one run. `plans`: the ids of the plans stating the edge.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source, importRun: $run})
MATCH (b:Entity {id: row.target, importRun: $run})
CREATE (a)-[r:$(row.type) {id: row.id, importRun: $run}]->(b)
SET r.propsJson = row.propsJson,
    r.evidenceJson = row.evidenceJson,
    r.seq = row.seq,
    r.plans = row.plans
WITH r, COUNT {
  MATCH (:Entity {id: row.source, importRun: $current})-[o]->(:Entity {id: row.target, importRun: $current})
  WHERE o.id = row.id
} AS was
RETURN collect(r.id) AS merged, sum(was) AS kept
