import type { Clock } from "../core/index.js";

/** Railway plans, with their documented API limits (docs `integrations/api.md`, API-NOTES §6). */
export type RailwayPlan = "free" | "hobby" | "pro" | "unlimited";

export interface RateLimits {
  /** Requests per rolling hour. */
  perHour: number;
  /** Requests per rolling second. */
  perSecond: number;
}

/** Free 100/h (no per-second figure published), hobby 1,000/h and 10/s, pro 10,000/h and 50/s. */
export const PLAN_LIMITS: Readonly<Record<RailwayPlan, RateLimits>> = {
  free: { perHour: 100, perSecond: Number.POSITIVE_INFINITY },
  hobby: { perHour: 1_000, perSecond: 10 },
  pro: { perHour: 10_000, perSecond: 50 },
  unlimited: { perHour: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY },
};

export interface BudgetRemaining {
  /** Requests left in the rolling hour (the smaller of our count and the server's last word). */
  hour: number;
  /** Requests left in the rolling second. */
  second: number;
  /** Epoch ms when the hourly allowance next grows (now, when nothing is spent). */
  resetAt: number;
}

const HOUR = 3_600_000;
const SECOND = 1_000;

/**
 * A client-side request budget over rolling windows. `acquire` QUEUES (first come, first served)
 * until a request fits both windows, so a busy daemon slows down before Railway says no. It also
 * learns from the server: `X-RateLimit-Remaining` caps what is left until `X-RateLimit-Reset`,
 * and a 429's `Retry-After` closes the gate until then.
 */
export class RateBudget {
  private readonly sent: number[] = [];
  private server: { remaining: number; resetAt: number } | undefined;
  private blockedUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  /** What is left right now. */
  remaining(): BudgetRemaining {
    const now = this.clock.now();
    this.prune(now);
    let hour = this.limits.perHour - this.sent.length;
    const server = this.activeServerInfo(now);
    if (server) hour = Math.min(hour, server.remaining);
    if (now < this.blockedUntil) hour = 0;
    const second = this.limits.perSecond - this.countSince(now - SECOND);
    const oldest = this.sent[0];
    let resetAt = oldest === undefined ? now : oldest + HOUR;
    if (server && server.remaining <= this.limits.perHour - this.sent.length) resetAt = server.resetAt;
    if (now < this.blockedUntil) resetAt = Math.max(resetAt, this.blockedUntil);
    return { hour: Math.max(0, hour), second: Math.max(0, second), resetAt };
  }

  /** Waits (in queue order) until one request fits, then counts it. Rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot(signal));
    this.queue = turn.catch(() => undefined);
    if (!signal) return turn;
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      turn.then(
        () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  /** How long the next request would have to wait, in ms (0 when it could go now). */
  delayUntilSlot(): number {
    const now = this.clock.now();
    this.prune(now);
    let wait = Math.max(0, this.blockedUntil - now);
    if (this.sent.length >= this.limits.perHour) {
      const idx = this.sent.length - this.limits.perHour;
      wait = Math.max(wait, (this.sent[idx] ?? now) + HOUR - now);
    }
    if (Number.isFinite(this.limits.perSecond)) {
      const recent = this.countSince(now - SECOND);
      if (recent >= this.limits.perSecond) {
        const idx = this.sent.length - this.limits.perSecond;
        wait = Math.max(wait, (this.sent[idx] ?? now) + SECOND - now);
      }
    }
    const server = this.activeServerInfo(now);
    if (server && server.remaining <= 0) wait = Math.max(wait, server.resetAt - now);
    return wait;
  }

  /** Records what the server said in `X-RateLimit-Remaining` / `X-RateLimit-Reset`. */
  learn(info: { remaining?: number | undefined; resetAt?: number | undefined }): void {
    if (info.remaining === undefined || !Number.isFinite(info.remaining)) return;
    const now = this.clock.now();
    this.server = { remaining: Math.max(0, info.remaining), resetAt: info.resetAt ?? now + HOUR };
  }

  /** Closes the gate until `untilMs` (epoch ms), e.g. after a 429 with `Retry-After`. */
  block(untilMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, untilMs);
  }

  private async waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const wait = this.delayUntilSlot();
      if (wait <= 0) {
        this.record();
        return;
      }
      await this.clock.sleep(wait, signal);
    }
  }

  private record(): void {
    const now = this.clock.now();
    this.sent.push(now);
    if (this.server) this.server.remaining = Math.max(0, this.server.remaining - 1);
  }

  private activeServerInfo(now: number): { remaining: number; resetAt: number } | undefined {
    if (this.server && now >= this.server.resetAt) this.server = undefined;
    return this.server;
  }

  private countSince(since: number): number {
    let n = 0;
    for (let i = this.sent.length - 1; i >= 0 && (this.sent[i] ?? 0) > since; i--) n++;
    return n;
  }

  private prune(now: number): void {
    let drop = 0;
    while (drop < this.sent.length && (this.sent[drop] ?? 0) <= now - HOUR) drop++;
    if (drop) this.sent.splice(0, drop);
  }
}
