/** Run a Cypher query: one at a time (a new run aborts the last), timed, errors explained. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CypherResult } from "../../../../contract/api.js";
import { ApiError } from "../../api.js";
import { describeFailure, type CypherFailure } from "../../core/cypher.js";
import { useApi } from "../apiContext.js";

export type CypherRun =
  | { status: "idle" }
  /** `previous` stays on screen, dimmed, until the new answer arrives. */
  | { status: "loading"; query: string; previous: CypherRun & { status: "ok" | "error" } | null }
  | { status: "ok"; query: string; result: CypherResult; elapsedMs: number }
  | { status: "error"; query: string; failure: CypherFailure; elapsedMs: number };

export function useCypherRun(): { run: CypherRun; execute: (query: string) => void } {
  const api = useApi();
  const [run, setRun] = useState<CypherRun>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const execute = useCallback((query: string) => {
    controller.current?.abort();
    const c = (controller.current = new AbortController());
    setRun((prev) => ({
      status: "loading",
      query,
      previous: prev.status === "loading" ? prev.previous : prev.status === "idle" ? null : prev,
    }));
    const started = performance.now();
    api.cypher(query, {}, c.signal).then(
      (result) => {
        if (!c.signal.aborted) setRun({ status: "ok", query, result, elapsedMs: performance.now() - started });
      },
      (err: unknown) => {
        if (c.signal.aborted) return;
        const e = err instanceof ApiError ? err : { message: (err as Error)?.message ?? String(err) };
        setRun({ status: "error", query, failure: describeFailure(e), elapsedMs: performance.now() - started });
      },
    );
  }, [api]);

  return { run, execute };
}
