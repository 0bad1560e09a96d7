/**
 * The store's own failure: the backing database cannot be reached. Infrastructure, not domain, so it
 * lives with the adapters; the HTTP layer answers it with 503.
 */
export class StoreUnavailableError extends Error {
  readonly code = "unavailable" as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
