import { RailpilotError, type RailpilotErrorOptions, TimeoutError } from "../core/index.js";

/**
 * Typed errors of the Railway client. Each carries what a caller needs to decide what to do
 * next; none ever includes a token (messages are built from Railway's replies and our own
 * words, never from request headers).
 */

/** One entry of a GraphQL response's `errors` array, as Railway sends it. */
export interface RailwayGraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** No token configured: neither an option nor RAILWAY_TOKEN / RAILWAY_API_TOKEN. */
export class NoTokenError extends RailpilotError {
  constructor(options: RailpilotErrorOptions = {}) {
    super("NO_TOKEN", "No Railway token is configured", {
      hint: "Set RAILWAY_API_TOKEN (account or workspace token) or RAILWAY_TOKEN (project token), or pass a token option",
      ...options,
    });
  }
}

/**
 * Railway refused the token: "Not Authorized" (invalid, expired, or valid but without access to
 * that resource: Railway sends the same message for both), "project token not found", a 401/403,
 * or "Two Factor Authentication Required". Never retried.
 */
export class RailwayAuthError extends RailpilotError {
  readonly status: number | undefined;
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(message: string, details: { status?: number; errors?: readonly RailwayGraphQLErrorEntry[] } = {}, options: RailpilotErrorOptions = {}) {
    super("AUTH", message, {
      hint: "Check the token: `me` and account-level queries need RAILWAY_API_TOKEN (account token); project tokens (RAILWAY_TOKEN) only reach their own project and environment",
      ...options,
    });
    this.status = details.status;
    this.errors = details.errors ?? [];
  }
}

/** The resource does not exist (or is not visible to this token). */
export class RailwayNotFoundError extends RailpilotError {
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(message: string, errors: readonly RailwayGraphQLErrorEntry[] = [], options: RailpilotErrorOptions = {}) {
    super("NOT_FOUND", message, { hint: "Check the id; a project token only sees its own project", ...options });
    this.errors = errors;
  }
}

/** HTTP 429 (or the client's own budget refused to wait that long). */
export class RailwayRateLimitError extends RailpilotError {
  /** How long Railway asked us to wait (from `Retry-After`), when known. */
  readonly retryAfterMs: number | undefined;
  /** When the rate-limit window resets (epoch ms, from `X-RateLimit-Reset`), when known. */
  readonly resetAt: number | undefined;

  constructor(message: string, details: { retryAfterMs?: number; resetAt?: number } = {}, options: RailpilotErrorOptions = {}) {
    super("RATE_LIMITED", message, {
      hint: "Railway's API budget is used up: wait until the window resets, or lower the request rate (plan limits: free 100/h, hobby 1,000/h, pro 10,000/h)",
      ...options,
    });
    this.retryAfterMs = details.retryAfterMs;
    this.resetAt = details.resetAt;
  }
}

/**
 * A GraphQL error that is not about auth, absence or rate: code `VALIDATION` when the document
 * or variables do not fit the schema (a client bug; never retried), `GRAPHQL` otherwise.
 */
export class RailwayGraphQLError extends RailpilotError {
  readonly errors: readonly RailwayGraphQLErrorEntry[];
  readonly status: number | undefined;
  /** The operation's name, e.g. "ServiceInstanceDeployV2". */
  readonly operationName: string | undefined;

  constructor(
    message: string,
    details: { errors: readonly RailwayGraphQLErrorEntry[]; status?: number; validation?: boolean; operationName?: string },
    options: RailpilotErrorOptions = {},
  ) {
    super(details.validation ? "VALIDATION" : "GRAPHQL", message, {
      hint: details.validation
        ? "The operation does not match Railway's schema: regenerate with `npm run codegen` and check the variables"
        : "Railway rejected the operation; read the message above",
      ...options,
    });
    this.errors = details.errors;
    this.status = details.status;
    this.operationName = details.operationName;
  }
}

/**
 * The request never produced a usable GraphQL answer: connection refused or reset, a 5xx, or a
 * non-JSON page from Railway's edge (e.g. Cloudflare "Access denied"). Queries retry it before it
 * is thrown; mutations only when it proves Railway did not act (refused connection, Cloudflare's
 * block page), since after a 5xx or a reset the mutation may have run.
 */
export class RailwayNetworkError extends RailpilotError {
  /** HTTP status when a response arrived. */
  readonly status: number | undefined;

  constructor(message: string, details: { status?: number } = {}, options: RailpilotErrorOptions = {}) {
    super("NETWORK", message, {
      hint: "Railway could not be reached or answered with an error page; check connectivity and https://status.railway.com, then retry",
      ...options,
    });
    this.status = details.status;
  }
}

/** No answer within the request timeout. */
export class RailwayTimeoutError extends TimeoutError {
  constructor(message: string, timeoutMs: number, options: RailpilotErrorOptions = {}) {
    super(message, timeoutMs, { hint: "Raise timeoutMs, or retry: Railway can be slow for some mutations", ...options });
  }
}

/**
 * "Endpoint too recently updated": Railway's per-resource cooldown after a change (undocumented;
 * users report waiting about a minute). Retried with backoff before thrown.
 */
export class RailwayCooldownError extends RailpilotError {
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(message: string, errors: readonly RailwayGraphQLErrorEntry[] = [], options: RailpilotErrorOptions = {}) {
    super("COOLDOWN", message, { hint: "Wait a minute before changing the same resource again", ...options });
    this.errors = errors;
  }
}

/** The code upload endpoint (`railway up`) refused the tarball. */
export class RailwayUploadError extends RailpilotError {
  readonly status: number | undefined;

  constructor(message: string, details: { status?: number } = {}, options: RailpilotErrorOptions = {}) {
    super("UPLOAD", message, {
      hint: details.status === 413 ? "The upload is too large: add build output and data to .railwayignore" : "Check the project, environment and service ids",
      ...options,
    });
    this.status = details.status;
  }
}
