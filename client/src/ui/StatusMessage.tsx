/** Loading, error and empty states, shown over the canvas. */
import type { ReactNode } from "react";

export function Loading({ what }: { what: string }) {
  return (
    <div className="overlay" role="status" data-testid="loading">
      <span className="spinner" /> Loading {what}…
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  return (
    <div className="overlay" role="alert" data-testid="error-state">
      <div className="message-card error">
        <h2>{title}</h2>
        <p>{error.message}</p>
        <button type="button" className="primary" onClick={onRetry}>
          Retry
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
