/**
 * Sending one rollback and seeing it through: the mutation (once: the guard is marked `sent` the
 * moment Railway accepts it), finding the deployment it created (`deploymentRollback` answers
 * only a Boolean), following that deployment to SUCCESS and probing it.
 */
import { mayHaveActed } from "../railway/errors.js";
import { checkHealth } from "./check-health.js";
import type { RollbackSummary } from "./deploy-verdict.js";
import { type FollowOutcome, followDeployment } from "./follow-deployment.js";
import { healthVerdict } from "./health-prober.js";
import type { DeploymentSnapshot } from "./railway-deploy-api.js";
import type { RollbackClaim, RollbackGuard } from "./rollback-policy.js";
import { audit, DEFAULT_DEPLOY_TIMEOUT_MS, type RollbackOptions } from "./run-options.js";
import { serviceUrl } from "./service-url.js";

/** The newest deployment not in `known`, looked for a few times (Railway lists a new one after a moment). */
export async function findNewDeployment(
  options: RollbackOptions,
  known: ReadonlySet<string>,
): Promise<string | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt > 0) await options.clock.sleep(1_000 * attempt, options.signal);
    const fresh = await options.api
      .deployments(options.serviceId, options.environmentId, 3)
      .catch(() => [] as DeploymentSnapshot[]);
    const found = fresh.find((d) => !known.has(d.id))?.id;
    if (found) return found;
  }
  return undefined;
}

export async function executeRollback(
  options: RollbackOptions,
  guard: RollbackGuard,
  key: string,
  targetId: string,
  list: readonly DeploymentSnapshot[],
): Promise<RollbackSummary> {
  const { api, clock } = options;
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  const known = new Set(list.map((d) => d.id));
  const startedAt = clock.now();
  const record = async (write: () => Promise<void>) =>
    write().catch((error: unknown) =>
      say(`could not record the rollback in the ledger: ${error instanceof Error ? error.message : String(error)}`),
    );
  let newId: string | undefined;
  try {
    const ok = await api.rollback(targetId);
    if (!ok) {
      await record(() => guard.markFailed(key, "Railway refused the rollback (deploymentRollback returned false)"));
      return {
        toDeploymentId: targetId,
        status: "failed",
        reason: "Railway refused the rollback (deploymentRollback returned false)",
      };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!mayHaveActed(error)) {
      await record(() => guard.markFailed(key, message));
      return { toDeploymentId: targetId, status: "failed", reason: message };
    }
    // A timeout or a lost answer may have reached Railway: a new deployment says it did.
    newId = await findNewDeployment(options, known);
    if (!newId) {
      await record(() => guard.markFailed(key, `${message}; no rollback deployment appeared`));
      return {
        toDeploymentId: targetId,
        status: "failed",
        reason: `${message} (no rollback deployment appeared, so it was not sent)`,
      };
    }
    say(`the rollback request failed (${message}) but Railway created deployment ${newId}`);
  }
  // Accepted: from here on it must never be sent again, whatever happens to this process.
  await record(() => guard.markSent(key, { target: targetId, ...(newId ? { newDeploymentId: newId } : {}) }));
  if (!newId) {
    // deploymentRollback returns Boolean!: the new deployment is the newest one we had not seen.
    newId = await findNewDeployment(options, known);
    if (newId) await record(() => guard.markSent(key, { target: targetId, newDeploymentId: newId as string }));
  }
  await audit(options, {
    action: "rollback",
    target: targetId,
    ...(newId ? { deploymentId: newId } : {}),
    detail: {
      serviceId: options.serviceId,
      environmentId: options.environmentId,
      ...(options.failedDeploymentId ? { from: options.failedDeploymentId } : {}),
    },
  });
  if (!newId) return { toDeploymentId: targetId, status: "failed", reason: "the rollback's deployment never appeared" };
  return verifyRollbackDeployment(options, targetId, newId, startedAt);
}

