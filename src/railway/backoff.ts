/**
 * Retry timing. HTTP retries: 0.5 s·2ⁿ capped at 8 s, minus up to 25 % jitter so a fleet of
 * clients does not retry in lockstep (the shape Anthropic's SDK uses). Websocket reconnects:
 * 1 s ×1.5 capped at 8 s, as Railway's CLI does.
 */
export interface BackoffShape {
  /** First delay, ms. */
  initialMs: number;
  /** Growth per attempt. */
  factor: number;
  /** Cap, ms. */
  maxMs: number;
  /** Fraction of the delay removed at random (0 = none). */
  jitter: number;
}

export const HTTP_RETRY_BACKOFF: BackoffShape = { initialMs: 500, factor: 2, maxMs: 8_000, jitter: 0.25 };
export const COOLDOWN_BACKOFF: BackoffShape = { initialMs: 2_000, factor: 2, maxMs: 30_000, jitter: 0.25 };
export const WS_RECONNECT_BACKOFF: BackoffShape = { initialMs: 1_000, factor: 1.5, maxMs: 8_000, jitter: 0 };

/** Delay before retry number `attempt` (0-based). `random` returns [0, 1). */
export function backoffDelay(attempt: number, shape: BackoffShape, random: () => number): number {
  const raw = Math.min(shape.maxMs, shape.initialMs * shape.factor ** attempt);
  return Math.round(raw * (1 - random() * shape.jitter));
}

/** `Retry-After`: delay-seconds or an HTTP date. Returns ms from `now`, or undefined. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `X-RateLimit-Reset`: Railway says "when the window ends" without a format. Accepts epoch ms,
 * epoch seconds, seconds from now, or an ISO date. Returns epoch ms, or undefined.
 */
export function parseRateLimitReset(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const n = Number(value);
  if (Number.isFinite(n)) {
    if (n > 1e12) return Math.round(n);
    if (n > 1e9) return Math.round(n * 1000);
    return now + Math.round(n * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}
