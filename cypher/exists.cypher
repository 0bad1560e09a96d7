// exists.cypher — which of the given ids are nodes, and of which type.
// Parameters: $ids (list of strings)
// Columns: id (string), type (string, null when there is no such node)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.type AS type
