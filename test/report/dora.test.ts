import { describe, expect, it } from "vitest";
import {
  changeFailureRateBand,
  computeDora,
  type DeploymentRecord,
  deploymentFrequencyBand,
  doraTrend,
  leadTimeBand,
  median,
  phaseDurations,
  timeToRestoreBand,
} from "../../src/report/index.js";

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.parse("2026-11-01T00:00:00Z");

let seq = 0;
function dep(at: number, status: string, extra: Partial<DeploymentRecord> = {}): DeploymentRecord {
  seq++;
  return {
    id: `d${seq}`,
    serviceId: extra.serviceId ?? "s-web",
    serviceName: extra.serviceName ?? "web",
    status,
    createdAt: at,
    statusUpdatedAt: status === "SUCCESS" || status === "CRASHED" || status === "FAILED" ? at + 5 * 60_000 : null,
    reason: "deploy",
    commitHash: "abc1234",
    commitMessage: "feat: something",
    commitTime: null,
    ...extra,
  };
}

describe("DORA bands (2023 report, contiguous edges)", () => {
  it.each([
    [3, "elite"],
    [1, "elite"],
    [0.5, "high"],
    [1 / 7, "high"],
    [0.1, "medium"],
    [1 / 30, "medium"],
    [0.01, "low"],
  ] as const)("deployment frequency %f/day is %s", (perDay, band) =>
    expect(deploymentFrequencyBand(perDay)).toBe(band),
  );

  it.each([
    [2 * H, "elite"],
    [D - 1, "elite"],
    [D, "high"],
    [6 * D, "high"],
    [8 * D, "medium"],
    [31 * D, "low"],
  ] as const)("lead time %i ms is %s", (ms, band) => expect(leadTimeBand(ms)).toBe(band));

  it.each([
    [0, "elite"],
    [0.05, "elite"],
    [0.08, "high"],
    [0.15, "medium"],
    [0.4, "low"],
  ] as const)("change failure rate %f is %s", (rate, band) => expect(changeFailureRateBand(rate)).toBe(band));

  it.each([
    [30 * 60_000, "elite"],
    [H, "high"],
    [D, "medium"],
    [8 * D, "low"],
  ] as const)("time to restore %i ms is %s", (ms, band) => expect(timeToRestoreBand(ms)).toBe(band));
});

