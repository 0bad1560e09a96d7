// schema.cypher — constraints and indexes, run statement by statement (split on ';') before an
// import, outside its transaction (Neo4j does not mix schema and data changes in one transaction).
// Parameters: none
// Columns: none
// Every node carries :Entity plus its type label; ids are unique per type label and across :Entity.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT direction_id IF NOT EXISTS FOR (n:Direction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;

// Relationship property uniqueness constraints (Neo4j 5.7+, community included).
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_direction_id IF NOT EXISTS FOR ()-[r:HAS_DIRECTION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT covers_id IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT feeds_id IF NOT EXISTS FOR ()-[r:FEEDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_project_id IF NOT EXISTS FOR ()-[r:HAS_PROJECT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_platform_id IF NOT EXISTS FOR ()-[r:HAS_PLATFORM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT key_district_id IF NOT EXISTS FOR ()-[r:KEY_DISTRICT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT overlaps_id IF NOT EXISTS FOR ()-[r:OVERLAPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT measures_id IF NOT EXISTS FOR ()-[r:MEASURES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT involves_id IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE r.id IS UNIQUE;

// graph(types) filters on the type property.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// Search: names (also in pinyin), English names, aliases and descriptions; cjk tokenises Chinese
// into bigrams. The index is versioned by name: a database made with an older field list drops it.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text_v2 IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.pinyinText, n.nameEn, n.aliasesText, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
