/**
 * The Web Worker that lays out a large graph (core/layoutJob.ts, ui/layout/layOut.ts) and posts
 * the positions back, or the error.
 */
import type { LayoutReply, LayoutRequest } from "../../core/layoutJob.js";
import { layOut } from "./layOut.js";

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply;
  try {
    reply = { kind: "done", ...layOut(e.data) };
  } catch (err) {
    reply = { kind: "error", message: err instanceof Error ? err.message : String(err) };
  }
  if (reply.kind === "done") (self as unknown as Worker).postMessage(reply, [reply.xy.buffer]);
  else (self as unknown as Worker).postMessage(reply);
};
