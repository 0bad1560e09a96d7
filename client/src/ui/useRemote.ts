/**
 * Load something asynchronously with loading / error / retry, aborting stale requests. `load` is
 * memoised by the caller (useCallback), so its dependencies are checked where they are known; a
 * new `load` loads again, and null loads nothing.
 */
import { useCallback, useEffect, useState } from "react";

export type Remote<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "ok"; data: T; error?: undefined }
  | { status: "error"; data?: undefined; error: Error };

export function useRemote<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Remote<T> & { retry: () => void } {
  const [remote, setRemote] = useState<Remote<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setRemote({ status: "loading" });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setRemote({ status: "ok", data }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setRemote({ status: "error", error: err instanceof Error ? err : new Error(String(err)) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...remote, retry };
}
