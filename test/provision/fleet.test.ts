import { describe, expect, it } from "vitest";
import {
  fleetConcurrency,
  formatProjectDescription,
  InstanceNameError,
  mapBounded,
  parseProjectDescription,
  parseTenantsCsv,
  validateInstanceName,
} from "../../src/provision/index.js";

describe("instance names", () => {
  it.each(["acme", "acme-eu-2", "a12"])("accepts %s", (n) => expect(validateInstanceName(n)).toBe(n));
  it.each([
    "ab",
    "Acme",
    "acme_eu",
    "-acme",
    "acme-",
    "a--b",
    "1acme",
    "production",
    "railway",
    "admin",
    "x".repeat(41),
  ])("rejects %s", (n) => {
    expect(() => validateInstanceName(n)).toThrow(InstanceNameError);
  });
});

describe("project tags in the description", () => {
  it("round-trips tags and keeps the user's text apart", () => {
    const d = formatProjectDescription("Shop for acme", {
      instance: "acme",
      deletionScheduled: "2026-01-08T00:00:00.000Z",
      deletionMode: "grace",
    });
    expect(d).toBe(
      "Shop for acme\n[railpilot instance:acme deletion-scheduled:2026-01-08T00:00:00.000Z deletion-mode:grace]",
    );
    expect(parseProjectDescription(d)).toEqual({
      text: "Shop for acme",
      tags: { instance: "acme", deletionScheduled: "2026-01-08T00:00:00.000Z", deletionMode: "grace" },
    });
    expect(parseProjectDescription("plain")).toEqual({ text: "plain", tags: {} });
  });
});

describe("fleet helpers", () => {
  it("parses a tenants CSV with parameter columns and comments", () => {
    expect(parseTenantsCsv("name,REGION\n# skip\nacme,eu\nbeta,us\n")).toEqual([
      { name: "acme", params: { REGION: "eu" } },
      { name: "beta", params: { REGION: "us" } },
    ]);
    expect(() => parseTenantsCsv("REGION\neu\n")).toThrow(/name/);
  });

  it("picks concurrency from the per-second budget", () => {
    expect(fleetConcurrency(10, 20)).toBe(5);
    expect(fleetConcurrency(50, 20)).toBe(8);
    expect(fleetConcurrency(10, 2)).toBe(2);
    expect(fleetConcurrency(Number.POSITIVE_INFINITY, 3)).toBe(3);
  });

  it("never runs more than the limit at once and keeps results in order", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([1, 2, 3, 4, 5, 6], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await Promise.resolve();
      running--;
      if (n === 4) throw new Error("four");
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(out.map((r) => (r.status === "fulfilled" ? r.value : "x"))).toEqual([10, 20, 30, "x", 50, 60]);
  });
});
