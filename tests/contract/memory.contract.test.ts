/** The GraphStore contract on the memory store (always runs). */
import { createMemoryStore } from "../../server/store/memory.js";
import { graphStoreContract } from "./suite.js";

graphStoreContract({ name: "memory", create: () => createMemoryStore() });
