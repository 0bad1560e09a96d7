// plans.cypher — the plans loaded: their Plan nodes in import order, and what each states, counted
// by type (a node or relationship stated by two plans counts for both).
// Parameters: none
// Columns: plans (list of Plan node maps), nodeCounts (list of {plan, type, count}), edgeCounts (list of {plan, type, count})
// The store turns each Plan node and its counts into a PlanSummary with summarizePlan
// (server/plans/summaries.ts), as the memory store does.
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
CALL (run) {
  MATCH (p:Plan {importRun: run})
  WITH p ORDER BY p.seq
  RETURN collect(p {.id, .type, .name, .nameEn, .propsJson, .evidenceJson}) AS plans
}
CALL (run) {
  MATCH (n:Entity {importRun: run})
  UNWIND n.plans AS plan
  WITH plan, n.type AS type, count(*) AS count
  RETURN collect({plan: plan, type: type, count: count}) AS nodeCounts
}
CALL (run) {
  MATCH (:Entity {importRun: run})-[r]->(:Entity)
  UNWIND r.plans AS plan
  WITH plan, type(r) AS type, count(*) AS count
  RETURN collect({plan: plan, type: type, count: count}) AS edgeCounts
}
RETURN plans, nodeCounts, edgeCounts
