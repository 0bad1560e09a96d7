/**
 * Loading, error and empty states, shown over the canvas. Callers pass words from the catalog
 * (`what` is a noun phrase: `m.common.theGraph`); an error's own message is the server's or the
 * network's, marked with the language it is in.
 */
import type { ReactNode } from "react";
import { textLang } from "../core/language.js";
import { useMessages } from "./i18n.js";

export function Loading({ what }: { what: string }) {
  const m = useMessages();
  return (
    <div className="overlay" role="status" data-testid="loading">
      <span className="spinner" /> {m.common.loadingWhat(what)}
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  const m = useMessages();
  return (
    <div className="overlay" role="alert" data-testid="error-state">
      <div className="message-card error">
        <h2>{title}</h2>
        <p lang={textLang(error.message)}>{error.message}</p>
        <button type="button" className="primary" onClick={onRetry}>
          {m.common.retry}
        </button>
      </div>
    </div>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="overlay" data-testid="empty-state">
      <div className="message-card">
        <p>{children}</p>
        {action}
      </div>
    </div>
  );
}
