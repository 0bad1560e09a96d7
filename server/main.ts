/** Entry point: read the environment, make the logger and the store, listen. */
import path from "node:path";
import { createApp } from "./app.js";
import { openStore, repoRoot } from "./bootstrap.js";
import { parseConfig } from "./config.js";
import { createHttpServer } from "./http/limits.js";
import { createLogger } from "./logger.js";
import { watchForEmpty } from "./refill.js";

/** Above this many plans, the start-up log summarises the imports instead of listing them. */
const MAX_PLANS_LOGGED = 5;

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel);
  const started = performance.now();

  const { store, planTexts, reports = [], seedDir, refill } = await openStore(config, logger);
  // Plan by plan while there are a few; with many (a synthetic corpus) one summary line, the
  // details at debug level.
  const perPlan = reports.length <= MAX_PLANS_LOGGED ? logger : logger.child({}, { level: "debug" });
  for (const { planId, report } of reports) {
    for (const w of report.warnings) perPlan.warn({ plan: planId, warning: w }, "import warning");
    if (report.lacks.length) perPlan.info({ plan: planId, lacks: report.lacks }, "plan has no curation for some layers");
    perPlan.info({ plan: planId, nodes: report.counts.nodes, edges: report.counts.edges }, "plan imported");
  }
  if (reports.length > MAX_PLANS_LOGGED) {
    const warnings = reports.reduce((n, r) => n + r.report.warnings.length, 0);
    logger.info({ plans: reports.length, warnings }, `${reports.length} plans imported, ${warnings} import warnings (LOG_LEVEL=debug lists them)`);
  }

  const app = createApp({
    store,
    logger,
    planTexts,
    seedDir,
    clientDir: path.join(repoRoot, "dist", "client"),
    limits: config.rateLimits,
  });
  const server = createHttpServer(app).listen(config.port, config.host, () => {
    const ms = Math.round(performance.now() - started);
    logger.info({ store: store.kind, startupMs: ms }, `Chain Atlas ready on http://localhost:${config.port}`);
  });

  const watcher = refill && config.importWhenEmpty ? watchForEmpty({ store, refill, logger }) : undefined;

  const stop = () => {
    logger.info("shutting down");
    server.close(() => void (watcher?.stop() ?? Promise.resolve()).then(() => store.close()).finally(() => process.exit(0)));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  // one line for the user; no stack trace
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
