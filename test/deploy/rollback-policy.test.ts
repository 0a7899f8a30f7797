import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import {
  chooseRollbackTarget,
  memoryRollbackGuard,
  type RollbackCandidate,
  rollbackActionKey,
  STALE_ROLLBACK_CLAIM_MS,
} from "../../src/deploy/rollback-policy.js";

const d = (id: string, status: RollbackCandidate["status"], minute: number, canRollback = true): RollbackCandidate => ({
  id,
  status,
  canRollback,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
});

describe("rollback policy", () => {
  it("returns to the newest earlier good deployment, never the failed one", () => {
    const list = [d("new", "CRASHED", 30), d("prev", "REMOVED", 20), d("older", "REMOVED", 10)];
    expect(chooseRollbackTarget(list, "new").target?.id).toBe("prev");
  });

  it("prefers a deployment still live over one only known as removed", () => {
    const list = [d("new", "CRASHED", 30), d("removedNewer", "REMOVED", 25), d("live", "SUCCESS", 20)];
    expect(chooseRollbackTarget(list, "new").target?.id).toBe("live");
  });

  it("prefers the deployment known to have been live before the deploy", () => {
    const list = [d("new", "SUCCESS", 30), d("a", "REMOVED", 25), d("b", "REMOVED", 20)];
    expect(chooseRollbackTarget(list, "new", "b").target?.id).toBe("b");
  });

  it("skips deployments that failed, crashed, were skipped or cannot roll back", () => {
    const list = [
      d("new", "CRASHED", 30),
      d("f", "FAILED", 25),
      d("c", "CRASHED", 24),
      d("s", "SKIPPED", 23),
      d("x", "REMOVED", 22, false),
      d("ok", "REMOVED", 10),
    ];
    expect(chooseRollbackTarget(list, "new").target?.id).toBe("ok");
  });

  it("never picks a deployment newer than the failed one", () => {
    const list = [d("newer", "SUCCESS", 40), d("new", "CRASHED", 30)];
    const choice = chooseRollbackTarget(list, "new");
    expect(choice.target).toBeUndefined();
    expect(choice.reason).toMatch(/eligible/);
  });

  it("explains when there is nothing to return to", () => {
    expect(chooseRollbackTarget([d("new", "CRASHED", 1)], "new").reason).toMatch(/no earlier deployment/);
  });

  it("lets a rollback that never reached Railway be claimed again, but never one that was sent", async () => {
    const clock = new ManualClock();
    const guard = memoryRollbackGuard(clock);
    expect(await guard.claim("rollback:a", "t")).toEqual({ claimed: true });
    expect(await guard.claim("rollback:a", "t")).toMatchObject({ claimed: false, state: "pending", target: "t" });
    await guard.markFailed("rollback:a", "refused");
    expect(await guard.claim("rollback:a", "t")).toEqual({ claimed: true });
    await guard.markSent("rollback:a", { target: "t", newDeploymentId: "n1" });
    expect(await guard.claim("rollback:a", "t")).toMatchObject({
      claimed: false,
      state: "sent",
      target: "t",
      newDeploymentId: "n1",
    });
    // A sent rollback stays sent, however long ago.
    await clock.advance(STALE_ROLLBACK_CLAIM_MS * 3);
    expect(await guard.claim("rollback:a", "t")).toMatchObject({ claimed: false, state: "sent" });
  });

  it("hands out a pending claim again only once it is stale (its run died before sending)", async () => {
    const clock = new ManualClock();
    const guard = memoryRollbackGuard(clock);
    expect((await guard.claim("rollback:b", "t")).claimed).toBe(true);
    await clock.advance(STALE_ROLLBACK_CLAIM_MS - 1);
    expect((await guard.claim("rollback:b", "t")).claimed).toBe(false);
    await clock.advance(1);
    expect((await guard.claim("rollback:b", "t")).claimed).toBe(true);
  });

  it("lets each failed deployment be rolled back only once", async () => {
    const guard = memoryRollbackGuard(new ManualClock());
    expect(rollbackActionKey("dep1")).toBe("rollback:dep1");
    expect((await guard.claim(rollbackActionKey("dep1"), "prev")).claimed).toBe(true);
    expect((await guard.claim(rollbackActionKey("dep1"), "prev")).claimed).toBe(false);
    expect((await guard.claim(rollbackActionKey("dep2"), "prev")).claimed).toBe(true);
  });
});
