import type { ManualClock } from "../../src/core/index.js";

/**
 * Runs `promise` to completion on a ManualClock: whenever a timer is due, virtual time jumps to it;
 * when none is (the code is waiting on real I/O), it yields to the event loop briefly and looks again.
 */
export async function driveManualClock<T>(clock: ManualClock, promise: Promise<T>): Promise<T> {
  let done = false;
  const settled = promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  void settled.then(() => {
    done = true;
  });
  while (!done) {
    const next = clock.nextAt();
    if (next !== undefined) await clock.advanceTo(next);
    else await new Promise((r) => setTimeout(r, 5));
  }
  const r = await settled;
  if (!r.ok) throw r.error;
  return r.value;
}
