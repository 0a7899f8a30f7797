import { flushMicrotasks, ManualClock } from "../../../src/core/index.js";
import { RailwayClient, type RailwayClientOptions, type RailwayRequestInfo } from "../../../src/railway/index.js";

/**
 * A RailwayClient on a ManualClock with jitter switched off (random = 0), plus helpers to wait
 * for HTTP attempts (real I/O) and to step virtual time through the backoff between them.
 */
export function clientHarness(options: RailwayClientOptions) {
  const clock = new ManualClock();
  const attempts: RailwayRequestInfo[] = [];
  const watchers: { n: number; resolve: () => void }[] = [];
  const client = new RailwayClient({
    clock,
    random: () => 0,
    env: {},
    ...options,
    onRequest(info) {
      attempts.push(info);
      options.onRequest?.(info);
      for (const w of [...watchers])
        if (attempts.length >= w.n) {
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve();
        }
    },
  });
  return {
    client,
    clock,
    attempts,
    /** Resolves once `n` HTTP attempts have completed. */
    attempted(n: number): Promise<void> {
      if (attempts.length >= n) return Promise.resolve();
      return new Promise<void>((resolve) => watchers.push({ n, resolve }));
    },
    /** The virtual delay until the next timer (the backoff the client is sleeping), after letting it schedule. */
    async pendingDelay(): Promise<number | undefined> {
      await flushMicrotasks();
      const at = clock.nextAt();
      return at === undefined ? undefined : at - clock.now();
    },
    /** Advances the clock past the client's current sleep and returns how long it was. */
    async skipSleep(): Promise<number> {
      await flushMicrotasks();
      const at = clock.nextAt();
      if (at === undefined) throw new Error("the client is not sleeping");
      const delay = at - clock.now();
      await clock.advance(delay);
      return delay;
    },
  };
}

/** Captures a promise's outcome without leaving a rejection unhandled. */
export function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
