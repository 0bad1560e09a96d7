// district-overlap.cypher — every KEY_DISTRICT edge as a (district, industry) pair, for buildOverlap;
// of every plan or of one.
// Parameters: $plan (plan id, or null for every plan)
// Columns: district (string), industry (string)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
MATCH (i:Entity {importRun: run})-[r:KEY_DISTRICT]->(d:Entity)
WHERE $plan IS NULL OR ($plan IN r.plans AND $plan IN i.plans AND $plan IN d.plans)
RETURN d.id AS district, i.id AS industry
ORDER BY r.seq
