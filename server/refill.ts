/**
 * A database found empty while the app runs (Neo4j restarted on an empty data folder, a wipe) is
 * imported into again, as it would be at start-up, when configured to (IMPORT_WHEN_EMPTY, default
 * on). Until the import has finished, reads answer 503 with the reason (GraphStore.notReady).
 */
import type { Logger } from "pino";
import type { GraphStore } from "./store/port.js";

export interface RefillOptions {
  store: Pick<GraphStore, "notReady">;
  /** Import the seeds into the store (schema first). */
  refill: () => Promise<void>;
  logger: Logger;
  /** How often to ask the store (default 2 s: one small query, answered from a 1 s memory). */
  intervalMs?: number;
}

/** Starts watching; `stop()` ends it (and waits for an import under way). */
export function watchForEmpty({ store, refill, logger, intervalMs = 2_000 }: RefillOptions): { stop: () => Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    const reason = await store.notReady?.().catch(() => undefined); // unreachable: health says so
    if (!reason || stopped) return;
    logger.warn({ reason }, "the graph database holds no graph: importing the seeds into it again");
    const started = performance.now();
    await refill();
    logger.info({ ms: Math.round(performance.now() - started) }, "seeds imported into the empty database");
  };
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => logger.warn({ err: (err as Error).message }, "importing into the empty database failed; trying again"))
      .finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