/** Follows the deployment a rollback created to its verdict and probes it. */
export async function verifyRollbackDeployment(
  options: RollbackOptions,
  targetId: string,
  newId: string,
  startedAt: number,
): Promise<RollbackSummary> {
  const { api, clock } = options;
  options.onEvent?.({ kind: "rollback", message: `following rollback deployment ${newId}` });
  const followed: FollowOutcome = await followDeployment(api, newId, {
    clock,
    timeoutMs: options.timeoutMs ?? DEFAULT_DEPLOY_TIMEOUT_MS,
    startedAt,
    ...(options.expected ? { expected: options.expected } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    onProgress: (progress) => options.onEvent?.({ kind: "follow", deploymentId: newId, progress }),
  });
  if (followed.result.outcome === "removed") {
    return {
      toDeploymentId: targetId,
      newDeploymentId: newId,
      status: "failed",
      reason: `the rollback deployment ${newId} was replaced by a newer deployment before it went live`,
    };
  }
  if (followed.result.outcome !== "live") {
    return {
      toDeploymentId: targetId,
      newDeploymentId: newId,
      status: "failed",
      reason: `the rollback deployment ended ${followed.result.status ?? followed.result.outcome}`,
    };
  }
  const instance =
    options.instance ?? (await api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined));
  const health = await checkHealth(options, serviceUrl(instance, followed.last), instance);
  const verdict = healthVerdict(health);
  if (verdict === "unhealthy") {
    return {
      toDeploymentId: targetId,
      newDeploymentId: newId,
      status: "failed",
      reason: `the rolled-back service is unhealthy too (${health.failures.join(", ")})`,
      health,
    };
  }
  if (verdict === "inconclusive") {
    return {
      toDeploymentId: targetId,
      newDeploymentId: newId,
      status: "succeeded",
      reason: `Railway reports it live; its health could not be checked (${(health.inconclusive ?? []).join(", ")})`,
      health,
    };
  }
  return { toDeploymentId: targetId, newDeploymentId: newId, status: "succeeded", health };
}

/**
 * An earlier run sent this rollback (maybe it was killed right after): report what it did by
 * looking at the deployment it created (or, when it never saw it, the newest one since), followed
 * and probed now. "already-done" only when that deployment is live and healthy.
 */
export async function verifyEarlierRollback(
  options: RollbackOptions,
  claim: Extract<RollbackClaim, { claimed: false }>,
  list: readonly DeploymentSnapshot[],
  fromId: string | undefined,
): Promise<RollbackSummary> {
  const fromCreated = Date.parse(list.find((d) => d.id === fromId)?.createdAt ?? "");
  const newId =
    claim.newDeploymentId ??
    list.find(
      (d) =>
        d.id !== fromId &&
        d.id !== claim.target &&
        (Number.isFinite(fromCreated) ? Date.parse(d.createdAt) > fromCreated : Date.parse(d.createdAt) >= claim.at),
    )?.id;
  if (!newId)
    return {
      toDeploymentId: claim.target,
      status: "failed",
      reason: `an earlier run sent the rollback to ${claim.target}, but no deployment of it can be found`,
    };
  return verifyOthersRollback(options, claim.target, newId, "an earlier run");
}

/** Follows and probes a rollback another run made; "already-done" when it is live and healthy. */
export async function verifyOthersRollback(
  options: RollbackOptions,
  targetId: string,
  newId: string,
  who: string,
): Promise<RollbackSummary> {
  const verified = await verifyRollbackDeployment(options, targetId, newId, options.clock.now());
  if (verified.status === "succeeded")
    return {
      ...verified,
      status: "already-done",
      reason: `${who} rolled back; its deployment ${newId} is live${verified.reason ? ` (${verified.reason})` : " and healthy now"}`,
    };
  return { ...verified, reason: `${who} sent the rollback, but ${verified.reason ?? "it did not go well"}` };
}
