/** The GraphStore contract on the Neo4j store, when NEO4J_URI names a server (tests/support/neo4j.ts). */
import { createNeo4jStore } from "../../server/store/neo4j/index.js";
import { describeNeo4j, neo4jConfig } from "../support/neo4j.js";
import { graphStoreContract } from "./suite.js";

describeNeo4j("neo4j store", () => {
  graphStoreContract({ name: "neo4j", create: () => createNeo4jStore(neo4jConfig!) });
});
