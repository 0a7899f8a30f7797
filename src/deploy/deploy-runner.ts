/**
 * Trigger → follow → verify → (roll back → follow → verify): the deploy as users run it. This
 * file starts a deployment (or picks the one to watch); following and verifying live in
 * follow-and-verify.ts, rolling back in perform-rollback.ts and execute-rollback.ts, options and
 * defaults in run-options.ts.
 */
import { isRailpilotError } from "../core/index.js";
import { DeployError } from "./deploy-errors.js";
import type { DeployReport } from "./deploy-verdict.js";
import { followAndVerify } from "./follow-and-verify.js";
import { audit, type DeployOptions, type RunOptions } from "./run-options.js";
import { triggerOnce } from "./trigger-deployment.js";

export { performRollback, defaultRollbackGuard } from "./perform-rollback.js";
export { serviceUrl } from "./service-url.js";
export type { DeployEvent, DeployOptions, HealthOptions, RollbackOptions, RunOptions } from "./run-options.js";

/** Triggers a deployment and follows it to a verdict. */
export async function runDeploy(options: DeployOptions): Promise<DeployReport> {
  const { api, clock } = options;
  // One request tells us the domain, the health path and which deployment is live now (the
  // preferred rollback target), before anything changes.
  const instance = await api.serviceInstance(options.serviceId, options.environmentId).catch((error: unknown) => {
    if (isRailpilotError(error) && ["AUTH", "NO_TOKEN", "VALIDATION"].includes(error.code)) throw error;
    return undefined;
  });
  const liveBefore = instance?.activeDeployments.find((d) => d.status === "SUCCESS" || d.status === "SLEEPING")?.id;
  const startedAt = clock.now();
  const notes: string[] = [];
  let deploymentId: string;
  // An upload's deployment is created somewhere during the transfer, so its stamps stay unmapped.
  let triggeredHere = false;
  if (options.upDirectory) {
    if (!options.projectId) {
      throw new DeployError("UPLOAD_NEEDS_PROJECT", "uploading a directory needs the project id", {
        hint: "Name the project, or use a project token (it names its project).",
      });
    }
    const up = await api.upload({
      projectId: options.projectId,
      environmentId: options.environmentId,
      serviceId: options.serviceId,
      directory: options.upDirectory,
      ...(options.message ? { message: options.message } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    deploymentId = up.deploymentId;
    await audit(options, {
      action: "upload",
      target: options.serviceId,
      deploymentId,
      detail: { environmentId: options.environmentId },
    });
    // Railway registers an uploaded deployment a moment after answering (its CLI waits 500 ms too).
    await clock.sleep(500, options.signal);
  } else {
    const started = await triggerOnce(options, startedAt);
    deploymentId = started.deploymentId;
    // A note means an earlier run's deployment was adopted: it was not created at `startedAt`.
    triggeredHere = !started.note;
    if (started.note) {
      notes.push(started.note);
      options.onEvent?.({ kind: "note", message: started.note });
    } else {
      await audit(options, {
        action: "deploy",
        target: options.serviceId,
        deploymentId,
        detail: {
          environmentId: options.environmentId,
          ...(options.commitSha ? { commitSha: options.commitSha } : {}),
        },
      });
    }
  }
  options.onEvent?.({ kind: "triggered", deploymentId, at: startedAt });
  const report = await followAndVerify({ ...options, deploymentId, startedAt, triggeredHere, instance, liveBefore });
  report.notes.unshift(...notes);
  return report;
}

/** Follows an existing deployment (no trigger) with the same verification and rollback. */
export async function runWatch(options: RunOptions & { deploymentId: string }): Promise<DeployReport> {
  const instance = await options.api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined);
  return followAndVerify({ ...options, startedAt: options.clock.now(), instance, liveBefore: undefined });
}
