/**
 * The layer rules in eslint.config.js fail on a deliberate violation and stay quiet on a clean
 * file. Each case lints source text under a virtual path inside the guarded folder, so the real
 * tree is untouched; a rule that silently stopped resolving imports would fail here.
 */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

// The first lint builds the TypeScript resolver; on a busy 2-core machine that takes seconds.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};", { filePath: "contract/__warmup__.ts" });
}, 60_000);

async function rulesReported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const violations: { name: string; filePath: string; code: string; rule: string }[] = [
  { name: "domain imports store", filePath: "server/domain/__violation__.ts", code: `export * from "../store/memory.js";`, rule: "import-x/no-restricted-paths" },
  { name: "domain imports http", filePath: "server/domain/__violation__.ts", code: `export * from "../http/errors.js";`, rule: "import-x/no-restricted-paths" },
  { name: "importer imports store", filePath: "server/importer/__violation__.ts", code: `export * from "../store/memory.js";`, rule: "import-x/no-restricted-paths" },
  { name: "corpus imports store", filePath: "server/corpus/__violation__.ts", code: `export * from "../store/memory.js";`, rule: "import-x/no-restricted-paths" },
  { name: "importer imports http", filePath: "server/importer/__violation__.ts", code: `export * from "../http/errors.js";`, rule: "import-x/no-restricted-paths" },
  { name: "client core imports ui", filePath: "client/src/core/__violation__.ts", code: `export * from "../ui/apiContext.js";`, rule: "import-x/no-restricted-paths" },
  { name: "client core imports the API client", filePath: "client/src/core/__violation__.ts", code: `export * from "../api.js";`, rule: "import-x/no-restricted-paths" },
  { name: "client core imports react", filePath: "client/src/core/__violation__.ts", code: `export { useState } from "react";`, rule: "no-restricted-imports" },
  { name: "client core imports react-dom", filePath: "client/src/core/__violation__.ts", code: `export { createRoot } from "react-dom/client";`, rule: "no-restricted-imports" },
  { name: "contract imports server", filePath: "contract/__violation__.ts", code: `export * from "../server/domain/ids.js";`, rule: "import-x/no-restricted-paths" },
  { name: "contract imports client", filePath: "contract/__violation__.ts", code: `export * from "../client/src/api.js";`, rule: "import-x/no-restricted-paths" },
  {
    name: "a hook called conditionally",
    filePath: "client/src/ui/__violation__.tsx",
    code: `import { useState } from "react";
export function Shown({ on }: { on: boolean }) {
  if (!on) return null;
  const [n] = useState(0);
  return <p>{n}</p>;
}`,
    rule: "react-hooks/rules-of-hooks",
  },
];

const clean: { folder: string; filePath: string; code: string }[] = [
  { folder: "server/domain", filePath: "server/domain/__clean__.ts", code: `export type { GraphNode } from "../../contract/graph.js";\nexport * from "./ids.js";` },
  { folder: "server/importer", filePath: "server/importer/__clean__.ts", code: `export type { GraphNode } from "../../contract/graph.js";\nexport * from "../domain/ids.js";` },
  { folder: "client/src/core", filePath: "client/src/core/__clean__.ts", code: `export type { GraphNode } from "../../../contract/graph.js";\nexport * from "./history.js";` },
  { folder: "contract", filePath: "contract/__clean__.ts", code: `export type { GraphNode } from "./graph.js";` },
  {
    folder: "client/src/ui",
    filePath: "client/src/ui/__clean__.tsx",
    code: `import { useState } from "react";
export function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>{n}</button>;
}`,
  },
];

describe("layer rules", { timeout: 30_000 }, () => {
  it.each(violations)("report $name as $rule", async ({ filePath, code, rule }) => {
    expect(await rulesReported(filePath, code)).toContain(rule);
  });

  it.each(clean)("report nothing on a clean file in $folder", async ({ filePath, code }) => {
    expect(await rulesReported(filePath, code)).toEqual([]);
  });

  it("report an import cycle as import-x/no-cycle", async () => {
    // The fixtures are ignored by the normal run; lint them with ignores off.
    const withFixtures = new ESLint({ cwd: root, ignore: false });
    const [result] = await withFixtures.lintFiles(["tests/lint/fixtures/cycleA.ts"]);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["import-x/no-cycle"]);
  });
});
