import { describe, expect, it } from "vitest";
import { isRailpilotError, MAX_DURATION_MS, parseDuration } from "../../src/core/index.js";

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["10s", 10_000],
    ["1h30m", 5_400_000],
    ["24d", MAX_DURATION_MS],
    ["250", 250],
  ])("%s → %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ["30d", {}, /too long: the longest accepted is 24d/],
    ["99999999999999999999", {}, /too long/],
    ["0s", { min: 1_000 }, /too short: it must be at least 1s/],
    ["2h", { max: 3_600_000 }, /longest accepted is 1h/],
    ["ten", {}, /is not a duration/],
  ] as const)("rejects %s (%j) with a UsageError", (text, bounds, message) => {
    let error: unknown;
    try {
      parseDuration(text, "--timeout", bounds);
    } catch (e) {
      error = e;
    }
    expect(isRailpilotError(error) && error.code).toBe("USAGE");
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain("--timeout");
  });
});
