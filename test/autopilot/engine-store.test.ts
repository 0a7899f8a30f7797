/**
 * Migration 006 and the autopilot's tables on both stores: one live decision per cause (across
 * replicas: the unique index decides), suppressed decisions may repeat once the guard changes,
 * compare-and-set status moves, approvals, persisted settings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AutopilotStore, type Decision, type WatchedService } from "../../src/autopilot/index.js";
import { createTestStore, storeKinds, type TestStore } from "../helpers/store.js";

const SVC: WatchedService = {
  projectId: "p",
  environmentId: "e",
  environmentName: "production",
  serviceId: "s1",
  serviceName: "web",
};
const at = new Date(Date.UTC(2026, 0, 1));
const decision = (over: Partial<Decision> = {}): Decision => ({
  kind: "rollback",
  status: "decided",
  causeKey: "rollback:d1",
  deploymentId: "d1",
  reasons: ["it crashed"],
  evidence: { keyLines: ["Error: boom"] },
  ...over,
});

describe.each(await storeKinds())("autopilot tables on $kind", ({ kind, skip }) => {
  let store: TestStore;
  let ap: AutopilotStore;
  beforeAll(async () => {
    if (skip) return;
    store = await createTestStore(kind);
    ap = new AutopilotStore(store.db);
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it.skipIf(skip)("records one live decision per cause, even when two replicas decide at once", async () => {
    const [a, b] = await Promise.all([ap.insert(SVC, decision(), at), ap.insert(SVC, decision(), at)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await ap.insert(SVC, decision({ status: "pending_approval" }), at)).toBeUndefined();
    const [row] = await ap.list({ serviceId: "s1" });
    expect(row).toMatchObject({
      kind: "rollback",
      causeKey: "rollback:d1",
      deploymentId: "d1",
      reasons: ["it crashed"],
      evidence: { keyLines: ["Error: boom"] },
    });
  });

  it.skipIf(skip)("suppressed decisions do not block the cause; the same guard is recorded once", async () => {
    const first = await ap.insert(
      SVC,
      decision({ causeKey: "restart:d2", kind: "restart", status: "suppressed", guard: "cooldown" }),
      at,
    );
    const again = await ap.insert(
      SVC,
      decision({ causeKey: "restart:d2", kind: "restart", status: "suppressed", guard: "cooldown" }),
      at,
    );
    const other = await ap.insert(
      SVC,
      decision({ causeKey: "restart:d2", kind: "restart", status: "suppressed", guard: "kill_switch" }),
      at,
    );
    const live = await ap.insert(SVC, decision({ causeKey: "restart:d2", kind: "restart" }), at);
    expect([Boolean(first), Boolean(again), Boolean(other), Boolean(live)]).toEqual([true, false, true, true]);
    expect(
      (await ap.past(new Date(0)))
        .filter((p) => p.causeKey === "restart:d2")
        .map((p) => p.status)
        .sort(),
    ).toEqual(["decided", "suppressed", "suppressed"]);
  });

  it.skipIf(skip)("moves status only from the states given (compare-and-set), and counts", async () => {
    const d = await ap.insert(
      SVC,
      decision({ causeKey: "rollback:d3", status: "pending_approval", guard: "approval" }),
      at,
    );
    expect(await ap.setStatus(d?.id as string, "approved", at, { from: ["pending_approval"] })).toMatchObject({
      status: "approved",
    });
    expect(await ap.setStatus(d?.id as string, "rejected", at, { from: ["pending_approval"] })).toBeUndefined();
    await ap.recordApproval(d?.id as string, "approved", "alice", undefined, at);
    const counts = await ap.counts(new Date(0));
    expect(counts.pendingApprovals).toBe(0);
    expect(counts.actions).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(skip)("persists settings such as the kill switch", async () => {
    expect(await ap.getSetting("kill_switch")).toBeUndefined();
    await ap.setSetting("kill_switch", true, "alice", at);
    await ap.setSetting("kill_switch", false, "bob", at);
    expect(await ap.getSetting("kill_switch")).toBe(false);
  });
});
