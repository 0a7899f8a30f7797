import { z } from "zod";
import { type RailpilotError, redact } from "../core/index.js";
import { parseRateLimitReset, parseRetryAfter } from "./backoff.js";
import {
  isRailwayError,
  RailwayAuthError,
  RailwayCooldownError,
  RailwayGraphQLError,
  type RailwayGraphQLErrorEntry,
  RailwayNetworkError,
  RailwayNotFoundError,
  RailwayRateLimitError,
  withMayHaveActed,
} from "./errors.js";

/** What to do with one HTTP answer. */
export type ResponseOutcome =
  | { kind: "ok"; data: Record<string, unknown> }
  | {
      kind: "retry";
      error: RailpilotError;
      /** Why: decides whether a mutation may be retried (see `provesNotActed`) and which backoff applies. */
      reason: RetryReason;
      /** Server-requested wait (Retry-After), ms. */
      retryAfterMs?: number;
    }
  | { kind: "fail"; error: RailpilotError };

/**
 * Why an answer is worth another attempt. Only some prove Railway did not act on the request:
 * - "rate-limited": refused by the rate limiter (HTTP 429, or a GraphQL "rate limit" error);
 * - "cooldown": refused with "Endpoint too recently updated";
 * - "edge-block": Cloudflare's 403 "Access denied" page, served at the edge before the origin;
 * - "not-sent": the connection was refused or the host not found, so nothing was sent.
 * The others may follow a request Railway has run, fully or in part:
 * - "edge-page": another non-JSON page (a 5xx from a proxy, a gateway timeout);
 * - "server-error": HTTP 5xx, a timeout, a connection reset;
 * - "transient-graphql": "Problem processing request" or an INTERNAL_SERVER_ERROR.
 */
export type RetryReason =
  | "rate-limited"
  | "cooldown"
  | "edge-block"
  | "not-sent"
  | "edge-page"
  | "server-error"
  | "transient-graphql";

const NOT_ACTED: ReadonlySet<RetryReason> = new Set<RetryReason>([
  "rate-limited",
  "cooldown",
  "edge-block",
  "not-sent",
]);

/**
 * True when the failure proves Railway did not act on the request, so even a mutation may be
 * sent again. Any other failure repeats only an operation known to be idempotent.
 */
export function provesNotActed(reason: RetryReason): boolean {
  return NOT_ACTED.has(reason);
}

/**
 * Cloudflare's block page ("Access denied | … used Cloudflare to restrict access", HTTP 403):
 * the edge refused the request, so it never reached Railway's servers.
 */
export function isEdgeBlockPage(status: number, body: string): boolean {
  if (status !== 403) return false;
  const title = htmlTitle(body);
  return title !== undefined && /access denied/i.test(title);
}

const errorEntrySchema = z.looseObject({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});

const envelopeSchema = z.looseObject({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(errorEntrySchema).optional(),
});

const VALIDATION_PATTERNS = [
  /Cannot query field/i,
  /Unknown argument/i,
  /Unknown type/i,
  /Variable "\$[^"]+"/i,
  /must have a selection of subfields/i,
  /must not have a selection/i,
  /Syntax Error/i,
  /Expected (value of )?type/i,
  /is required, but it was not provided/i,
];

