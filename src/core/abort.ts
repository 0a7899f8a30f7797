/**
 * A signal for one short operation (a probe, a request) that aborts when a long-lived parent
 * signal does, or after a real-time limit: whichever comes first. `dispose()` (call it when the
 * operation ends) clears the timer and unhooks the parent.
 *
 * Not `AbortSignal.any([parent, AbortSignal.timeout(ms)])`: each call of that registers a
 * dependent on the parent that lives until garbage collection, and a daemon probing 500 services
 * every 30 s piled up tens of thousands of them on its stop signal (measured in a heap snapshot:
 * ~31,000 WeakRefs after 12 minutes) with the memory that goes with them. Nor a listener on the
 * parent per operation: 500 probes at once would be 500 listeners (and Node's leak warning).
 */
export interface OperationSignal {
  readonly signal: AbortSignal;
  /** Whether it was the time limit (not the parent) that aborted it. */
  readonly timedOut: () => boolean;
  dispose(): void;
}

/** Callbacks waiting on each signal: one listener per signal, however many wait at once. */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `fn` once when `signal` aborts; returns a function that forgets it. Many waiters on one
 * long-lived signal (500 probe loops on the daemon's stop signal) share a single listener, so
 * nothing piles up on the signal and Node's listener-leak warning stays quiet.
 */
export function whenAborted(signal: AbortSignal, fn: () => void): () => void {
  let set = waiting.get(signal);
  if (!set) {
    const created = new Set<() => void>();
    set = created;
    waiting.set(signal, created);
    signal.addEventListener(
      "abort",
      () => {
        const due = [...created];
        created.clear();
        for (const f of due) f();
      },
      { once: true },
    );
  }
  const entry = () => fn();
  set.add(entry);
  const mine = set;
  return () => {
    mine.delete(entry);
  };
}

export function operationSignal(parent: AbortSignal | undefined, timeoutMs: number): OperationSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  timer.unref?.();
  let unregister = () => {};
  if (parent?.aborted) controller.abort(parent.reason);
  else if (parent) unregister = whenAborted(parent, () => controller.abort(parent.reason));
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      unregister();
    },
  };
}
