/**
 * What can go wrong with a question put to the graph, in the domain's own terms. Adapters (the
 * stores) raise these or map their failures into them; the HTTP layer maps them to status codes.
 */

/** The thing asked about does not exist (an unknown id, a node that is not an Industry). */
export class NotFoundError extends Error {
  readonly code = "not_found" as const;
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A question refused as such (a Cypher write on the read-only console, a bad query). */
export class BadRequestError extends Error {
  readonly code = "bad_request" as const;
  constructor(message: string) {
    super(message);
    this.name = "BadRequestError";
  }
}

/** A question this store cannot answer at all (Cypher on the memory store). */
export class NotImplementedError extends Error {
  readonly code = "not_implemented" as const;
  constructor(message: string) {
    super(message);
    this.name = "NotImplementedError";
  }
}

/** Too many questions at once from this client or for this resource: try again after `retryAfterS`. */
export class BusyError extends Error {
  readonly code = "rate_limited" as const;
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super(message);
    this.name = "BusyError";
  }
}
