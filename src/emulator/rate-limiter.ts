import type { Clock } from "../core/index.js";
import type { Plan } from "./model.js";

/** Railway's documented API limits per plan (API-NOTES §6). Free has no per-second figure. */
export const PLAN_LIMITS: Record<Plan, { perHour: number; perSecond: number | null }> = {
  free: { perHour: 100, perSecond: null },
  hobby: { perHour: 1_000, perSecond: 10 },
  pro: { perHour: 10_000, perSecond: 50 },
  unlimited: { perHour: Number.POSITIVE_INFINITY, perSecond: null },
};

/** What the headers say after a request was counted (or refused). */
export interface RateDecision {
  allowed: boolean;
  /** X-RateLimit-Limit: the hourly budget. */
  limit: number;
  /** X-RateLimit-Remaining. */
  remaining: number;
  /** When the hourly window ends (epoch ms, clock time). */
  resetAt: number;
  /** Retry-After in whole seconds, when refused. */
  retryAfterSec: number;
}

interface Window {
  hourStart: number;
  hourCount: number;
  secondStart: number;
  secondCount: number;
}

const HOUR = 3_600_000;
/** Shown as the "limit" of an unlimited plan, so headers are still numbers. */
const UNLIMITED_SHOWN = 1_000_000;

/**
 * Fixed windows per token on the emulator's clock: an hour window starting at the token's first
 * request and a one-second window. A refused request is not counted.
 */
export class RateLimiter {
  private windows = new Map<string, Window>();
  rateLimited = 0;

  constructor(
    private readonly clock: Clock,
    public plan: Plan,
  ) {}

  setPlan(plan: Plan): void {
    this.plan = plan;
    this.windows.clear();
  }

  private window(key: string): Window {
    const now = this.clock.now();
    let w = this.windows.get(key);
    if (!w) {
      w = { hourStart: now, hourCount: 0, secondStart: now, secondCount: 0 };
      this.windows.set(key, w);
    }
    if (now - w.hourStart >= HOUR) {
      w.hourStart = now;
      w.hourCount = 0;
    }
    if (now - w.secondStart >= 1000) {
      w.secondStart = now;
      w.secondCount = 0;
    }
    return w;
  }

  /** Counts one request for `key` and says whether it may proceed. */
  take(key: string): RateDecision {
    const limits = PLAN_LIMITS[this.plan];
    const w = this.window(key);
    const now = this.clock.now();
    const limit = Number.isFinite(limits.perHour) ? limits.perHour : UNLIMITED_SHOWN;
    const resetAt = w.hourStart + HOUR;
    if (w.hourCount >= limits.perHour) {
      this.rateLimited++;
      return {
        allowed: false,
        limit,
        remaining: 0,
        resetAt,
        retryAfterSec: Math.max(1, Math.ceil((resetAt - now) / 1000)),
      };
    }
    if (limits.perSecond !== null && w.secondCount >= limits.perSecond) {
      this.rateLimited++;
      const remaining = Math.max(0, limit - w.hourCount);
      return {
        allowed: false,
        limit,
        remaining,
        resetAt,
        retryAfterSec: Math.max(1, Math.ceil((w.secondStart + 1000 - now) / 1000)),
      };
    }
    w.hourCount++;
    w.secondCount++;
    const remaining = Number.isFinite(limits.perHour) ? limits.perHour - w.hourCount : UNLIMITED_SHOWN;
    return { allowed: true, limit, remaining, resetAt, retryAfterSec: 0 };
  }

  /** The budget left for `key`, without counting a request. */
  peek(key: string): { remaining: number; resetAt: number } {
    const limits = PLAN_LIMITS[this.plan];
    const w = this.window(key);
    const remaining = Number.isFinite(limits.perHour) ? Math.max(0, limits.perHour - w.hourCount) : UNLIMITED_SHOWN;
    return { remaining, resetAt: w.hourStart + HOUR };
  }

  reset(): void {
    this.windows.clear();
    this.rateLimited = 0;
  }
}
