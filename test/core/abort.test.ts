import { afterEach, describe, expect, it, vi } from "vitest";
import { operationSignal, systemClock, whenAborted } from "../../src/core/index.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("operationSignal", () => {
  it("aborts when the parent does, and says it was not the time limit", () => {
    const parent = new AbortController();
    const op = operationSignal(parent.signal, 5_000);
    const other = operationSignal(parent.signal, 5_000);
    parent.abort(new Error("stopping"));
    expect(op.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(true);
    other.dispose();
    expect((op.signal.reason as Error).message).toBe("stopping");
    expect(op.timedOut()).toBe(false);
    op.dispose();
  });

  it("aborts after the time limit with a TimeoutError", () => {
    vi.useFakeTimers();
    const op = operationSignal(new AbortController().signal, 5_000);
    vi.advanceTimersByTime(4_999);
    expect(op.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(op.signal.aborted).toBe(true);
    expect(op.timedOut()).toBe(true);
    expect((op.signal.reason as DOMException).name).toBe("TimeoutError");
  });

  it("once disposed, neither the parent nor the timer reaches it; one listener on the parent however many run", () => {
    vi.useFakeTimers();
    const parent = new AbortController();
    const added = vi.spyOn(parent.signal, "addEventListener");
    const open = Array.from({ length: 500 }, () => operationSignal(parent.signal, 5_000));
    for (const op of open) op.dispose();
    for (let i = 0; i < 1_000; i++) operationSignal(parent.signal, 5_000).dispose();
    expect(added).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    const op = operationSignal(parent.signal, 5_000);
    op.dispose();
    parent.abort();
    vi.advanceTimersByTime(10_000);
    expect(op.signal.aborted).toBe(false);
  });

  it("starts aborted under an aborted parent; works without a parent", () => {
    const parent = new AbortController();
    parent.abort();
    expect(operationSignal(parent.signal, 1_000).signal.aborted).toBe(true);
    const alone = operationSignal(undefined, 1_000);
    expect(alone.signal.aborted).toBe(false);
    alone.dispose();
  });
});

describe("whenAborted", () => {
  it("calls each waiter once on abort, through one listener; a forgotten waiter is not called", () => {
    const parent = new AbortController();
    const added = vi.spyOn(parent.signal, "addEventListener");
    const calls: number[] = [];
    const forgets = Array.from({ length: 50 }, (_, i) => whenAborted(parent.signal, () => calls.push(i)));
    forgets[3]?.();
    parent.abort();
    expect(added).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(49);
    expect(calls).not.toContain(3);
  });

  it("sleepOn: many sleeps on one signal leave no listener behind and all reject on abort", async () => {
    vi.useFakeTimers();
    const parent = new AbortController();
    const added = vi.spyOn(parent.signal, "addEventListener");
    const sleeps = Array.from({ length: 20 }, () =>
      systemClock.sleep(1_000, parent.signal).then(
        () => "slept",
        () => "aborted",
      ),
    );
    parent.abort();
    expect(await Promise.all(sleeps)).toEqual(Array(20).fill("aborted"));
    expect(added).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
