/**
 * Follow → verify → (roll back): what deploy and watch do once a deployment exists. Returns the
 * report as data; the caller renders it and maps its verdict to an exit code.
 */
import { formatDuration } from "../core/index.js";
import { checkHealth } from "./check-health.js";
import type { DeployReport, Verdict } from "./deploy-verdict.js";
import type { PhaseDurations } from "./deployment-follower.js";
import { verifyOthersRollback } from "./execute-rollback.js";
import { followDeployment } from "./follow-deployment.js";
import { healthVerdict } from "./health-prober.js";
import { logExcerpt } from "./log-excerpt.js";
import { patternsDiagnoser } from "./patterns-diagnoser.js";
import { performRollback } from "./perform-rollback.js";
import type { ServiceInstanceInfo } from "./railway-deploy-api.js";
import { DEFAULT_DEPLOY_TIMEOUT_MS, DEFAULT_ROLLBACK_SETTLE_MS, type DeployOptions } from "./run-options.js";
import { type Standing, standingOf } from "./service-standing.js";
import { serviceUrl } from "./service-url.js";

export interface FollowContext extends DeployOptions {
  deploymentId: string;
  startedAt: number;
  /** This run created the deployment at `startedAt` (so Railway's stamps can be mapped onto our clock). */
  triggeredHere?: boolean;
  instance: ServiceInstanceInfo | undefined;
  liveBefore: string | undefined;
}

const EMPTY_DURATIONS: PhaseDurations = { queued: 0, build: 0, deploy: 0 };

export function baseReport(deploymentId: string | undefined, serviceId: string): DeployReport {
  return {
    deploymentId,
    serviceId,
    status: undefined,
    verdict: "failed",
    summary: "",
    durationsMs: { ...EMPTY_DURATIONS },
    health: { url: undefined, checks: 0, passed: 0, failures: [] },
    logExcerpt: [],
    notes: [],
  };
}

type Finish = (verdict: Verdict, summary: string) => DeployReport;

