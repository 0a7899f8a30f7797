import { type Clock, sleepOn } from "../core/index.js";

/**
 * Real time, optionally sped up: `speed` virtual milliseconds pass per real millisecond.
 * Keeps its timers so `dispose()` can clear them and let the process exit.
 */
export class ScaledClock implements Clock {
  private readonly realOrigin: number;
  private readonly virtualOrigin: number;
  private readonly realNow: () => number;
  private timers = new Map<NodeJS.Timeout, number>();

  /**
   * @param speed virtual ms per real ms (default 1)
   * @param options.realNow the real time source (default Date.now), injectable for tests
   * @param options.startAt virtual time at creation (default: the real time)
   */
  constructor(
    readonly speed = 1,
    options: { realNow?: () => number; startAt?: number } = {},
  ) {
    if (!(speed > 0)) throw new RangeError("speed must be > 0");
    this.realNow = options.realNow ?? Date.now;
    this.realOrigin = this.realNow();
    this.virtualOrigin = options.startAt ?? this.realOrigin;
  }

  now(): number {
    return Math.floor(this.virtualOrigin + (this.realNow() - this.realOrigin) * this.speed);
  }

  schedule(ms: number, fn: () => void): () => void {
    const at = this.now() + Math.max(0, ms);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, Math.max(0, ms) / this.speed);
    this.timers.set(timer, at);
    return () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return sleepOn((d, fn) => this.schedule(d, fn), ms, signal);
  }

  /** Time of the next timer, or undefined. */
  nextAt(): number | undefined {
    let next: number | undefined;
    for (const at of this.timers.values()) if (next === undefined || at < next) next = at;
    return next;
  }

  get pending(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const t of this.timers.keys()) clearTimeout(t);
    this.timers.clear();
  }
}
