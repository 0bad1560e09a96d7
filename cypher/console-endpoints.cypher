// console-endpoints.cypher — the graph ids of nodes known by element id: the end nodes of the
// relationships a console query returned without them.
// Parameters: $elementIds (list of strings)
// Columns: elementId (string), id (string)
OPTIONAL MATCH (state:ImportState {key: 'current'})
WITH state.run AS run
UNWIND $elementIds AS eid
MATCH (n:Entity)
WHERE elementId(n) = eid AND n.importRun = run
RETURN eid AS elementId, n.id AS id
