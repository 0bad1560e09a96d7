/** What the plan commands (`npm run import`, `npm run curate`) share: output, bad usage, the seeds folder. */
import path from "node:path";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export function cliIo(deps: Partial<CliIo>): CliIo {
  return {
    out: deps.out ?? ((s: string) => process.stdout.write(s + "\n")),
    err: deps.err ?? ((s: string) => process.stderr.write(s + "\n")),
  };
}

/** The parsed options, or undefined after one `error: …` line and the usage on a bad command line. */
export function parseCli<T>(parse: () => T, usage: string, io: CliIo): T | undefined {
  try {
    return parse();
  } catch (e) {
    io.err(`error: ${(e as Error).message.split("\n")[0]}`);
    io.err(usage);
    return undefined;
  }
}

/** `--seeds DIR`, else the caller's default (SEED_DIR from the configuration), else ./seeds. */
export function seedDirOf(flag: string | undefined, fallback: string | undefined): string {
  return path.resolve(flag ?? fallback ?? process.env.SEED_DIR ?? "seeds");
}
