import { RailpilotError, type RailpilotErrorOptions, TimeoutError } from "../core/index.js";

/**
 * Typed errors of the Railway client. Each carries what a caller needs to decide what to do
 * next; none ever includes a token (messages are built from Railway's replies and our own
 * words, never from request headers).
 */

/** Every `code` a Railway client error carries. */
export type RailwayErrorCode =
  | "NO_TOKEN"
  | "AUTH"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  | "VALIDATION"
  | "GRAPHQL"
  | "NETWORK"
  | "TIMEOUT"
  | "COOLDOWN"
  | "UPLOAD";

/** Options of every Railway error: `mayHaveActed` overrides the class's default. */
export interface RailwayErrorOptions extends RailpilotErrorOptions {
  /** Whether Railway may have carried out the request (see `RailwayError.mayHaveActed`). */
  mayHaveActed?: boolean;
}

/**
 * What every error of the Railway client carries. `mayHaveActed` answers "did Railway act on
 * this request?" once, where the answer is known (the client's response classifier): false when
 * the failure proves nothing ran (refused by the rate limiter or the cooldown, blocked at the
 * edge, connection refused or name not resolved, a GraphQL error Railway answered with); true
 * when it may have run (HTTP 5xx, a timeout, a reset connection, "Problem processing request").
 * Callers repeating a mutation, or looking for what it created, read this and nothing else.
 */
export interface RailwayError extends RailpilotError {
  readonly code: RailwayErrorCode;
  readonly mayHaveActed: boolean;
}

const RAILWAY_CODES: ReadonlySet<string> = new Set<RailwayErrorCode>([
  "NO_TOKEN",
  "AUTH",
  "NOT_FOUND",
  "RATE_LIMITED",
  "VALIDATION",
  "GRAPHQL",
  "NETWORK",
  "TIMEOUT",
  "COOLDOWN",
  "UPLOAD",
]);

/** True for the client's own errors (they all carry `mayHaveActed`). */
export function isRailwayError(error: unknown): error is RailwayError {
  return (
    error instanceof RailpilotError &&
    RAILWAY_CODES.has(error.code) &&
    typeof (error as { mayHaveActed?: unknown }).mayHaveActed === "boolean"
  );
}

/**
 * Whether a failed request may have been carried out by Railway. Railway errors answer with
 * their `mayHaveActed`; an error that is not from the client (a bug, an abort mid-request) may
 * have come after the request was sent, so it answers true; a usage error was never sent.
 */
export function mayHaveActed(error: unknown): boolean {
  if (isRailwayError(error)) return error.mayHaveActed;
  if (error instanceof RailpilotError && error.code === "USAGE") return false;
  return true;
}

/** Sets `mayHaveActed` after the fact: only the client, which decides it from the answer. */
export function withMayHaveActed<E extends RailwayError>(error: E, value: boolean): E {
  (error as { mayHaveActed: boolean }).mayHaveActed = value;
  return error;
}

