/** The Neo4j adapter: `createNeo4jStore(config, logger?)` returns a GraphStore of kind "neo4j". */
export { createNeo4jStore, type Neo4jConfig, type Neo4jStore, type Neo4jStoreOptions } from "./store.js";
export type { LoadOptions, LoadPhase, LoadProgress, LoadSummary } from "./load.js";
export { loadQueries, QUERY_NAMES, type QueryMap, type QueryName } from "./queries.js";
