// console-endpoints.cypher — the graph ids of nodes known by element id: the end nodes of the
// relationships a console query returned without them.
// Parameters: $elementIds (list of strings)
// Columns: elementId (string), id (string)
UNWIND $elementIds AS eid
MATCH (n)
WHERE elementId(n) = eid
RETURN eid AS elementId, n.id AS id
