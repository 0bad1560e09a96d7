/**
 * `npm run corpus -- --scale N [--seed S] --out DIR [--seeds DIR]`: write a synthetic corpus of N
 * plans (server/corpus), deterministic by seed, as a seeds folder that `SEED_DIR=DIR npm start`
 * or `npm run import -- --seeds DIR` reads. DIR must be absent, empty or an earlier corpus.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "../corpus/generate.js";
import { corpusMarker, isCorpusOrEmpty, readBase, replaceFolder } from "../corpus/write.js";
import { type CliIo, cliIo, parseCli, seedDirOf } from "./args.js";

const USAGE = "usage: npm run corpus -- --scale N [--seed S] --out DIR [--seeds DIR]";

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || n < min || n > max) throw new Error(`--${flag} must be a whole number from ${min} to ${max}, got ${raw ?? "nothing"}`);
  return n;
}

export async function runCorpus(argv: string[], deps: Partial<CliIo> = {}): Promise<number> {
  const io = cliIo(deps);
  const options = parseCli(
    () => {
      const { values } = parseArgs({
        args: argv,
        options: { scale: { type: "string" }, seed: { type: "string", default: "1" }, out: { type: "string" }, seeds: { type: "string" } },
        strict: true,
      });
      if (!values.out) throw new Error("--out DIR is required");
      return {
        scale: wholeNumber("scale", values.scale, 1, 1000),
        seed: wholeNumber("seed", values.seed, 0, 2 ** 32 - 1),
        out: path.resolve(values.out),
        seeds: seedDirOf(values.seeds, undefined),
      };
    },
    USAGE,
    io,
  );
  if (!options) return 1;
  try {
    if (!(await isCorpusOrEmpty(options.out))) throw new Error(`${options.out} holds other files: give an empty folder or an earlier corpus`);
    const started = performance.now();
    const files = generateCorpus(await readBase(options.seeds), options);
    await replaceFolder(options.out, files, corpusMarker(options.scale, options.seed));
    const ms = Math.round(performance.now() - started);
    io.out(`wrote a synthetic corpus of ${options.scale} plans (seed ${options.seed}, ${files.size} files) to ${options.out} in ${ms} ms`);
    io.out(`serve it: SEED_DIR=${options.out} npm start`);
    return 0;
  } catch (e) {
    io.err(`error: ${(e as Error).message.split("\n")[0]}`);
    return 1;
  }
}

const invoked = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invoked) runCorpus(process.argv.slice(2)).then((code) => process.exit(code));
