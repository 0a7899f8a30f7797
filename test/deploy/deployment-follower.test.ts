import { describe, expect, it } from "vitest";
import {
  type FollowerEvent,
  type FollowerNotice,
  type FollowResult,
  startFollower,
  stepFollower,
} from "../../src/deploy/deployment-follower.js";
import type { DeploymentStatus } from "../../src/deploy/lifecycle.js";

const T0 = 1_000_000;

function run(events: Array<[number, DeploymentStatus | "tick"]>, timeoutMs = 900_000) {
  let state = startFollower({ deploymentId: "d1", startedAt: T0, timeoutMs });
  const notices: FollowerNotice[] = [];
  let result: FollowResult | undefined;
  let wakeAt: number | undefined;
  for (const [dt, what] of events) {
    const event: FollowerEvent =
      what === "tick" ? { type: "tick", at: T0 + dt } : { type: "status", status: what, at: T0 + dt };
    const step = stepFollower(state, event);
    state = step.state;
    notices.push(...step.notices);
    result ??= step.result;
    wakeAt = step.wakeAt;
  }
  return { state, notices, result, wakeAt };
}

describe("deployment follower", () => {
  it("ends live on SUCCESS with time spent per phase", () => {
    const { result } = run([
      [500, "QUEUED"],
      [2_000, "INITIALIZING"],
      [5_000, "BUILDING"],
      [65_000, "DEPLOYING"],
      [80_000, "SUCCESS"],
    ]);
    expect(result).toMatchObject({ outcome: "live", status: "SUCCESS", at: T0 + 80_000 });
    expect(result?.durationsMs).toEqual({ queued: 5_000, build: 60_000, deploy: 15_000 });
  });

  it("gives a phase a poll skipped its own time: INITIALIZING lasted until it was last seen, not until DEPLOYING", () => {
    // Polls every 5 s see INITIALIZING (from 1 s) twice, then DEPLOYING (which began at 43 s):
    // BUILDING fell between two polls.
    const events: FollowerEvent[] = [
      { type: "status", status: "INITIALIZING", at: T0 + 1_000, seenAt: T0 + 5_000 },
      { type: "status", status: "INITIALIZING", at: T0 + 1_000, seenAt: T0 + 10_000 },
      { type: "status", status: "DEPLOYING", at: T0 + 43_000, seenAt: T0 + 45_000 },
      { type: "status", status: "SUCCESS", at: T0 + 50_000, seenAt: T0 + 50_000 },
    ];
    let state = startFollower({ deploymentId: "d1", startedAt: T0, timeoutMs: 900_000 });
    const notices: FollowerNotice[] = [];
    let result: FollowResult | undefined;
    for (const e of events) {
      const step = stepFollower(state, e);
      state = step.state;
      notices.push(...step.notices);
      result ??= step.result;
    }
    expect(result?.durationsMs).toEqual({ queued: 10_000, build: 33_000, deploy: 7_000 });
    expect(notices.find((n) => n.kind === "status" && n.status === "DEPLOYING")).toMatchObject({
      previous: "INITIALIZING",
      previousMs: 9_000,
    });
  });

  it.each([
    ["FAILED", "failed"],
    ["CRASHED", "crashed"],
    ["SKIPPED", "skipped"],
    ["REMOVED", "removed"],
    ["REMOVING", "removed"],
    ["SLEEPING", "live"],
  ] as const)("ends on %s with outcome %s", (status, outcome) => {
    const { result } = run([
      [1_000, "BUILDING"],
      [2_000, status],
    ]);
    expect(result?.outcome).toBe(outcome);
  });

  it("reports a status that outlasts its budget as stuck, once, and keeps waiting", () => {
    const { notices, result, wakeAt } = run([
      [0, "BUILDING"],
      [300_001, "tick"],
      [400_000, "tick"],
    ]);
    const stuck = notices.filter((n) => n.kind === "stuck");
    expect(stuck).toEqual([{ kind: "stuck", status: "BUILDING", forMs: 300_001, budgetMs: 300_000 }]);
    expect(result).toBeUndefined();
    expect(wakeAt).toBe(T0 + 900_000);
  });

  it("asks to be woken when the current status's budget runs out", () => {
    const { wakeAt } = run([[1_000, "INITIALIZING"]]);
    expect(wakeAt).toBe(T0 + 1_000 + 10_000 + 1);
  });

  it("says why it waits on NEEDS_APPROVAL and times out at the deadline", () => {
    const { notices, result } = run(
      [
        [1_000, "NEEDS_APPROVAL"],
        [60_000, "tick"],
      ],
      60_000,
    );
    expect(notices.some((n) => n.kind === "waiting" && /approval/.test(n.reason))).toBe(true);
    expect(result).toMatchObject({
      outcome: "timeout",
      status: "NEEDS_APPROVAL",
      stalledIn: { status: "NEEDS_APPROVAL", forMs: 59_000 },
    });
  });

  it("ignores repeated statuses and anything after the verdict", () => {
    const { notices, result } = run([
      [1_000, "BUILDING"],
      [2_000, "BUILDING"],
      [3_000, "FAILED"],
      [4_000, "SUCCESS"],
    ]);
    expect(notices.filter((n) => n.kind === "status").map((n) => (n as { status: string }).status)).toEqual([
      "BUILDING",
      "FAILED",
    ]);
    expect(result?.outcome).toBe("failed");
  });

  it("never lets a late event move time backwards", () => {
    const { result } = run([
      [10_000, "BUILDING"],
      [5_000, "SUCCESS"],
    ]);
    expect(result?.at).toBe(T0 + 10_000);
    expect(result?.durationsMs.build).toBe(0);
  });
});
