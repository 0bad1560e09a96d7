// The house's rules as checks: layers that must not import each other, no import cycles, the rules
// of hooks. tests/lint/layers.test.ts shows each layer rule failing on a deliberate violation.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const code = "**/*.{ts,tsx,js,mjs}";

/** `import-x/no-restricted-paths` zones, paths from the repository root. */
const zones = [
  { target: "server/domain", from: ["server/store", "server/http"], message: "The domain is pure: adapters map into it, not the other way round." },
  { target: "server/importer", from: ["server/store", "server/http"], message: "The importer produces data; storing and serving it is the caller's job." },
  { target: "server/corpus", from: ["server/store", "server/http"], message: "The corpus generator writes plans for the importer; it stores and serves nothing." },
  { target: "client/src/core", from: ["client/src/ui", "client/src/api.ts"], message: "Client core is pure: UI and the API client build on it." },
  { target: "contract", from: ["server", "client"], message: "The contract is shared by server and client and depends on neither." },
];

export default defineConfig(
  {
    ignores: ["dist/", "node_modules/", "tests/artifacts/", "tests/neo4j/target/", "seeds/", "tests/lint/fixtures/"],
  },
  {
    files: [code],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { "import-x": importX },
    settings: {
      // Imports are written with `.js` and resolve to `.ts` sources, as tsc's Bundler resolution does.
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // Without these, no-cycle skips TypeScript files: it follows only files it may parse.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "import-x/no-cycle": "error",
      // A broken resolver would silence no-cycle and the layer zones; this makes it loud instead.
      "import-x/no-unresolved": "error",
      "import-x/no-restricted-paths": ["error", { zones }],
      // A `_` parameter holds a place the caller counts (Express knows error handlers by arity).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/**", "scripts/**", "tests/**", "*.{ts,js}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Journeys pass callbacks to page.evaluate that run in the browser.
    files: ["client/src/**", "tests/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs["recommended-latest"].rules,
      "react-hooks/exhaustive-deps": "error",
      "react-hooks/incompatible-library": "error",
      "react-hooks/unsupported-syntax": "error",
      // Off: it flags the "latest ref" idiom (`ref.current = value` during render) that keeps
      // long-lived Cytoscape and window handlers current; harmless without the React Compiler.
      "react-hooks/refs": "off",
      // Off: it flags `performance.now()` inside useMemo, which times the computation on purpose.
      "react-hooks/purity": "off",
      // Off: it flags the loading state set when a fetch effect starts and text reset on prop
      // change; the cost is one extra render, and the fix (remount by key) changes behaviour.
      "react-hooks/set-state-in-effect": "off",
    },
  },
  {
    files: ["client/src/core/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [
          { name: "react", message: "Client core is pure: no React." },
          { name: "react-dom", message: "Client core is pure: no React." },
        ],
        patterns: [{ group: ["react/*", "react-dom/*"], message: "Client core is pure: no React." }],
      }],
    },
  },
);
