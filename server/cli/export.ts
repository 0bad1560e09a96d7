/**
 * `npm run export -- --format json|graphml|csv --out FILE [--plan ID]`: the whole graph of the
 * configured store (every plan's, or one plan's), nodes and edges sorted by id.
 * The file is written aside and renamed into place: an error leaves nothing half-written.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ExportFormat } from "../../contract/api.js";
import { openStore } from "../bootstrap.js";
import { parseConfig } from "../config.js";
import { serializeGraph } from "../export/formats.js";

const USAGE = "usage: npm run export -- --format json|graphml|csv --out FILE [--plan ID]";

/** `env`: the environment to read the store's configuration from (tests pass their own). */
export async function runExport(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let format: ExportFormat;
  let out: string;
  let plan: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { format: { type: "string", default: "json" }, out: { type: "string" }, plan: { type: "string" } },
      strict: true,
    });
    plan = values.plan;
    const parsed = ExportFormat.safeParse(values.format);
    if (!parsed.success) throw new Error(`unknown format "${values.format}" (json, graphml or csv)`);
    if (!values.out) throw new Error("--out FILE is required");
    format = parsed.data;
    out = path.resolve(values.out);
  } catch (e) {
    console.error(`error: ${(e as Error).message.split("\n")[0]}`);
    console.error(USAGE);
    return 1;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    const { store } = await openStore(parseConfig(env));
    let graph;
    try {
      graph = await store.graph(undefined, { plan });
    } finally {
      await store.close();
    }
    await writeFile(tmp, serializeGraph(graph, format), "utf8");
    await rename(tmp, out);
    console.log(`exported ${graph.nodes.length} nodes and ${graph.edges.length} edges as ${format} to ${out}`);
    return 0;
  } catch (e) {
    await rm(tmp, { force: true });
    console.error(`error: export failed: ${(e as Error).message.split("\n")[0]}`);
    return 1;
  }
}

const invoked = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invoked) runExport(process.argv.slice(2)).then((code) => process.exit(code));
