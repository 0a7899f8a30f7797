import { describe, expect, it } from "vitest";
import { compareTimestamps, LogDeduper } from "../../src/railway/index.js";

const row = (timestamp: string, message: string) => ({ timestamp, message });

describe("LogDeduper", () => {
  it("keeps distinct lines that share a timestamp", () => {
    const d = new LogDeduper();
    expect(d.filter([row("2026-01-01T00:00:01Z", "a"), row("2026-01-01T00:00:01Z", "b")])).toHaveLength(2);
  });

  it("drops an exact repeat of the newest rows", () => {
    const d = new LogDeduper();
    d.filter([row("2026-01-01T00:00:01Z", "a")]);
    expect(
      d.filter([row("2026-01-01T00:00:01Z", "a"), row("2026-01-01T00:00:02Z", "b")]).map((r) => r.message),
    ).toEqual(["b"]);
  });

  it("after a reconnect, drops replayed rows older than the newest delivered", () => {
    const d = new LogDeduper();
    d.filter([row("2026-01-01T00:00:01Z", "a"), row("2026-01-01T00:00:02Z", "b")]);
    d.markReconnect();
    const fresh = d.filter([
      row("2026-01-01T00:00:01Z", "a"),
      row("2026-01-01T00:00:02Z", "b"),
      row("2026-01-01T00:00:02Z", "c"),
      row("2026-01-01T00:00:03Z", "d"),
    ]);
    expect(fresh.map((r) => r.message)).toEqual(["c", "d"]);
  });

  it("outside a replay, delivers out-of-order rows (other services' lines are real)", () => {
    const d = new LogDeduper();
    d.filter([row("2026-01-01T00:00:05Z", "late")]);
    expect(d.filter([row("2026-01-01T00:00:04Z", "other service")])).toHaveLength(1);
  });

  it("orders nanosecond timestamps beyond Date.parse's millisecond precision", () => {
    expect(compareTimestamps("2026-01-01T00:00:01.123456789Z", "2026-01-01T00:00:01.123456700Z")).toBe(1);
    expect(compareTimestamps("2026-01-01T00:00:01Z", "2026-01-01T00:00:01.000000001Z")).toBe(-1);
    expect(compareTimestamps("2026-01-01T00:00:02Z", "2026-01-01T00:00:01.999Z")).toBe(1);
  });
});
