import { describe, expect, it } from "vitest";
import { ScaledClock } from "../../src/emulator/index.js";

describe("ScaledClock (--speed)", () => {
  it("moves virtual time `speed` times faster than real time", () => {
    let real = 1_000_000;
    const clock = new ScaledClock(60, { realNow: () => real, startAt: 5_000 });
    expect(clock.now()).toBe(5_000);
    real += 1_000;
    expect(clock.now()).toBe(65_000);
  });

  it("tracks its pending timers and clears them on dispose", () => {
    const clock = new ScaledClock(1_000);
    let fired = false;
    clock.schedule(60_000, () => {
      fired = true;
    });
    expect(clock.pending).toBe(1);
    expect(clock.nextAt()).toBeGreaterThanOrEqual(clock.now());
    clock.dispose();
    expect(clock.pending).toBe(0);
    expect(fired).toBe(false);
  });

  it("rejects a speed that is not positive", () => {
    expect(() => new ScaledClock(0)).toThrow(RangeError);
  });
});
