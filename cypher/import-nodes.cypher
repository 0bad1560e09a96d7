// import-nodes.cypher — stage one batch of nodes, in its own transaction, as part of run $run.
// Parameters: $rows (list of {id, type, name, nameEn, aliasesText, pinyinText, description, propsJson, evidenceJson, seq, plans, planId}), $run (string), $current (the run readers see, or null)
// Columns: created (integer: rows created), kept (integer: rows whose id the current run has too)
// The staged copy sits next to the graph readers see (they read the current run only) until
// import-switch makes it current. CREATE, not MERGE: the load removed every other run's leftovers
// first, and the (id, importRun) constraint refuses a repeated id. The type label is set with a
// dynamic label (Cypher 5.26), never spliced into the text. `plans`: the ids of the plans stating
// the node (the reads' plan filter); `planId`: a Plan node's plan id (null on other nodes).
// `kept` lets the load tell how many of the current run's nodes the new run no longer has.
UNWIND $rows AS row
CREATE (n:Entity:$(row.type) {id: row.id, importRun: $run})
SET n.type = row.type,
    n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliasesText = row.aliasesText,
    n.pinyinText = row.pinyinText,
    n.description = row.description,
    n.propsJson = row.propsJson,
    n.evidenceJson = row.evidenceJson,
    n.seq = row.seq,
    n.plans = row.plans,
    n.planId = row.planId
WITH n, row, COUNT { MATCH (o:Entity {id: row.id, importRun: $current}) } AS was
RETURN count(n) AS created, sum(was) AS kept