export async function followAndVerify(ctx: FollowContext): Promise<DeployReport> {
  const { api, clock, deploymentId } = ctx;
  const report = baseReport(deploymentId, ctx.serviceId);
  const timeoutMs = ctx.timeoutMs ?? DEFAULT_DEPLOY_TIMEOUT_MS;
  const followed = await followDeployment(api, deploymentId, {
    clock,
    timeoutMs,
    startedAt: ctx.startedAt,
    triggeredHere: ctx.triggeredHere === true,
    ...(ctx.expected ? { expected: ctx.expected } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.pollIntervalMs ? { pollIntervalMs: ctx.pollIntervalMs } : {}),
    onProgress: (progress) => ctx.onEvent?.({ kind: "follow", deploymentId, progress }),
  });
  const terminalAt = followed.result.at;
  report.status = followed.result.status;
  report.durationsMs = followed.result.durationsMs;
  report.notes.push(...followed.notes);
  report.url = serviceUrl(ctx.instance, followed.last);
  const finish: Finish = (verdict, summary) => {
    report.verdict = verdict;
    report.summary = summary;
    report.verdictDelayMs = Math.max(0, clock.now() - terminalAt);
    return report;
  };
  const diagnoser = ctx.diagnoser ?? patternsDiagnoser;

  switch (followed.result.outcome) {
    case "skipped":
      return finish("skipped", "Nothing to deploy: Railway skipped the build (no change in the watched paths).");
    case "timeout": {
      const stalled = followed.result.stalledIn;
      return finish(
        "timeout",
        `Timed out after ${formatDuration(timeoutMs)}: still ${stalled?.status ?? "without a status"} for ${formatDuration(stalled?.forMs ?? 0)}${followed.waitingOn ? `, waiting on ${followed.waitingOn}` : ""}.`,
      );
    }
    case "removed": {
      const standing = await standingOf(api, deploymentId, ctx.serviceId, ctx.environmentId);
      if (standing.state === "replaced" && standing.by?.rollbackOf) {
        // Removed because a rollback replaced it (another run saw it go bad first): say so.
        return followReplacement(ctx, report, standing.by.id, standing.by.rollbackOf, "no longer serves", finish);
      }
      const newer = standing.state === "replaced" ? standing.by?.id : undefined;
      if (newer) report.supersededBy = newer;
      return finish(
        "superseded",
        newer
          ? `Superseded: deployment ${newer} replaced ${deploymentId} before it finished.`
          : `Deployment ${deploymentId} was removed before it finished.`,
      );
    }
    case "failed": {
      const phase = followed.result.durationsMs.deploy > 0 ? "deploy" : "build";
      const lines = await (phase === "build"
        ? api.buildLogs(deploymentId)
        : api.buildLogs(deploymentId).then(async (b) => [...b, ...(await api.deploymentLogs(deploymentId))])
      ).catch(() => [] as string[]);
      const excerpt = logExcerpt(lines, phase, diagnoser);
      report.logExcerpt = excerpt.lines;
      return finish(
        "failed",
        `${phase === "build" ? "Build" : "Deploy"} failed${excerpt.category ? ` (${excerpt.category})` : ""}: ${(excerpt.lines[0] ?? "no log line found").replace(/[.\s]+$/, "")}. The previous deployment still serves; nothing was rolled back.`,
      );
    }
    case "crashed": {
      const lines = await api.deploymentLogs(deploymentId).catch(() => [] as string[]);
      report.logExcerpt = logExcerpt(lines, "deploy", diagnoser).lines;
      return rollBack(
        ctx,
        report,
        `crashed after going live${report.logExcerpt[0] ? `: ${report.logExcerpt[0]}` : ""}`,
        finish,
      );
    }
    case "live":
      break;
    case "pending":
      return finish("timeout", "Stopped before a terminal state.");
  }

  // Live. Check it runs what was asked for (serviceInstanceRedeploy-style surprises, API-NOTES §9).
  const meta = followed.last?.meta ?? undefined;
  if (
    ctx.commitSha &&
    meta?.commitHash &&
    !meta.commitHash.startsWith(ctx.commitSha) &&
    !ctx.commitSha.startsWith(meta.commitHash)
  ) {
    return finish(
      "mismatch",
      `Deployment ${deploymentId} is live but runs commit ${meta.commitHash.slice(0, 12)}, not ${ctx.commitSha.slice(0, 12)}.`,
    );
  }
  if (ctx.expectImage && meta?.image && meta.image !== ctx.expectImage) {
    return finish(
      "mismatch",
      `Deployment ${deploymentId} is live but runs image ${meta.image}, not ${ctx.expectImage}.`,
    );
  }
  const health = await checkHealth(ctx, report.url, ctx.instance);
  report.health = health;
  const verdict = healthVerdict(health);
  if (verdict === "healthy") {
    const slept = followed.result.status === "SLEEPING" ? " (sleeping until the next request)" : "";
    return finish(
      "deployed",
      `Deployed ${deploymentId}${slept}${health.checks ? `; ${health.passed}/${health.checks} health probes passed` : ""}.`,
    );
  }
  if (verdict === "inconclusive") {
    // The prober's own network failed (DNS, no route, refused before any answer): nothing says
    // the deployment is bad, so it is not rolled back on that alone.
    return finish(
      "inconclusive",
      `Deployment ${deploymentId} is live, but its health could not be checked: the probes never reached it (${[...new Set(health.inconclusive ?? [])].join(", ")}). ${health.passed}/${health.checks} passed. Not rolled back.`,
    );
  }
  // The probes failed: one more look says whether it crashed (Railway knows) or only answers
  // badly, and whether it is still ours to roll back.
  const [lines, standing] = await Promise.all([
    api.deploymentLogs(deploymentId).catch(() => [] as string[]),
    standingOf(api, deploymentId, ctx.serviceId, ctx.environmentId),
  ]);
  report.logExcerpt = logExcerpt(lines, "deploy", diagnoser).lines;
  const why = standing.status === "CRASHED" ? "crashed after going live" : "unhealthy after going live";
  return rollBack(ctx, report, `${why} (health probes: ${health.failures.join(", ")})`, finish, standing);
}

/**
 * Rolls back what still serves as ours, once. A newer deployment in its place (another run's
 * rollback, or someone's deploy) is followed or respected instead: rolling back again would undo
 * it. Before sending, a short random wait and a second look let the first of several runs that
 * saw the same failure act alone, even when they share no store.
 */
