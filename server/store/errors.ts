/** Domain errors that every store raises the same way; the HTTP layer maps them to status codes. */
export class NotFoundError extends Error {
  readonly code = "not_found" as const;
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

export class StoreUnavailableError extends Error {
  readonly code = "unavailable" as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

export class NotImplementedError extends Error {
  readonly code = "not_implemented" as const;
  constructor(message: string) {
    super(message);
    this.name = "NotImplementedError";
  }
}

/** A request the store refuses as such (a Cypher write on the read-only console, a bad query). */
export class BadRequestError extends Error {
  readonly code = "bad_request" as const;
  constructor(message: string) {
    super(message);
    this.name = "BadRequestError";
  }
}
