import { describe, expect, it } from "vitest";
import { chooseRollbackTarget, memoryRollbackGuard, type RollbackCandidate, rollbackActionKey } from "../../src/deploy/rollback-policy.js";

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
    const list = [d("new", "CRASHED", 30), d("f", "FAILED", 25), d("c", "CRASHED", 24), d("s", "SKIPPED", 23), d("x", "REMOVED", 22, false), d("ok", "REMOVED", 10)];
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

  it("lets a rollback that never reached Railway be claimed again, but never one that was done", async () => {
    const guard = memoryRollbackGuard();
    expect(await guard.claim("rollback:a", "t")).toBe(true);
    expect(await guard.claim("rollback:a", "t")).toBe(false);
    await guard.settle("rollback:a", "failed", "refused");
    expect(await guard.claim("rollback:a", "t")).toBe(true);
    await guard.settle("rollback:a", "done", "ok");
    expect(await guard.claim("rollback:a", "t")).toBe(false);
  });

  it("lets each failed deployment be rolled back only once", async () => {
    const guard = memoryRollbackGuard();
    expect(rollbackActionKey("dep1")).toBe("rollback:dep1");
    expect(await guard.claim(rollbackActionKey("dep1"), "prev")).toBe(true);
    expect(await guard.claim(rollbackActionKey("dep1"), "prev")).toBe(false);
    expect(await guard.claim(rollbackActionKey("dep2"), "prev")).toBe(true);
  });
});
