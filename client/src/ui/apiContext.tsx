/**
 * The API the components talk to, provided through React context: the real client by default, a
 * fake in component tests (`<ApiProvider api={fake}>`), so no component reaches for a singleton.
 */
import { createContext, useContext, type ReactNode } from "react";
import { api as realApi, type Api } from "../api.js";

const ApiContext = createContext<Api>(realApi);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API of the nearest provider, or the real one. */
export function useApi(): Api {
  return useContext(ApiContext);
}
