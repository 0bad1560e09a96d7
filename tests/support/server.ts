/** The real app (built client + API on the memory store with the real plan) on a free local port. */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pino } from "pino";
import { createApp } from "../../server/app.js";
import { createMemoryStore } from "../../server/store/memory.js";
import type { GraphStore } from "../../server/store/port.js";
import { loadPlan, repoRoot, seedDir } from "./plan.js";

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** The app on a free port; by default on a memory store loaded with the plan. */
export async function startApp(options: { store?: GraphStore } = {}): Promise<RunningApp> {
  // CLIENT_DIR: a client built elsewhere (parallel work trees each build their own)
  const clientDir = process.env.CLIENT_DIR || path.join(repoRoot, "dist", "client");
  if (!existsSync(path.join(clientDir, "index.html"))) {
    throw new Error("the client is not built: run `npm run build` (npm test does)");
  }
  const plan = await loadPlan();
  let store = options.store;
  if (!store) {
    store = createMemoryStore();
    await store.load(plan.graph);
  }
  // The plan's text too, as the real server has it (the reader's /api/plans/:id/text).
  const planTexts = new Map([[plan.planId, plan.text]]);
  const app = createApp({ store, logger: pino({ level: "silent" }), planTexts, seedDir, clientDir });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
