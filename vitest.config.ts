import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["server/**/*.test.ts", "client/**/*.test.ts", "client/**/*.test.tsx", "seeds/**/*.test.ts", "tests/api/**/*.test.ts", "tests/deploy/**/*.test.ts", "tests/lint/**/*.test.ts", "tests/support/**/*.test.ts", "tests/bench/**/*.test.ts"],
          // Component tests (*.test.tsx) choose happy-dom in their docblock.
          environment: "node",
        },
      },
      {
        // One GraphStore suite on every store; the Neo4j files share one database: one file at a time.
        test: {
          name: "contract",
          include: ["tests/contract/**/*.test.ts"],
          // after unit, before e2e: the e2e journeys on Neo4j use the same database
          sequence: { groupOrder: 1 },
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          sequence: { groupOrder: 2 },
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
