/**
 * The Cypher of the Neo4j store lives in `cypher/*.cypher`, one query per file, each opening with a
 * header that names its parameters and columns:
 *
 *   // <file> — what it answers
 *   // Parameters: $id (string), $limit (integer)     — or "none"
 *   // Columns: node, edges                           — or "none"
 *
 * The files are read once at start-up into a typed map; a missing file or a header that does not
 * match the text fails fast, naming the file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const QUERY_NAMES = [
  "schema",
  "import-nodes",
  "import-edges",
  "import-prune-edges",
  "import-prune-nodes",
  "import-current",
  "import-count",
  "import-switch",
  "stats",
  "graph",
  "export",
  "node",
  "neighbors",
  "chain",
  "paths",
  "district-overlap",
  "search",
  "search-contains",
  "exists",
  "plans",
  "plan-exists",
  "console-endpoints",
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export interface Query {
  name: QueryName;
  /** The file name, e.g. `stats.cypher`: the `query` of every transaction's metadata. */
  file: string;
  /** The text as written (comments included: Cypher ignores them). */
  text: string;
  /** Parameter names declared in the header, without `$`. */
  params: readonly string[];
  /** Column names declared in the header. */
  columns: readonly string[];
}

export type QueryMap = Readonly<Record<QueryName, Query>>;

/** `cypher/` at the repository root, next to `server/`. */
export const defaultCypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../cypher");

export function loadQueries(dir: string = defaultCypherDir): QueryMap {
  const out = {} as Record<QueryName, Query>;
  for (const name of QUERY_NAMES) {
    const file = `${name}.cypher`;
    const full = path.join(dir, file);
    let text: string;
    try {
      text = readFileSync(full, "utf8");
    } catch (err) {
      throw new Error(`Neo4j store: query file ${full} is missing or unreadable (${(err as Error).message})`, { cause: err });
    }
    out[name] = parseQuery(name, file, text);
  }
  return Object.freeze(out);
}

/** Reads the header and checks it against the text: every `$param` used is declared and vice versa. */
export function parseQuery(name: QueryName, file: string, text: string): Query {
  const header = (label: string): string => {
    const m = new RegExp(`^//\\s*${label}:\\s*(.*)$`, "mi").exec(text);
    if (!m) throw new Error(`cypher/${file}: the header lacks a "// ${label}: …" line`);
    return m[1].trim();
  };
  const paramsLine = header("Parameters");
  const columnsLine = header("Columns");
  const declared = paramsLine === "none" ? [] : [...new Set([...paramsLine.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];
  const columns =
    columnsLine === "none"
      ? []
      : columnsLine
          .replace(/\([^)]*\)/g, "")
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean);
  const used = new Set([...stripComments(text).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
  const undeclared = [...used].filter((p) => !declared.includes(p));
  const unused = declared.filter((p) => !used.has(p));
  if (undeclared.length || unused.length) {
    throw new Error(
      `cypher/${file}: header and text disagree` +
        (undeclared.length ? `; used but not declared: ${undeclared.map((p) => "$" + p).join(", ")}` : "") +
        (unused.length ? `; declared but not used: ${unused.map((p) => "$" + p).join(", ")}` : ""),
    );
  }
  return { name, file, text, params: declared, columns };
}

/** `//` line comments removed (the files use no block comments, and no `//` inside strings). */
export function stripComments(text: string): string {
  return text.replace(/\/\/[^\n]*/g, "");
}

/** A multi-statement file (schema.cypher) as its statements, comments dropped, split on `;`. */
export function statements(query: Query): string[] {
  return stripComments(query.text)
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