async function rollBack(
  ctx: FollowContext,
  report: DeployReport,
  why: string,
  finish: Finish,
  known?: Standing,
): Promise<DeployReport> {
  if (ctx.rollback === false)
    return finish("unhealthy", `Deployment ${ctx.deploymentId} ${why}. Not rolled back (rollback is off).`);
  let standing = known ?? (await standingOf(ctx.api, ctx.deploymentId, ctx.serviceId, ctx.environmentId));
  const settleMs = ctx.rollbackSettleMs ?? DEFAULT_ROLLBACK_SETTLE_MS;
  if (standing.state === "active" && settleMs > 0) {
    await ctx.clock.sleep(Math.floor((ctx.random ?? Math.random)() * settleMs), ctx.signal);
    standing = await standingOf(ctx.api, ctx.deploymentId, ctx.serviceId, ctx.environmentId);
  }
  if (standing.status) report.status = standing.status;
  if (standing.state === "replaced") {
    if (standing.by?.rollbackOf)
      return followReplacement(ctx, report, standing.by.id, standing.by.rollbackOf, why, finish);
    if (standing.by) report.supersededBy = standing.by.id;
    return finish(
      "superseded",
      `Deployment ${ctx.deploymentId} ${why}, but ${standing.by ? `deployment ${standing.by.id}` : "a newer deployment"} has replaced it since. Not rolled back: that would undo the newer deployment.`,
    );
  }
  if (standing.state === "unknown") {
    return finish(
      "rollback-failed",
      `Deployment ${ctx.deploymentId} ${why}. Not rolled back: could not confirm it is still the live deployment (${standing.reason}).`,
    );
  }
  const summary = await performRollback({ ...ctx, failedDeploymentId: ctx.deploymentId, knownGoodId: ctx.liveBefore });
  report.rollback = summary;
  if (summary.status === "succeeded") {
    return finish(
      "rolled-back",
      `Deployment ${ctx.deploymentId} ${why}. Rolled back to ${summary.toDeploymentId ?? "the previous deployment"}.`,
    );
  }
  if (summary.status === "already-done") {
    return finish(
      "rolled-back",
      `Deployment ${ctx.deploymentId} ${why}. Another run already rolled it back to ${summary.toDeploymentId ?? "the previous deployment"}${summary.newDeploymentId ? ` (deployment ${summary.newDeploymentId}, checked now)` : ""}.`,
    );
  }
  if (summary.replacedBy) {
    report.supersededBy = summary.replacedBy;
    return finish(
      "superseded",
      `Deployment ${ctx.deploymentId} ${why}, but deployment ${summary.replacedBy} has replaced it since. Not rolled back: that would undo the newer deployment.`,
    );
  }
  return finish(
    "rollback-failed",
    `Deployment ${ctx.deploymentId} ${why}. Rollback ${summary.status}: ${summary.reason ?? "unknown reason"}.`,
  );
}

/** Another run's rollback replaced ours: follow and probe it, and report it as this run's verdict. */
async function followReplacement(
  ctx: FollowContext,
  report: DeployReport,
  newId: string,
  targetId: string,
  why: string,
  finish: Finish,
): Promise<DeployReport> {
  ctx.onEvent?.({
    kind: "rollback",
    message: `deployment ${newId} has already replaced ${ctx.deploymentId} with the build of ${targetId} (a rollback by another run); following it`,
  });
  const summary = await verifyOthersRollback(
    { ...ctx, failedDeploymentId: ctx.deploymentId },
    targetId,
    newId,
    "another run",
  );
  report.rollback = { fromDeploymentId: ctx.deploymentId, ...summary };
  if (summary.status === "already-done") {
    return finish(
      "rolled-back",
      `Deployment ${ctx.deploymentId} ${why}. Another run already rolled it back to ${targetId}: deployment ${newId} is live${summary.health?.checks ? " and healthy" : ""}.`,
    );
  }
  return finish(
    "rollback-failed",
    `Deployment ${ctx.deploymentId} ${why}. Another run rolled it back to ${targetId}, but ${summary.reason ?? "that did not go well"}.`,
  );
}
