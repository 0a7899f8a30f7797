/**
 * One rollback for a failed (or the live) deployment: pick or check the target, look at Railway
 * for a newer deployment that already replaced the failed one, claim the rollback in the guard
 * (one per failed deployment), then send it and see it through (execute-rollback.ts).
 */
import { type Clock, formatDuration, isRailpilotError } from "../core/index.js";
import { DeployError } from "./deploy-errors.js";
import type { RollbackSummary } from "./deploy-verdict.js";
import { executeRollback, verifyEarlierRollback, verifyOthersRollback } from "./execute-rollback.js";
import { isDeploymentStatus } from "./lifecycle.js";
import type { DeploymentSnapshot, RailwayDeployApi } from "./railway-deploy-api.js";
import {
  chooseRollbackTarget,
  isNeverGood,
  memoryRollbackGuard,
  type RollbackGuard,
  rollbackActionKey,
} from "./rollback-policy.js";
import type { RollbackOptions } from "./run-options.js";
import { replacementOf, SERVING_STATUSES } from "./service-standing.js";

const defaultGuards = new WeakMap<RailwayDeployApi, RollbackGuard>();

/**
 * The guard a run gets when it passes none: one per `api` object, kept for the life of the
 * process, so every deploy, watch and rollback through the same api shares it (a second
 * rollback for the same failed deployment finds the first one's claim).
 */
export function defaultRollbackGuard(api: RailwayDeployApi, clock: Clock): RollbackGuard {
  let guard = defaultGuards.get(api);
  if (!guard) {
    guard = memoryRollbackGuard(clock);
    defaultGuards.set(api, guard);
  }
  return guard;
}

/**
 * The deployment serving now: the service's active deployment (Railway's `activeDeployments`),
 * else the newest SUCCESS, SLEEPING or CRASHED one (a crashed deployment is still the one in place).
 */
async function liveDeploymentId(
  options: RollbackOptions,
  list: readonly DeploymentSnapshot[],
): Promise<string | undefined> {
  const instance =
    options.instance ??
    (await options.api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined));
  const active = [...(instance?.activeDeployments ?? [])].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  )[0];
  const newestServing = list.find((d) => SERVING_STATUSES.has(d.status));
  if (active && (!newestServing || Date.parse(active.createdAt) >= Date.parse(newestServing.createdAt)))
    return active.id;
  return newestServing?.id;
}

/** Looks a chosen target up, and refuses one that does not exist, is another service's or never served. */
async function checkTarget(
  options: RollbackOptions,
  targetId: string,
  list: readonly DeploymentSnapshot[],
): Promise<DeploymentSnapshot | undefined> {
  let target = list.find((d) => d.id === targetId);
  if (!target) {
    try {
      target = await options.api.deployment(targetId);
    } catch (error) {
      // A project token answers "Not Authorized" for a deployment outside its reach, where an
      // account token answers "not found": to this caller both mean no such deployment.
      if (isRailpilotError(error) && (error.code === "NOT_FOUND" || error.code === "AUTH")) {
        throw new DeployError("ROLLBACK_TARGET_NOT_FOUND", `deployment ${targetId} does not exist`, {
          cause: error,
          deploymentId: targetId,
          hint: "Pick one of the service's deployments.",
        });
      }
      return undefined;
    }
  }
  if (target.serviceId && target.serviceId !== options.serviceId) {
    throw new DeployError("ROLLBACK_TARGET_OTHER_SERVICE", `deployment ${targetId} belongs to another service`, {
      deploymentId: targetId,
      hint: "Pick one of this service's deployments.",
    });
  }
  if (isDeploymentStatus(target.status) && isNeverGood(target.status)) {
    throw new DeployError(
      "ROLLBACK_TARGET_NEVER_SERVED",
      `deployment ${targetId} ${target.status === "SKIPPED" ? "was SKIPPED" : `${target.status}`}: it never served, so it is no rollback target`,
      {
        deploymentId: targetId,
        hint: "Pick a deployment that reached SUCCESS, or let railpilot choose the newest earlier good one.",
      },
    );
  }
  return target;
}

/**
 * Rolls back once, follows the new deployment to SUCCESS and probes it. Never throws for Railway
 * refusals: reports them. Throws a DeployError for a chosen target that does not exist, belongs
 * to another service or never served. When a failed deployment is named and Railway already
 * lists a newer deployment in its place (another run's rollback, or a new deploy), nothing is
 * sent: the newer deployment is followed and reported instead.
 */
