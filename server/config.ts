/** Configuration: the environment parsed once, with zod, at start-up. */
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DIR: z.string().default("seeds"),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default("neo4j"),
  /** Neo4j only: import the seeds at start even when the database already holds a graph. */
  IMPORT_ON_START: z.enum(["0", "1"]).default("0"),
  /** Neo4j only: import the seeds again when the database is found empty while the app runs. */
  IMPORT_WHEN_EMPTY: z.enum(["0", "1"]).default("1"),
  /** Serve a synthetic corpus of this many plans (server/corpus) instead of SEED_DIR's plans. */
  CORPUS: z.coerce
    .number({ error: "CORPUS is a number of synthetic plans, 1 to 100" })
    .int("CORPUS is a whole number of synthetic plans, 1 to 100")
    .min(1, "CORPUS is a number of synthetic plans, 1 to 100")
    .max(100, "CORPUS is a number of synthetic plans, 1 to 100")
    .optional(),
  CORPUS_SEED: z.coerce
    .number({ error: "CORPUS_SEED is a whole number ≥ 0" })
    .int("CORPUS_SEED is a whole number ≥ 0")
    .min(0, "CORPUS_SEED is a whole number ≥ 0")
    .default(1),
  /** Requests per client per minute to the explorer's queries; 0 turns the rate limits off. */
  RATE_LIMIT: z.coerce.number().int().min(0).default(1200),
  /** Requests per client per minute to the whole graph, the export and the console. */
  RATE_LIMIT_HEAVY: z.coerce.number().int().min(1).default(120),
});

export type Config = {
  port: number;
  host: string;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  seedDir: string;
  importOnStart: boolean;
  /** Neo4j: a database found empty while running is imported into again (server/refill.ts). */
  importWhenEmpty: boolean;
  /** A synthetic corpus (`CORPUS=<plans>`, `CORPUS_SEED`): generated into .cache/corpus/ and served in place of seedDir. */
  corpus?: { scale: number; seed: number };
  neo4j?: { uri: string; user: string; password: string; database: string };
  /** Per-client limits (server/http/limits.ts); false when RATE_LIMIT=0. */
  rateLimits: { perMinute: number; heavyPerMinute: number } | false;
};

/** `NAME=` is how people unset a variable in a shell or an .env file: read it as absent. */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
}

/** Throws a one-line message naming the bad variables. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    seedDir: e.SEED_DIR,
    importOnStart: e.IMPORT_ON_START === "1",
    importWhenEmpty: e.IMPORT_WHEN_EMPTY === "1",
    corpus: e.CORPUS === undefined ? undefined : { scale: e.CORPUS, seed: e.CORPUS_SEED },
    rateLimits: e.RATE_LIMIT === 0 ? false : { perMinute: e.RATE_LIMIT, heavyPerMinute: e.RATE_LIMIT_HEAVY },
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? "", database: e.NEO4J_DATABASE }
      : undefined,
  };
}
