/**
 * Which deployment to roll back to, and whether to roll back at all. Pure.
 *
 * `deploymentRollback(id)` takes the OLD deployment to return to (API-NOTES §4) and needs
 * `canRollback: true` on it. After a new deployment goes live Railway marks the one it replaced
 * REMOVED, so "was SUCCESS" cannot be read from the current status alone: the caller passes the
 * id that was live before the deploy when it knows it, and otherwise the newest earlier deployment
 * that can be rolled back and did not itself fail is chosen.
 */
import type { Kysely } from "kysely";
import type { Clock } from "../core/index.js";
import { claimAction, completeAction, type Database, failAction } from "../store/index.js";
import type { DeploymentStatus } from "./lifecycle.js";

export interface RollbackCandidate {
  id: string;
  status: DeploymentStatus;
  canRollback: boolean;
  /** ISO 8601. */
  createdAt: string;
}

export interface RollbackChoice {
  target: RollbackCandidate | undefined;
  /** Why no target was chosen (when target is undefined). */
  reason?: string;
}

const NEVER_GOOD: ReadonlySet<DeploymentStatus> = new Set(["FAILED", "CRASHED", "SKIPPED"]);

/**
 * Picks the rollback target for `failedId` among `deployments` (any order).
 * Never returns the failed deployment itself, nor one created after it.
 */
export function chooseRollbackTarget(deployments: readonly RollbackCandidate[], failedId: string, knownGoodId?: string): RollbackChoice {
  const failed = deployments.find((d) => d.id === failedId);
  const before = (d: RollbackCandidate) => (failed ? Date.parse(d.createdAt) < Date.parse(failed.createdAt) : true);
  const eligible = deployments.filter((d) => d.id !== failedId && d.canRollback && !NEVER_GOOD.has(d.status) && before(d));
  if (knownGoodId) {
    const known = eligible.find((d) => d.id === knownGoodId);
    if (known) return { target: known };
  }
  const sorted = [...eligible].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  // Prefer one that reached SUCCESS (still live or asleep) over one only known as removed.
  const live = sorted.find((d) => d.status === "SUCCESS" || d.status === "SLEEPING");
  const target = live ?? sorted.find((d) => d.status === "REMOVED" || d.status === "REMOVING");
  if (target) return { target };
  return {
    target: undefined,
    reason:
      deployments.length <= 1
        ? "this service has no earlier deployment to return to"
        : "no earlier deployment of this service is eligible for rollback (none has canRollback and a good status)",
  };
}

/** The idempotency key of the one rollback allowed per failed deployment. */
export function rollbackActionKey(failedDeploymentId: string): string {
  return `rollback:${failedDeploymentId}`;
}

/**
 * Remembers which rollbacks were already done, so a retried or concurrent run never rolls back
 * twice for one deployment. `claim` returns true exactly once per key. The store's `actions`
 * ledger implements it across processes; `memoryRollbackGuard` within one.
 */
export interface RollbackGuard {
  claim(key: string, target: string): Promise<boolean>;
  /**
   * Records how the claimed rollback ended. A failed one may be claimed again by a later run (so a
   * retried CI job can still restore service); a done one never is.
   */
  settle(key: string, outcome: "done" | "failed", detail: string): Promise<void>;
}

export function memoryRollbackGuard(): RollbackGuard {
  const state = new Map<string, "pending" | "done" | "failed">();
  return {
    async claim(key) {
      const s = state.get(key);
      if (s === "pending" || s === "done") return false;
      state.set(key, "pending");
      return true;
    },
    async settle(key, outcome) {
      state.set(key, outcome);
    },
  };
}

/** The guard over the store's `actions` ledger: one claim per key across processes and replicas. */
export function ledgerRollbackGuard(db: Kysely<Database>, clock: Clock): RollbackGuard {
  return {
    async claim(key, target) {
      const result = await claimAction(db, { key, kind: "rollback", target, retryFailed: true, at: new Date(clock.now()) });
      return result.claimed;
    },
    async settle(key, outcome, detail) {
      if (outcome === "done") await completeAction(db, key, { detail }, new Date(clock.now()));
      else await failAction(db, key, detail, new Date(clock.now()));
    },
  };
}
