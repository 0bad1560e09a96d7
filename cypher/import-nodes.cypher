// import-nodes.cypher — merge one batch of nodes inside the import transaction, tagged with the run.
// Parameters: $rows (list of {id, type, name, nameEn, aliasesText, pinyinText, description, propsJson, evidenceJson, seq, plans, planId}), $run (string)
// Columns: merged (integer: rows merged)
// The type label is set with a dynamic label (Cypher 5.26), never spliced into the text; a label of
// another type left by an earlier import is removed. `plans`: the ids of the plans stating the node
// (the reads' plan filter); `planId`: a Plan node's plan id (null on other nodes).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [l IN labels(n) WHERE l <> 'Entity' AND l <> row.type] AS stale
REMOVE n:$(stale)
SET n:$(row.type),
    n.type = row.type,
    n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliasesText = row.aliasesText,
    n.pinyinText = row.pinyinText,
    n.description = row.description,
    n.propsJson = row.propsJson,
    n.evidenceJson = row.evidenceJson,
    n.seq = row.seq,
    n.plans = row.plans,
    n.planId = row.planId,
    n.importRun = $run
RETURN count(n) AS merged
