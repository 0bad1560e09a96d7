// district-overlap.cypher — every KEY_DISTRICT edge as a (district, industry) pair, for buildOverlap.
// Parameters: none
// Columns: district (string), industry (string)
MATCH (i:Entity)-[r:KEY_DISTRICT]->(d:Entity)
RETURN d.id AS district, i.id AS industry
ORDER BY r.seq
