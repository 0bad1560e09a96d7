/**
 * The console's threads (./consoleWorker.ts): at most `size` queries at once, a few more waiting,
 * the rest refused as busy (429). Each query has a deadline a little past Neo4j's own timeout and a
 * heap of its own: past either, its thread is stopped (Neo4j sees the connection close and ends the
 * transaction) and a new one takes its place. The server's event loop never waits on a query.
 */
import { Worker } from "node:worker_threads";
import type { CypherResult } from "../../../contract/api.js";
import { BadRequestError, BusyError } from "../../domain/errors.js";
import { StoreUnavailableError } from "../errors.js";
import type { ConsoleJob, ConsoleReply, ConsoleWorkerData } from "./consoleWorker.js";

export interface ConsolePoolOptions {
  /** Queries run at once (default 2). */
  size?: number;
  /** Queries waiting for a thread before more are refused as busy (default 4). */
  queue?: number;
  /** Heap of a query's thread, MB (default 192): a result over it stops the query. */
  heapMb?: number;
  /** Time past Neo4j's timeout before the thread is stopped (default 1,000 ms). */
  graceMs?: number;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

const workerUrl = new URL("./consoleThread.mjs", import.meta.url);

export class ConsolePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly data: ConsoleWorkerData,
    private readonly options: ConsolePoolOptions = {},
  ) {}

  async run(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    if (this.closed) throw new StoreUnavailableError("the store is closed");
    const slot = await this.acquire();
    try {
      return await this.send(slot, { id: this.nextId++, query, params });
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) return this.take(free);
      if (this.slots.length < (this.options.size ?? 2)) return this.take(this.spawn());
      if (this.waiting.length >= (this.options.queue ?? 4)) {
        throw new BusyError("the Cypher console is busy with other queries: try again in a few seconds", 5);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private take(slot: Slot): Slot {
    slot.busy = true;
    return slot;
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl, {
      workerData: this.data,
      execArgv: [], // ./consoleThread.mjs loads TypeScript itself
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? 192 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker, busy: false };
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  private send(slot: Slot, job: ConsoleJob): Promise<CypherResult> {
    const { worker } = slot;
    const limitMs = this.data.timeoutMs + (this.options.graceMs ?? 1_000);
    return new Promise<CypherResult>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        fn();
      };
      const timer = setTimeout(() => {
        this.retire(slot);
        done(() => reject(new BadRequestError(`the query ran longer than ${this.data.timeoutMs / 1000} s and was stopped`)));
      }, limitMs);
      const onMessage = (reply: ConsoleReply) => {
        if (reply.id !== job.id) return;
        if (reply.ok) return done(() => resolve(reply.result as CypherResult));
        const err =
          reply.kind === "bad_request"
            ? new BadRequestError(reply.message)
            : reply.kind === "unavailable"
              ? new StoreUnavailableError(reply.message)
              : new Error(reply.message);
        done(() => reject(err));
      };
      const onError = (e: Error & { code?: string }) => {
        this.retire(slot);
        const tooBig = e.code === "ERR_WORKER_OUT_OF_MEMORY";
        done(() => reject(tooBig ? new BadRequestError("the query's result is too large to return: ask for less (LIMIT, fewer or smaller values)") : new Error("the console query failed")));
      };
      const onExit = () => {
        this.retire(slot);
        done(() => reject(new Error("the console query failed")));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
  }
}