/** Rate-limit headers Railway sends on every answer. */
export function readRateLimitHeaders(
  headers: Headers,
  now: number,
): { remaining?: number; resetAt?: number; retryAfterMs?: number } {
  const remainingRaw = headers.get("x-ratelimit-remaining");
  const remaining = remainingRaw === null || remainingRaw.trim() === "" ? undefined : Number(remainingRaw);
  const resetAt = parseRateLimitReset(headers.get("x-ratelimit-reset"), now);
  const retryAfterMs = parseRetryAfter(headers.get("retry-after"), now);
  return {
    ...(remaining !== undefined && Number.isFinite(remaining) ? { remaining } : {}),
    ...(resetAt !== undefined ? { resetAt } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

/** Title of an HTML page (e.g. Cloudflare's "Access denied | … used Cloudflare to restrict access"). */
export function htmlTitle(text: string): string | undefined {
  const m = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text);
  return m?.[1]?.trim();
}

/**
 * Turns one HTTP answer into ok / retry / fail, with a typed error. Pure: no I/O. Messages come
 * from Railway's reply and pass through `redact`, so a token echoed back never leaks.
 */
export function classifyResponse(input: {
  status: number;
  headers: Headers;
  body: string;
  now: number;
  operationName?: string | undefined;
}): ResponseOutcome {
  return withActedFlag(classifyAnswer(input));
}

/**
 * The one place "did Railway act on this request?" is decided: a retry outcome's error carries
 * `mayHaveActed = !provesNotActed(reason)`; a failure keeps its class's answer (Railway answered
 * with a refusal, so nothing ran). The client passes its transport failures through here too.
 */
export function withActedFlag(outcome: ResponseOutcome): ResponseOutcome {
  if (outcome.kind === "retry" && isRailwayError(outcome.error))
    withMayHaveActed(outcome.error, !provesNotActed(outcome.reason));
  return outcome;
}

function classifyAnswer(input: {
  status: number;
  headers: Headers;
  body: string;
  now: number;
  operationName?: string | undefined;
}): ResponseOutcome {
  const { status, headers, body, now, operationName } = input;
  const op = operationName ? `${operationName}: ` : "";
  const limits = readRateLimitHeaders(headers, now);

  if (status === 429) {
    const error = new RailwayRateLimitError(
      `${op}Railway rate limit reached (HTTP 429)${limits.retryAfterMs !== undefined ? `; retry after ${Math.ceil(limits.retryAfterMs / 1000)} s` : ""}`,
      {
        ...(limits.retryAfterMs !== undefined ? { retryAfterMs: limits.retryAfterMs } : {}),
        ...(limits.resetAt !== undefined
          ? { resetAt: limits.resetAt }
          : limits.retryAfterMs !== undefined
            ? { resetAt: now + limits.retryAfterMs }
            : {}),
      },
    );
    return {
      kind: "retry",
      error,
      reason: "rate-limited",
      ...(limits.retryAfterMs !== undefined ? { retryAfterMs: limits.retryAfterMs } : {}),
    };
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    const title = htmlTitle(body);
    const what = title ? `an HTML page ("${redact(title)}")` : "a non-JSON body";
    const error = new RailwayNetworkError(
      `${op}Railway answered HTTP ${status} with ${what} instead of JSON`,
      { status },
      { cause },
    );
    if (status === 401)
      return {
        kind: "fail",
        error: new RailwayAuthError(`${op}Railway answered HTTP 401 (not authorized)`, { status }),
      };
    return { kind: "retry", error, reason: isEdgeBlockPage(status, body) ? "edge-block" : "edge-page" };
  }

  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const error = new RailwayNetworkError(
      `${op}Railway answered HTTP ${status} with JSON that is not a GraphQL response`,
      { status },
    );
    return status >= 500 ? { kind: "retry", error, reason: "server-error" } : { kind: "fail", error };
  }
  const envelope = parsed.data;
  const errors: RailwayGraphQLErrorEntry[] = (envelope.errors ?? []).map((e) => ({
    message: redact(e.message),
    ...(e.path ? { path: e.path } : {}),
    ...(e.extensions ? { extensions: e.extensions } : {}),
  }));

  if (errors.length > 0) return classifyGraphQLErrors(errors, status, op, operationName);

  if (status === 401 || status === 403) {
    return {
      kind: "fail",
      error: new RailwayAuthError(`${op}Railway answered HTTP ${status} (not authorized)`, { status }),
    };
  }
  if (status >= 500) {
    return {
      kind: "retry",
      error: new RailwayNetworkError(`${op}Railway answered HTTP ${status}`, { status }),
      reason: "server-error",
    };
  }
  if (status < 200 || status >= 300 || !envelope.data) {
    return {
      kind: "fail",
      error: new RailwayGraphQLError(`${op}Railway answered HTTP ${status} without data`, {
        errors: [],
        status,
        ...(operationName ? { operationName } : {}),
      }),
    };
  }
  return { kind: "ok", data: envelope.data };
}

function classifyGraphQLErrors(
  errors: RailwayGraphQLErrorEntry[],
  status: number,
  op: string,
  operationName: string | undefined,
): ResponseOutcome {
  const first = errors[0]!;
  const text = first.message;
  const all = errors.map((e) => e.message).join("; ");
  const code = typeof first.extensions?.code === "string" ? first.extensions.code : "";

  if (
    /not authori[sz]ed|unauthori[sz]ed|project token not found|two factor authentication required/i.test(text) ||
    code === "UNAUTHENTICATED" ||
    code === "FORBIDDEN"
  ) {
    return { kind: "fail", error: new RailwayAuthError(`${op}${text}`, { status, errors }) };
  }
  if (/too recently updated/i.test(text)) {
    return { kind: "retry", error: new RailwayCooldownError(`${op}${text}`, errors), reason: "cooldown" };
  }
  if (/problem processing request/i.test(text) || (code === "INTERNAL_SERVER_ERROR" && status >= 500)) {
    return {
      kind: "retry",
      error: new RailwayGraphQLError(`${op}${all}`, { errors, status, ...(operationName ? { operationName } : {}) }),
      reason: "transient-graphql",
    };
  }
  if (/rate limit/i.test(text)) {
    return { kind: "retry", error: new RailwayRateLimitError(`${op}${text}`), reason: "rate-limited" };
  }
  const validation =
    code === "GRAPHQL_VALIDATION_FAILED" ||
    code === "GRAPHQL_PARSE_FAILED" ||
    code === "BAD_USER_INPUT" ||
    VALIDATION_PATTERNS.some((re) => re.test(text));
  if (validation) {
    return {
      kind: "fail",
      error: new RailwayGraphQLError(`${op}${all}`, {
        errors,
        status,
        validation: true,
        ...(operationName ? { operationName } : {}),
      }),
    };
  }
  if (/not found/i.test(text) || code === "NOT_FOUND") {
    return { kind: "fail", error: new RailwayNotFoundError(`${op}${text}`, errors) };
  }
  if (status >= 500) {
    return {
      kind: "retry",
      error: new RailwayGraphQLError(`${op}${all}`, { errors, status, ...(operationName ? { operationName } : {}) }),
      reason: "server-error",
    };
  }
  return {
    kind: "fail",
    error: new RailwayGraphQLError(`${op}${all}`, { errors, status, ...(operationName ? { operationName } : {}) }),
  };
}
