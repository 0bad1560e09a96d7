/**
 * Runs a layout in the layout worker (ui/layout/layoutWorker.ts), which Vite bundles as a chunk of
 * its own, fetched only when a large graph is first laid out. One worker per layout, ended after:
 * layouts are rare and a stale one must not keep computing.
 */
import type { LayoutReply, LayoutRequest } from "../../core/layoutJob.js";
import { positionsOf } from "../../core/layoutJob.js";

export function layoutInWorker(req: LayoutRequest): Promise<Map<string, { x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      worker.terminate();
      if (e.data.kind === "done") resolve(positionsOf(e.data));
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "layout worker failed"));
    };
    worker.postMessage(req);
  });
}