/** One entry of a GraphQL response's `errors` array, as Railway sends it. */
export interface RailwayGraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** No token configured: neither an option nor RAILWAY_TOKEN / RAILWAY_API_TOKEN. */
export class NoTokenError extends RailpilotError {
  declare readonly code: "NO_TOKEN";
  readonly mayHaveActed: boolean;
  constructor(options: RailwayErrorOptions = {}) {
    super("NO_TOKEN", "No Railway token is configured", {
      hint: "Set RAILWAY_API_TOKEN (account or workspace token) or RAILWAY_TOKEN (project token), or pass a token option",
      ...options,
    });
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/**
 * Railway refused the token: "Not Authorized" (invalid, expired, or valid but without access to
 * that resource: Railway sends the same message for both), "project token not found", a 401/403,
 * or "Two Factor Authentication Required". Never retried.
 */
export class RailwayAuthError extends RailpilotError {
  declare readonly code: "AUTH";
  readonly mayHaveActed: boolean;
  readonly status: number | undefined;
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(
    message: string,
    details: { status?: number; errors?: readonly RailwayGraphQLErrorEntry[] } = {},
    options: RailwayErrorOptions = {},
  ) {
    super("AUTH", message, {
      hint: "Check the token: `me` and account-level queries need RAILWAY_API_TOKEN (account token); project tokens (RAILWAY_TOKEN) only reach their own project and environment",
      ...options,
    });
    this.status = details.status;
    this.errors = details.errors ?? [];
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/** The resource does not exist (or is not visible to this token). */
export class RailwayNotFoundError extends RailpilotError {
  declare readonly code: "NOT_FOUND";
  readonly mayHaveActed: boolean;
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(message: string, errors: readonly RailwayGraphQLErrorEntry[] = [], options: RailwayErrorOptions = {}) {
    super("NOT_FOUND", message, { hint: "Check the id; a project token only sees its own project", ...options });
    this.errors = errors;
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/** HTTP 429 (or the client's own budget refused to wait that long). */
export class RailwayRateLimitError extends RailpilotError {
  declare readonly code: "RATE_LIMITED";
  readonly mayHaveActed: boolean;
  /** How long Railway asked us to wait (from `Retry-After`), when known. */
  readonly retryAfterMs: number | undefined;
  /** When the rate-limit window resets (epoch ms, from `X-RateLimit-Reset`), when known. */
  readonly resetAt: number | undefined;

  constructor(
    message: string,
    details: { retryAfterMs?: number; resetAt?: number } = {},
    options: RailwayErrorOptions = {},
  ) {
    super("RATE_LIMITED", message, {
      hint: "Railway's API budget is used up: wait until the window resets, or lower the request rate (plan limits: free 100/h, hobby 1,000/h, pro 10,000/h)",
      ...options,
    });
    this.retryAfterMs = details.retryAfterMs;
    this.resetAt = details.resetAt;
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/**
 * A GraphQL error that is not about auth, absence or rate: code `VALIDATION` when the document
 * or variables do not fit the schema (a client bug; never retried), `GRAPHQL` otherwise.
 */
export class RailwayGraphQLError extends RailpilotError {
  declare readonly code: "VALIDATION" | "GRAPHQL";
  readonly mayHaveActed: boolean;
  readonly errors: readonly RailwayGraphQLErrorEntry[];
  readonly status: number | undefined;
  /** The operation's name, e.g. "ServiceInstanceDeployV2". */
  readonly operationName: string | undefined;

  constructor(
    message: string,
    details: {
      errors: readonly RailwayGraphQLErrorEntry[];
      status?: number;
      validation?: boolean;
      operationName?: string;
    },
    options: RailwayErrorOptions = {},
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
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/**
 * The request never produced a usable GraphQL answer: connection refused or reset, a 5xx, or a
 * non-JSON page from Railway's edge (e.g. Cloudflare "Access denied"). Queries retry it before it
 * is thrown; mutations only when it proves Railway did not act (refused connection, Cloudflare's
 * block page), since after a 5xx or a reset the mutation may have run.
 */
export class RailwayNetworkError extends RailpilotError {
  declare readonly code: "NETWORK";
  readonly mayHaveActed: boolean;
  /** HTTP status when a response arrived. */
  readonly status: number | undefined;

  constructor(message: string, details: { status?: number } = {}, options: RailwayErrorOptions = {}) {
    super("NETWORK", message, {
      hint: "Railway could not be reached or answered with an error page; check connectivity and https://status.railway.com, then retry",
      ...options,
    });
    this.status = details.status;
    this.mayHaveActed = options.mayHaveActed ?? true;
  }
}

/** No answer within the request timeout. */
export class RailwayTimeoutError extends TimeoutError {
  declare readonly code: "TIMEOUT";
  readonly mayHaveActed: boolean;
  constructor(message: string, timeoutMs: number, options: RailwayErrorOptions = {}) {
    super(message, timeoutMs, {
      hint: "Raise timeoutMs, or retry: Railway can be slow for some mutations",
      ...options,
    });
    this.mayHaveActed = options.mayHaveActed ?? true;
  }
}

/**
 * "Endpoint too recently updated": Railway's per-resource cooldown after a change (undocumented;
 * users report waiting about a minute). Retried with backoff before thrown.
 */
export class RailwayCooldownError extends RailpilotError {
  declare readonly code: "COOLDOWN";
  readonly mayHaveActed: boolean;
  readonly errors: readonly RailwayGraphQLErrorEntry[];

  constructor(message: string, errors: readonly RailwayGraphQLErrorEntry[] = [], options: RailwayErrorOptions = {}) {
    super("COOLDOWN", message, { hint: "Wait a minute before changing the same resource again", ...options });
    this.errors = errors;
    this.mayHaveActed = options.mayHaveActed ?? false;
  }
}

/** The code upload endpoint (`railway up`) refused the tarball. */
export class RailwayUploadError extends RailpilotError {
  declare readonly code: "UPLOAD";
  readonly mayHaveActed: boolean;
  readonly status: number | undefined;

  constructor(message: string, details: { status?: number } = {}, options: RailwayErrorOptions = {}) {
    super("UPLOAD", message, {
      hint:
        details.status === 413
          ? "The upload is too large: add build output and data to .railwayignore"
          : "Check the project, environment and service ids",
      ...options,
    });
    this.status = details.status;
    this.mayHaveActed = options.mayHaveActed ?? (details.status ?? 0) >= 500;
  }
}
