// schema.cypher — constraints and indexes, run statement by statement (split on ';') before an
// import, outside its transaction (Neo4j does not mix schema and data changes in one transaction).
// Parameters: none
// Columns: none
// An import stages a complete copy of the graph next to the one readers see, tagged with its run
// (`importRun`, server/store/neo4j/load.ts), so an id is unique per run, not in the database:
// composite uniqueness on (id, importRun) for :Entity and every relationship type (Community 5.x
// has composite property uniqueness). The index behind each constraint serves the id lookups of
// every read (`{id: $id, importRun: run}`).

// Databases made before staged imports have single-property id constraints, which would refuse
// the staged copy: dropped (no-ops once gone).
DROP CONSTRAINT entity_id IF EXISTS;
DROP CONSTRAINT plan_id IF EXISTS;
DROP CONSTRAINT industry_id IF EXISTS;
DROP CONSTRAINT direction_id IF EXISTS;
DROP CONSTRAINT product_id IF EXISTS;
DROP CONSTRAINT project_id IF EXISTS;
DROP CONSTRAINT platform_id IF EXISTS;
DROP CONSTRAINT district_id IF EXISTS;
DROP CONSTRAINT program_id IF EXISTS;
DROP CONSTRAINT indicator_id IF EXISTS;
DROP CONSTRAINT part_of_id IF EXISTS;
DROP CONSTRAINT has_direction_id IF EXISTS;
DROP CONSTRAINT covers_id IF EXISTS;
DROP CONSTRAINT feeds_id IF EXISTS;
DROP CONSTRAINT supplies_id IF EXISTS;
DROP CONSTRAINT has_project_id IF EXISTS;
DROP CONSTRAINT has_platform_id IF EXISTS;
DROP CONSTRAINT key_district_id IF EXISTS;
DROP CONSTRAINT located_in_id IF EXISTS;
DROP CONSTRAINT overlaps_id IF EXISTS;
DROP CONSTRAINT targets_id IF EXISTS;
DROP CONSTRAINT measures_id IF EXISTS;
DROP CONSTRAINT involves_id IF EXISTS;

CREATE CONSTRAINT entity_id_run IF NOT EXISTS FOR (n:Entity) REQUIRE (n.id, n.importRun) IS UNIQUE;

// Relationship property uniqueness constraints (Neo4j 5.7+, community included).
CREATE CONSTRAINT part_of_id_run IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT has_direction_id_run IF NOT EXISTS FOR ()-[r:HAS_DIRECTION]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT covers_id_run IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT feeds_id_run IF NOT EXISTS FOR ()-[r:FEEDS]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT supplies_id_run IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT has_project_id_run IF NOT EXISTS FOR ()-[r:HAS_PROJECT]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT has_platform_id_run IF NOT EXISTS FOR ()-[r:HAS_PLATFORM]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT key_district_id_run IF NOT EXISTS FOR ()-[r:KEY_DISTRICT]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT located_in_id_run IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT overlaps_id_run IF NOT EXISTS FOR ()-[r:OVERLAPS]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT targets_id_run IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT measures_id_run IF NOT EXISTS FOR ()-[r:MEASURES]-() REQUIRE (r.id, r.importRun) IS UNIQUE;
CREATE CONSTRAINT involves_id_run IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE (r.id, r.importRun) IS UNIQUE;

// The one node that says which run readers see (import-switch.cypher); every read starts from it.
CREATE CONSTRAINT import_state_key IF NOT EXISTS FOR (s:ImportState) REQUIRE s.key IS UNIQUE;

// Whole-graph reads (stats, export, graph, overlap, plans) and the staged run's checks start from
// the nodes of one run; graph(types) filters on the type property.
CREATE INDEX entity_import_run IF NOT EXISTS FOR (n:Entity) ON (n.importRun);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// Search: names (also in pinyin), English names, aliases and descriptions; cjk tokenises Chinese
// into bigrams. The index is versioned by name: a database made with an older field list drops it.
// It holds every run's nodes (a staged copy too): search keeps the current run's.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text_v2 IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.pinyinText, n.nameEn, n.aliasesText, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
