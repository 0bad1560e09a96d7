/**
 * A fake server for component tests: the real API client (`createApi`) over a fetch that answers
 * from a table of routes, so components are tested through the same error handling as in the app.
 */
import { createApi, type Api } from "../../api.js";

/** An answer: a JSON body and status, or a thrown error (a network failure). */
export type Answer = { status?: number; body: unknown } | Error;
/** Routes by decoded path (`/api/nodes/industry:集成电路`); the query is in `url`. */
export type Routes = Record<string, (url: URL) => Answer>;

export interface FakeApi {
  api: Api;
  /** Every request made, as path and query (decoded). */
  calls: string[];
}

export function fakeApi(routes: Routes): FakeApi {
  const calls: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), "http://atlas.test");
    const path = decodeURIComponent(url.pathname);
    calls.push(path + decodeURIComponent(url.search));
    if (init?.signal?.aborted) throw new DOMException("The request was aborted.", "AbortError");
    const answer = routes[path]?.(url) ?? { status: 404, body: { error: { code: "not_found", message: `No route ${path}` } } };
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { api: createApi(fetchImpl), calls };
}