export async function performRollback(options: RollbackOptions): Promise<RollbackSummary> {
  const { api, clock } = options;
  const guard = options.guard ?? defaultRollbackGuard(api, clock);
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  let list: DeploymentSnapshot[];
  try {
    list = await api.deployments(options.serviceId, options.environmentId, 20);
  } catch (error) {
    return {
      toDeploymentId: undefined,
      status: "failed",
      reason: `listing deployments failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  // The deployment being rolled back from: the failed one we were told, else what serves now.
  const fromId = options.failedDeploymentId ?? (await liveDeploymentId(options, list));
  const from = fromId ? { fromDeploymentId: fromId } : {};
  if (options.failedDeploymentId && !options.toDeploymentId) {
    const failed =
      list.find((d) => d.id === options.failedDeploymentId) ??
      (await api.deployment(options.failedDeploymentId).catch(() => undefined));
    const replacement = failed ? replacementOf(failed, list) : undefined;
    if (replacement?.rollbackOf) {
      say(
        `deployment ${replacement.id} has already replaced ${fromId} with the build of ${replacement.rollbackOf} (a rollback by another run); following it instead of rolling back again`,
      );
      return {
        ...from,
        ...(await verifyOthersRollback(options, replacement.rollbackOf, replacement.id, "an earlier run")),
      };
    }
    // Our own ledger says this rollback was sent (a run that died after sending it): the newer
    // deployment is that rollback, checked below like any earlier run's, not a reason to stop.
    const sentBefore = replacement ? await guard.wasSent(rollbackActionKey(options.failedDeploymentId)) : false;
    if (replacement && !sentBefore) {
      return {
        ...from,
        toDeploymentId: undefined,
        status: "impossible",
        replacedBy: replacement.id,
        reason: `deployment ${replacement.id} has replaced ${fromId} since; rolling back would undo it`,
      };
    }
  }
  let targetId = options.toDeploymentId;
  if (targetId) {
    const target = await checkTarget(options, targetId, list);
    if (target && !target.canRollback)
      return {
        ...from,
        toDeploymentId: targetId,
        status: "impossible",
        reason: `deployment ${targetId} cannot be rolled back to (canRollback is false)`,
      };
    if (targetId === fromId) {
      return {
        ...from,
        toDeploymentId: targetId,
        status: "impossible",
        reason: options.failedDeploymentId
          ? "the target is the deployment that failed"
          : `deployment ${targetId} is the one serving now`,
      };
    }
  } else {
    const choice = chooseRollbackTarget(
      list.filter((d) => isDeploymentStatus(d.status)).map(candidateOf),
      fromId ?? "",
      options.knownGoodId,
    );
    if (!choice.target)
      return { ...from, toDeploymentId: undefined, status: "impossible", reason: choice.reason ?? "no target" };
    targetId = choice.target.id;
  }
  const key = rollbackActionKey(fromId ?? `manual:${targetId}`);
  // Another run holding a fresh claim is about to send (or has just sent) this rollback: wait for
  // it to settle. A claim it abandoned is handed to us once stale.
  const waitUntil = clock.now() + guard.staleAfterMs + 60_000;
  let claim = await guard.claim(key, targetId);
  while (!claim.claimed && claim.state === "pending") {
    if (clock.now() >= waitUntil) {
      return {
        ...from,
        toDeploymentId: claim.target,
        status: "failed",
        reason: `another run claimed this rollback (${key}) and never finished it`,
      };
    }
    say(
      `another run is rolling back from ${fromId ?? "the live deployment"} (claimed ${formatDuration(Math.max(0, clock.now() - claim.at))} ago); waiting for it`,
    );
    await clock.sleep(5_000, options.signal);
    claim = await guard.claim(key, targetId);
  }
  if (!claim.claimed) {
    say(`rollback from ${fromId} was already sent by an earlier run (to ${claim.target}); checking what it did`);
    return { ...from, ...(await verifyEarlierRollback(options, claim, list, fromId)) };
  }
  say(`rolling back to ${targetId}`);
  return { ...from, ...(await executeRollback(options, guard, key, targetId, list)) };
}

/** A deployment as the rollback policy sees it (status, canRollback, createdAt, commit). */
export function candidateOf(d: DeploymentSnapshot & { status: string }) {
  const commit = (d.meta as { commitHash?: unknown } | null | undefined)?.commitHash;
  return {
    id: d.id,
    status: d.status as import("./lifecycle.js").DeploymentStatus,
    canRollback: d.canRollback,
    createdAt: d.createdAt,
    ...(typeof commit === "string" && commit ? { commitHash: commit } : {}),
  };
}

export interface RollbackCandidates {
  /** The deployment in place now (SUCCESS, SLEEPING or CRASHED), newest first. */
  live: DeploymentSnapshot | undefined;
  /** The policy's choice: the newest earlier good deployment, never one a rollback already left. */
  suggested: DeploymentSnapshot | undefined;
  /** Every other deployment that can be rolled back to, newest first. */
  candidates: DeploymentSnapshot[];
  /** Why nothing is suggested, when nothing is. */
  reason?: string;
}

/** What a rollback of the service could go back to, and which one the policy suggests. */
export async function listRollbackCandidates(options: {
  api: RailwayDeployApi;
  serviceId: string;
  environmentId: string;
}): Promise<RollbackCandidates> {
  const list = await options.api.deployments(options.serviceId, options.environmentId, 20);
  const live = list.find((d) => SERVING_STATUSES.has(d.status));
  const choice = chooseRollbackTarget(
    list.filter((d) => isDeploymentStatus(d.status)).map(candidateOf),
    live?.id ?? "",
  );
  const suggested = choice.target ? list.find((d) => d.id === choice.target?.id) : undefined;
  return {
    live,
    suggested,
    candidates: list.filter((d) => d.id !== live?.id && d.canRollback),
    ...(choice.reason ? { reason: choice.reason } : {}),
  };
}