describe("computeDora on fixed histories", () => {
  it("counts changes per day, excluding rollbacks, restarts, failed builds and deployments outside the window", () => {
    const history = [
      dep(T0 - D, "REMOVED"), // before the window
      dep(T0 + 1 * H, "REMOVED"),
      dep(T0 + 2 * H, "FAILED"), // never reached production
      dep(T0 + 3 * H, "REMOVED"),
      dep(T0 + 4 * H, "REMOVED", { reason: "restart" }),
      dep(T0 + 5 * H, "SUCCESS"),
    ];
    const r = computeDora({ since: T0, until: T0 + 2 * D, deployments: history });
    expect(r.overall.deploymentFrequency).toEqual({ perDay: 1.5, band: "elite", changes: 3 });
    expect(r.overall.changeFailureRate).toMatchObject({ rate: 0, band: "elite", failed: 0, changes: 3 });
    expect(r.overall.timeToRestore).toMatchObject({
      medianMs: null,
      band: null,
      reason: "no failed change in the window",
    });
    expect(r.overall.delivery.successRate).toBeCloseTo(4 / 5);
  });

  it("marks a crash, a rolled-back change and a change followed by a quick fix as failures, and times the restores", () => {
    const crashed = dep(T0 + 1 * H, "CRASHED"); // crashes at +1h05m
    const restoredByNext = dep(T0 + 2 * H, "REMOVED"); // live at +2h (creation time: removed)
    const bad = dep(T0 + 10 * H, "REMOVED");
    const rollback = dep(T0 + 10 * H + 20 * 60_000, "REMOVED", { reason: "rollback" });
    const shaky = dep(T0 + 20 * H, "REMOVED");
    const fix = dep(T0 + 20 * H + 30 * 60_000, "SUCCESS", { commitMessage: "fix: null check in handler" });
    const r = computeDora({
      since: T0,
      until: T0 + D,
      deployments: [fix, shaky, rollback, bad, restoredByNext, crashed],
    });
    const cfr = r.overall.changeFailureRate;
    expect(cfr.changes).toBe(5); // crashed, restoredByNext, bad, shaky, fix (the rollback is not a change)
    expect(cfr.failed).toBe(3);
    expect(cfr.rate).toBeCloseTo(0.6);
    expect(cfr.band).toBe("low");
    // Restores: crash at +1h05 → +2h (55 min); bad live +10h → rollback +10h20 (20 min); shaky +20h → fix live +20h35 (35 min).
    expect(r.overall.timeToRestore).toMatchObject({ medianMs: 35 * 60_000, band: "elite", restored: 3, open: 0 });
  });

  it("counts a change the store rolled back even when Railway's history does not show the rollback", () => {
    const a = dep(T0 + H, "REMOVED");
    const b = dep(T0 + 3 * H, "SUCCESS");
    const r = computeDora({ since: T0, until: T0 + D, deployments: [a, b], rolledBack: new Set([a.id]) });
    expect(r.overall.changeFailureRate).toMatchObject({ failed: 1, changes: 2, rate: 0.5 });
    expect(r.overall.timeToRestore).toMatchObject({ medianMs: 2 * H + 5 * 60_000, open: 0 }); // b went live at +3h05m;
  });

  it("reports a failure with no later healthy deployment as open, not as a made-up restore time", () => {
    const r = computeDora({ since: T0, until: T0 + D, deployments: [dep(T0 + H, "CRASHED")] });
    expect(r.overall.timeToRestore).toMatchObject({ medianMs: null, band: null, open: 1 });
    expect(r.overall.timeToRestore.reason).toMatch(/no failed change was followed/);
  });

  it("measures lead time from commit to go-live only when commit times are known, and names the source", () => {
    const withoutTimes = computeDora({ since: T0, until: T0 + D, deployments: [dep(T0 + H, "SUCCESS")] });
    expect(withoutTimes.overall.leadTime).toMatchObject({ medianMs: null, band: null, source: null });
    expect(withoutTimes.overall.leadTime.reason).toMatch(/commit time/);
    const withTimes = computeDora({
      since: T0,
      until: T0 + D,
      leadTimeSource: "github",
      deployments: [dep(T0 + H, "REMOVED", { commitTime: T0 }), dep(T0 + 5 * H, "SUCCESS", { commitTime: T0 + 2 * H })],
    });
    // REMOVED: creation (+1h) - commit (0) = 1h; SUCCESS: go-live (+5h05m) - commit (+2h) = 3h05m; median 2h02.5m.
    expect(withTimes.overall.leadTime).toMatchObject({
      medianMs: (H + 3 * H + 5 * 60_000) / 2,
      band: "elite",
      source: "github",
      samples: 2,
    });
  });

  it("reports each service on its own and all together", () => {
    const r = computeDora({
      since: T0,
      until: T0 + 7 * D,
      deployments: [
        dep(T0 + H, "SUCCESS"),
        dep(T0 + H, "SUCCESS", { serviceId: "s-api", serviceName: "api" }),
        dep(T0 + 2 * H, "CRASHED", { serviceId: "s-api", serviceName: "api" }),
      ],
    });
    expect(r.services.map((s) => [s.name, s.deploymentFrequency.changes, s.changeFailureRate.failed])).toEqual([
      ["api", 2, 1],
      ["web", 1, 0],
    ]);
    expect(r.overall.deploymentFrequency.changes).toBe(3);
    expect(r.overall.deploymentFrequency.band).toBe("high");
  });

  it("has a median of the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("build and deploy phase durations (deploymentEvents)", () => {
  const M = 60_000;
  const step = (name: string, start: number, end: number | null) => ({
    step: name,
    createdAt: T0 + start * M,
    completedAt: end === null ? null : T0 + end * M,
  });
  it.each([
    [
      "a full deployment",
      [
        step("SNAPSHOT_CODE", 0, 1),
        step("BUILD_IMAGE", 1, 4),
        step("PUBLISH_IMAGE", 4, 5),
        step("CREATE_CONTAINER", 5, 6),
        step("HEALTHCHECK", 6, 8),
      ],
      { buildMs: 5 * M, deployMs: 3 * M },
    ],
    [
      "a build that failed (no deploy step)",
      [step("SNAPSHOT_CODE", 0, 1), step("BUILD_IMAGE", 1, 3)],
      { buildMs: 3 * M, deployMs: null },
    ],
    [
      "a deploy still running",
      [step("BUILD_IMAGE", 0, 2), step("HEALTHCHECK", 2, null)],
      { buildMs: 2 * M, deployMs: null },
    ],
    ["no steps", [], { buildMs: null, deployMs: null }],
    [
      "steps out of order",
      [step("HEALTHCHECK", 9, 10), step("BUILD_IMAGE", 0, 7), step("CREATE_CONTAINER", 7, 9)],
      { buildMs: 7 * M, deployMs: 3 * M },
    ],
  ] as const)("%s", (_name, steps, expected) => expect(phaseDurations(steps)).toEqual(expected));

  it("averages the phases over the deployments whose events were read, per service and overall", () => {
    const history = [
      dep(T0 + 1 * H, "SUCCESS", { phases: { buildMs: 4 * M, deployMs: 2 * M } }),
      dep(T0 + 2 * H, "SUCCESS", { phases: { buildMs: 6 * M, deployMs: 1 * M } }),
      dep(T0 + 3 * H, "FAILED", { phases: { buildMs: 2 * M, deployMs: null } }),
      dep(T0 + 4 * H, "SUCCESS"), // events not read
      dep(T0 + 5 * H, "SUCCESS", {
        serviceId: "s-api",
        serviceName: "api",
        phases: { buildMs: 10 * M, deployMs: 4 * M },
      }),
    ];
    const r = computeDora({ since: T0, until: T0 + D, deployments: history });
    expect(r.overall.delivery.phases).toEqual({ buildMs: 5.5 * M, deployMs: (7 / 3) * M, samples: 4 });
    const web = r.services.find((s) => s.name === "web");
    expect(web?.delivery.phases).toEqual({ buildMs: 4 * M, deployMs: 1.5 * M, samples: 3 });
    const none = computeDora({ since: T0, until: T0 + D, deployments: [dep(T0 + H, "SUCCESS")] });
    expect(none.overall.delivery.phases).toEqual({ buildMs: null, deployMs: null, samples: 0 });
  });
});

describe("DORA trend", () => {
  it("computes the overall metrics week by week, oldest first", () => {
    const history = [
      dep(T0 + 1 * D, "SUCCESS"),
      dep(T0 + 8 * D, "SUCCESS"),
      dep(T0 + 9 * D, "CRASHED"),
      dep(T0 + 9 * D + H, "SUCCESS"),
    ];
    const trend = doraTrend({ since: T0, until: T0 + 14 * D, deployments: history });
    expect(trend.map((p) => p.since)).toEqual([new Date(T0).toISOString(), new Date(T0 + 7 * D).toISOString()]);
    expect(trend.map((p) => p.deploymentsPerDay)).toEqual([1 / 7, 3 / 7]);
    expect(trend.map((p) => p.changeFailureRate)).toEqual([0, 1 / 3]);
    expect(trend[1]?.timeToRestoreMs).toBe(H);
  });
});
