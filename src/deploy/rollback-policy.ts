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
import { z } from "zod";
import { type Clock, systemClock } from "../core/index.js";
import { claimAction, completeAction, type Database, getAction } from "../store/index.js";
import type { DeploymentStatus } from "./lifecycle.js";

export interface RollbackCandidate {
  id: string;
  status: DeploymentStatus;
  canRollback: boolean;
  /** ISO 8601. */
  createdAt: string;
  /** `meta.commitHash`, when Railway reports one (deployments from a repository). */
  commitHash?: string;
}

export interface RollbackChoice {
  target: RollbackCandidate | undefined;
  /** Why no target was chosen (when target is undefined). */
  reason?: string;
}

const NEVER_GOOD: ReadonlySet<DeploymentStatus> = new Set(["FAILED", "CRASHED", "SKIPPED"]);

/** A deployment that failed, crashed or was skipped never served well: it is no rollback target. */
export function isNeverGood(status: DeploymentStatus): boolean {
  return NEVER_GOOD.has(status);
}

/**
 * Picks the rollback target for `failedId` among `deployments` (any order).
 * Never returns the failed deployment itself, nor one created after it.
 */
export function chooseRollbackTarget(
  deployments: readonly RollbackCandidate[],
  failedId: string,
  knownGoodId?: string,
): RollbackChoice {
  const failed = deployments.find((d) => d.id === failedId);
  const before = (d: RollbackCandidate) => (failed ? Date.parse(d.createdAt) < Date.parse(failed.createdAt) : true);
  const rolledBackFrom = rolledBackBy(deployments, failed);
  const eligible = deployments.filter(
    (d) => d.id !== failedId && d.canRollback && !NEVER_GOOD.has(d.status) && before(d) && !rolledBackFrom.has(d.id),
  );
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

/**
 * When `from` re-runs the build of an older deployment (same commit) and other deployments came
 * in between, `from` is a rollback: those in between are what it rolled back from (a crash now
 * REMOVED), and the older one is its own build. None of them is a target for rolling back `from`.
 */
function rolledBackBy(
  deployments: readonly RollbackCandidate[],
  from: RollbackCandidate | undefined,
): ReadonlySet<string> {
  if (!from?.commitHash) return new Set();
  const created = Date.parse(from.createdAt);
  const origin = deployments
    .filter((d) => d.id !== from.id && d.commitHash === from.commitHash && Date.parse(d.createdAt) < created)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  if (!origin) return new Set();
  const between = deployments.filter(
    (d) =>
      Date.parse(d.createdAt) > Date.parse(origin.createdAt) &&
      Date.parse(d.createdAt) < created &&
      d.commitHash !== from.commitHash,
  );
  if (between.length === 0) return new Set();
  return new Set(
    [...between, ...deployments.filter((d) => d.id !== from.id && d.commitHash === from.commitHash)].map((d) => d.id),
  );
}

/** The idempotency key of the one rollback allowed per failed deployment. */
export function rollbackActionKey(failedDeploymentId: string): string {
  return `rollback:${failedDeploymentId}`;
}

/** A claim left `pending` this long was abandoned (its run was killed before it could send or settle). */
export const STALE_ROLLBACK_CLAIM_MS = 10 * 60_000;

/** What a claim says: ours to carry out, or someone else's (being sent, or already sent). */
export type RollbackClaim =
  | { claimed: true }
  | {
      claimed: false;
      /** `pending`: another run holds the claim and has not sent it yet; `sent`: Railway accepted it. */
      state: "pending" | "sent";
      /** The deployment that run rolls back to. */
      target: string;
      /** The deployment the rollback created, when that run saw it. */
      newDeploymentId?: string;
      /** Clock time of the claim's last change (claimed, or sent). */
      at: number;
    };

/** What a run records once Railway has accepted its rollback. */
export interface SentRollback {
  target: string;
  newDeploymentId?: string;
}

/**
 * Remembers which rollbacks were sent, so a retried or concurrent run never rolls back twice for
 * one deployment. `claim` hands a key to exactly one run at a time; that run marks it `sent` the
 * moment Railway accepts the rollback (before following it), or `failed` when Railway never got
 * it, so a later run may try again. A claim still `pending` after `staleAfterMs` belonged to a run
 * that died in between, and is handed out again. The store's `actions` ledger implements it
 * across processes; `memoryRollbackGuard` within one.
 */
export interface RollbackGuard {
  /** How long a pending claim is honoured (default STALE_ROLLBACK_CLAIM_MS). */
  readonly staleAfterMs: number;
  claim(key: string, target: string): Promise<RollbackClaim>;
  /** Whether a rollback under this key was already sent (by any run sharing the guard); claims nothing. */
  wasSent(key: string): Promise<boolean>;
  /** Railway accepted the rollback: never send it again. Called again once the new deployment is known. */
  markSent(key: string, sent: SentRollback): Promise<void>;
  /** The rollback never reached Railway (refused, or provably not sent): a later run may retry it. */
  markFailed(key: string, detail: string): Promise<void>;
}

export interface RollbackGuardOptions {
  /** Default STALE_ROLLBACK_CLAIM_MS. */
  staleAfterMs?: number;
}

export function memoryRollbackGuard(clock: Clock = systemClock, options: RollbackGuardOptions = {}): RollbackGuard {
  const staleAfterMs = options.staleAfterMs ?? STALE_ROLLBACK_CLAIM_MS;
  const state = new Map<
    string,
    { status: "pending" | "sent" | "failed"; target: string; at: number; newDeploymentId?: string }
  >();
  return {
    staleAfterMs,
    async claim(key, target) {
      const s = state.get(key);
      const now = clock.now();
      if (s?.status === "sent")
        return {
          claimed: false,
          state: "sent",
          target: s.target,
          at: s.at,
          ...(s.newDeploymentId ? { newDeploymentId: s.newDeploymentId } : {}),
        };
      if (s?.status === "pending" && now - s.at < staleAfterMs)
        return { claimed: false, state: "pending", target: s.target, at: s.at };
      state.set(key, { status: "pending", target, at: now });
      return { claimed: true };
    },
    async wasSent(key) {
      return state.get(key)?.status === "sent";
    },
    async markSent(key, sent) {
      state.set(key, {
        status: "sent",
        target: sent.target,
        at: clock.now(),
        ...(sent.newDeploymentId ? { newDeploymentId: sent.newDeploymentId } : {}),
      });
    },
    async markFailed(key) {
      const s = state.get(key);
      if (s && s.status !== "sent") state.set(key, { ...s, status: "failed", at: clock.now() });
    },
  };
}

const SentResult = z.object({ target: z.string().optional(), newDeploymentId: z.string().optional() });

function sentResult(value: unknown): z.infer<typeof SentResult> {
  let raw = value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  const parsed = SentResult.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The guard over the store's `actions` ledger: one claim per key across processes and replicas. */
export function ledgerRollbackGuard(
  db: Kysely<Database>,
  clock: Clock,
  options: RollbackGuardOptions = {},
): RollbackGuard {
  const staleAfterMs = options.staleAfterMs ?? STALE_ROLLBACK_CLAIM_MS;
  return {
    staleAfterMs,
    async wasSent(key) {
      return (await getAction(db, key))?.status === "done";
    },
    async claim(key, target) {
      for (let round = 0; ; round++) {
        const at = new Date(clock.now());
        const result = await claimAction(db, { key, kind: "rollback", target, retryFailed: true, at });
        if (result.claimed) return { claimed: true };
        const row = result.existing;
        if (row.status === "done") {
          const sent = sentResult(row.result);
          return {
            claimed: false,
            state: "sent",
            target: sent.target ?? row.target,
            at: row.updatedAt.getTime(),
            ...(sent.newDeploymentId ? { newDeploymentId: sent.newDeploymentId } : {}),
          };
        }
        const pending = {
          claimed: false as const,
          state: "pending" as const,
          target: row.target,
          at: row.updatedAt.getTime(),
        };
        if (row.status !== "pending" || round >= 2) return pending;
        if (clock.now() - row.updatedAt.getTime() < staleAfterMs) return pending;
        // Abandoned: fail exactly that attempt (attempts is the compare-and-swap), then claim it
        // again through retryFailed. Of two runs doing this at once, one wins the claim.
        await db
          .updateTable("actions")
          .set({
            status: "failed",
            error: `abandoned: claimed at ${row.updatedAt.toISOString()} and never sent or settled`,
            updated_at: at,
          })
          .where("key", "=", key)
          .where("status", "=", "pending")
          .where("attempts", "=", row.attempts)
          .execute();
      }
    },
    async markSent(key, sent) {
      await completeAction(
        db,
        key,
        { sent: true, target: sent.target, ...(sent.newDeploymentId ? { newDeploymentId: sent.newDeploymentId } : {}) },
        new Date(clock.now()),
      );
    },
    async markFailed(key, detail) {
      await db
        .updateTable("actions")
        .set({ status: "failed", error: detail, updated_at: new Date(clock.now()) })
        .where("key", "=", key)
        .where("status", "=", "pending")
        .execute();
    },
  };
}
