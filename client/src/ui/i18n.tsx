/** The interface language for every component: the view state's `lang`, provided by App. */
import { createContext, useContext, type ReactNode } from "react";
import { messagesFor, type Messages } from "../core/i18n/index.js";
import { DEFAULT_LANG, type Lang } from "../core/names.js";

const LangContext = createContext<Lang>(DEFAULT_LANG);

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Every interface string in the current language: `const m = useMessages(); m.chain.gapsTitle`. */
export function useMessages(): Messages {
  return messagesFor(useContext(LangContext));
}
