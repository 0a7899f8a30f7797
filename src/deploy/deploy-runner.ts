/**
 * Trigger → follow → verify → (roll back → follow → verify): the deploy as users run it, built
 * from the pure parts (follower, rollback policy, verdicts) and the Railway edge. Returns the
 * report as data; the CLI prints it and maps its verdict to an exit code.
 */
import { type Clock, formatDuration, isRailpilotError, UsageError } from "../core/index.js";
import type { DeployReport, HealthSummary, RollbackSummary, Verdict } from "./deploy-verdict.js";
import type { PhaseDurations } from "./deployment-follower.js";
import { type FollowOutcome, type FollowProgress, followDeployment } from "./follow-deployment.js";
import { isHealthy, type ProbeResult, probeHealth, type ResolveEntry } from "./health-prober.js";
import { type ExpectedDurations, isDeploymentStatus } from "./lifecycle.js";
import { type LogDiagnoser, logExcerpt } from "./log-excerpt.js";
import { patternsDiagnoser } from "./patterns-diagnoser.js";
import type { DeploymentSnapshot, RailwayDeployApi, ServiceInstanceInfo } from "./railway-deploy-api.js";
import { chooseRollbackTarget, memoryRollbackGuard, type RollbackGuard, rollbackActionKey } from "./rollback-policy.js";

export interface HealthOptions {
  /** Path appended to the service's domain. Default: the service's healthcheckPath, else "/". */
  path?: string;
  /** Full URL to probe instead of the service's domain. */
  url?: string;
  /** Number of probes after SUCCESS. Default 3; 0 disables probing. */
  checks?: number;
  /** Default 10 s. */
  intervalMs?: number;
  /** Per-probe timeout. Default 5 s. */
  timeoutMs?: number;
  resolve?: readonly ResolveEntry[];
}

export type DeployEvent =
  | { kind: "triggered"; deploymentId: string; at: number }
  | { kind: "follow"; deploymentId: string; progress: FollowProgress }
  | { kind: "probe"; index: number; result: ProbeResult; url: string }
  | { kind: "rollback"; message: string }
  | { kind: "note"; message: string };

export interface RunOptions {
  api: RailwayDeployApi;
  clock: Clock;
  serviceId: string;
  environmentId: string;
  projectId?: string;
  /** Overall budget for the new deployment to reach a terminal state. Default 15 min. */
  timeoutMs?: number;
  expected?: Partial<ExpectedDurations>;
  health?: HealthOptions;
  /** Roll back on crash or failed probes. Default true. */
  rollback?: boolean;
  /** Ensures one rollback per failed deployment. Default: in-memory (this process only). */
  guard?: RollbackGuard;
  /** Picks the decisive log lines. Default: src/patterns' diagnose(), else a local heuristic. */
  diagnoser?: LogDiagnoser;
  pollIntervalMs?: number;
  onEvent?: (event: DeployEvent) => void;
  signal?: AbortSignal;
}

export interface DeployOptions extends RunOptions {
  /** Deploy this commit (serviceInstanceDeployV2 commitSha). */
  commitSha?: string;
  /** Upload this directory instead of deploying from the source. */
  upDirectory?: string;
  message?: string;
  /** The image the deployment must run (verified against meta.image). */
  expectImage?: string;
}

const EMPTY_DURATIONS: PhaseDurations = { queued: 0, build: 0, deploy: 0 };

function baseReport(deploymentId: string | undefined, serviceId: string): DeployReport {
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

/** The public URL of a service: its Railway domain (or first custom domain), https. */
export function serviceUrl(instance: ServiceInstanceInfo | undefined, snapshot: DeploymentSnapshot | undefined): string | undefined {
  const domain = instance?.domains.serviceDomains[0]?.domain ?? instance?.domains.customDomains[0]?.domain ?? snapshot?.staticUrl ?? undefined;
  if (!domain) return undefined;
  return domain.startsWith("http") ? domain : `https://${domain}`;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/$/, "")}/${path.replace(/^\//, "")}`;
}

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
  let deploymentId: string;
  if (options.upDirectory) {
    if (!options.projectId) throw new UsageError("--up needs the project id", { hint: "Set RAILWAY_PROJECT_ID or use a project token." });
    const up = await api.upload({
      projectId: options.projectId,
      environmentId: options.environmentId,
      serviceId: options.serviceId,
      directory: options.upDirectory,
      ...(options.message ? { message: options.message } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    deploymentId = up.deploymentId;
    // Railway registers an uploaded deployment a moment after answering (its CLI waits 500 ms too).
    await clock.sleep(500, options.signal);
  } else {
    deploymentId = await api.trigger(options.serviceId, options.environmentId, options.commitSha);
  }
  options.onEvent?.({ kind: "triggered", deploymentId, at: startedAt });
  return followAndVerify({ ...options, deploymentId, startedAt, instance, liveBefore });
}

/** Follows an existing deployment (no trigger) with the same verification and rollback. */
export async function runWatch(options: RunOptions & { deploymentId: string }): Promise<DeployReport> {
  const instance = await options.api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined);
  return followAndVerify({ ...options, startedAt: options.clock.now(), instance, liveBefore: undefined });
}

interface FollowContext extends DeployOptions {
  deploymentId: string;
  startedAt: number;
  instance: ServiceInstanceInfo | undefined;
  liveBefore: string | undefined;
}

async function followAndVerify(ctx: FollowContext): Promise<DeployReport> {
  const { api, clock, deploymentId } = ctx;
  const report = baseReport(deploymentId, ctx.serviceId);
  const followed = await followDeployment(api, deploymentId, {
    clock,
    timeoutMs: ctx.timeoutMs ?? 15 * 60_000,
    startedAt: ctx.startedAt,
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
  const finish = (verdict: Verdict, summary: string): DeployReport => {
    report.verdict = verdict;
    report.summary = summary;
    report.verdictDelayMs = Math.max(0, clock.now() - terminalAt);
    return report;
  };

  switch (followed.result.outcome) {
    case "skipped":
      return finish("skipped", "Nothing to deploy: Railway skipped the build (no change in the watched paths).");
    case "timeout": {
      const stalled = followed.result.stalledIn;
      return finish(
        "timeout",
        `Timed out after ${formatDuration(ctx.timeoutMs ?? 15 * 60_000)}: still ${stalled?.status ?? "without a status"} for ${formatDuration(stalled?.forMs ?? 0)}${followed.waitingOn ? `, waiting on ${followed.waitingOn}` : ""}.`,
      );
    }
    case "removed": {
      const newer = await api
        .deployments(ctx.serviceId, ctx.environmentId, 5)
        .then((list) => list.find((d) => d.id !== deploymentId && Date.parse(d.createdAt) >= Date.parse(followed.last?.createdAt ?? "1970-01-01")))
        .catch(() => undefined);
      if (newer) report.supersededBy = newer.id;
      return finish(
        "superseded",
        newer ? `Superseded: deployment ${newer.id} replaced ${deploymentId} before it finished.` : `Deployment ${deploymentId} was removed before it finished.`,
      );
    }
    case "failed": {
      const phase = followed.result.durationsMs.deploy > 0 ? "deploy" : "build";
      const lines = await (phase === "build" ? api.buildLogs(deploymentId) : api.buildLogs(deploymentId).then(async (b) => [...b, ...(await api.deploymentLogs(deploymentId))])).catch(() => [] as string[]);
      const excerpt = logExcerpt(lines, phase, ctx.diagnoser ?? patternsDiagnoser);
      report.logExcerpt = excerpt.lines;
      return finish(
        "failed",
        `${phase === "build" ? "Build" : "Deploy"} failed${excerpt.category ? ` (${excerpt.category})` : ""}: ${(excerpt.lines[0] ?? "no log line found").replace(/[.\s]+$/, "")}. The previous deployment still serves; nothing was rolled back.`,
      );
    }
    case "crashed": {
      const lines = await api.deploymentLogs(deploymentId).catch(() => [] as string[]);
      report.logExcerpt = logExcerpt(lines, "deploy", ctx.diagnoser ?? patternsDiagnoser).lines;
      return rollBack(ctx, report, `crashed after going live${report.logExcerpt[0] ? `: ${report.logExcerpt[0]}` : ""}`, finish);
    }
    case "live":
      break;
    case "pending":
      return finish("timeout", "Stopped before a terminal state.");
  }

  // Live. Check it runs what was asked for (serviceInstanceRedeploy-style surprises, API-NOTES §9).
  const meta = followed.last?.meta ?? undefined;
  if (ctx.commitSha && meta?.commitHash && !meta.commitHash.startsWith(ctx.commitSha) && !ctx.commitSha.startsWith(meta.commitHash)) {
    return finish("mismatch", `Deployment ${deploymentId} is live but runs commit ${meta.commitHash.slice(0, 12)}, not ${ctx.commitSha.slice(0, 12)}.`);
  }
  if (ctx.expectImage && meta?.image && meta.image !== ctx.expectImage) {
    return finish("mismatch", `Deployment ${deploymentId} is live but runs image ${meta.image}, not ${ctx.expectImage}.`);
  }
  const health = await probe(ctx, report.url, ctx.instance);
  report.health = health;
  if (isHealthy(health)) {
    const slept = followed.result.status === "SLEEPING" ? " (sleeping until the next request)" : "";
    return finish("deployed", `Deployed ${deploymentId}${slept}${health.checks ? `; ${health.passed}/${health.checks} health probes passed` : ""}.`);
  }
  // The probes failed: one more look says whether it crashed (Railway knows) or only answers badly.
  const [lines, after] = await Promise.all([
    api.deploymentLogs(deploymentId).catch(() => [] as string[]),
    api.deployment(deploymentId).catch(() => undefined),
  ]);
  report.logExcerpt = logExcerpt(lines, "deploy", ctx.diagnoser ?? patternsDiagnoser).lines;
  if (after?.status && isDeploymentStatus(after.status)) report.status = after.status;
  const why = after?.status === "CRASHED" ? "crashed after going live" : "unhealthy after going live";
  return rollBack(ctx, report, `${why} (health probes: ${health.failures.join(", ")})`, finish);
}

async function probe(ctx: RunOptions, baseUrl: string | undefined, instance: ServiceInstanceInfo | undefined): Promise<HealthSummary> {
  const checks = ctx.health?.checks ?? 3;
  if (checks === 0) return { url: undefined, checks: 0, passed: 0, failures: [] };
  const path = ctx.health?.path ?? instance?.healthcheckPath ?? "/";
  const url = ctx.health?.url ?? (baseUrl ? joinUrl(baseUrl, path) : undefined);
  if (!url) {
    ctx.onEvent?.({ kind: "note", message: "no public domain and no --health-url: health probes skipped" });
    return { url: undefined, checks: 0, passed: 0, failures: [] };
  }
  return probeHealth({
    url,
    checks,
    intervalMs: ctx.health?.intervalMs ?? 10_000,
    timeoutMs: ctx.health?.timeoutMs ?? 5_000,
    resolve: ctx.health?.resolve ?? [],
    clock: ctx.clock,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onProbe: (index, result) => ctx.onEvent?.({ kind: "probe", index, result, url }),
  });
}

async function rollBack(
  ctx: FollowContext,
  report: DeployReport,
  why: string,
  finish: (verdict: Verdict, summary: string) => DeployReport,
): Promise<DeployReport> {
  if (ctx.rollback === false) return finish("unhealthy", `Deployment ${ctx.deploymentId} ${why}. Not rolled back (--no-rollback).`);
  const summary = await performRollback({ ...ctx, failedDeploymentId: ctx.deploymentId, knownGoodId: ctx.liveBefore });
  report.rollback = summary;
  if (summary.status === "succeeded" || summary.status === "already-done") {
    return finish(
      "rolled-back",
      `Deployment ${ctx.deploymentId} ${why}. ${summary.status === "already-done" ? "It was already rolled back" : "Rolled back"} to ${summary.toDeploymentId ?? "the previous deployment"}.`,
    );
  }
  return finish("rollback-failed", `Deployment ${ctx.deploymentId} ${why}. Rollback ${summary.status}: ${summary.reason ?? "unknown reason"}.`);
}

export interface RollbackOptions extends RunOptions {
  /** The deployment that went bad (never the target; one rollback per id). */
  failedDeploymentId?: string;
  /** Roll back to this deployment (`railpilot rollback --to`). */
  toDeploymentId?: string;
  knownGoodId?: string | undefined;
  instance?: ServiceInstanceInfo | undefined;
}

/** Rolls back once, follows the new deployment to SUCCESS and probes it. Never throws for Railway refusals: reports them. */
export async function performRollback(options: RollbackOptions): Promise<RollbackSummary> {
  const { api } = options;
  const guard = options.guard ?? memoryRollbackGuard();
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  let list: DeploymentSnapshot[];
  try {
    list = await api.deployments(options.serviceId, options.environmentId, 20);
  } catch (error) {
    return { toDeploymentId: undefined, status: "failed", reason: `listing deployments failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const failedId = options.failedDeploymentId ?? list.find((d) => d.status === "SUCCESS" || d.status === "CRASHED")?.id ?? list[0]?.id;
  let targetId = options.toDeploymentId;
  if (targetId) {
    const target = list.find((d) => d.id === targetId);
    if (target && !target.canRollback) return { toDeploymentId: targetId, status: "impossible", reason: `deployment ${targetId} cannot be rolled back to (canRollback is false)` };
    if (targetId === failedId && options.failedDeploymentId) return { toDeploymentId: targetId, status: "impossible", reason: "the target is the deployment that failed" };
  } else {
    const choice = chooseRollbackTarget(
      list.filter((d) => isDeploymentStatus(d.status)),
      failedId ?? "",
      options.knownGoodId,
    );
    if (!choice.target) return { toDeploymentId: undefined, status: "impossible", reason: choice.reason ?? "no target" };
    targetId = choice.target.id;
  }
  const key = rollbackActionKey(failedId ?? `manual:${targetId}`);
  if (!(await guard.claim(key, targetId))) {
    say(`rollback for ${failedId} was already done (${key}); not repeating it`);
    return { toDeploymentId: targetId, status: "already-done" };
  }
  say(`rolling back to ${targetId}`);
  const sent = { value: false };
  const summary = await executeRollback(options, targetId, list, sent);
  // Once Railway accepted the rollback it happened, even if verifying it failed: never send it
  // again. Only a rollback that never reached Railway may be retried by a later run.
  await guard
    .settle(key, sent.value ? "done" : "failed", summary.reason ?? `rolled back to ${targetId} (${summary.newDeploymentId ?? "?"})`)
    .catch(() => undefined);
  return summary;
}

async function executeRollback(options: RollbackOptions, targetId: string, list: DeploymentSnapshot[], sent: { value: boolean }): Promise<RollbackSummary> {
  const { api, clock } = options;
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  const known = new Set(list.map((d) => d.id));
  const startedAt = clock.now();
  try {
    const ok = await api.rollback(targetId);
    sent.value = ok;
    if (!ok) return { toDeploymentId: targetId, status: "failed", reason: "Railway refused the rollback (deploymentRollback returned false)" };
  } catch (error) {
    // A timeout may have reached Railway: treat anything but a clear refusal as possibly sent.
    sent.value = !(isRailpilotError(error) && ["AUTH", "VALIDATION", "GRAPHQL", "NOT_FOUND", "RATE_LIMITED"].includes(error.code));
    return { toDeploymentId: targetId, status: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
  // deploymentRollback returns Boolean!: the new deployment is the newest one we had not seen.
  let newId: string | undefined;
  for (let attempt = 0; attempt < 5 && !newId; attempt++) {
    if (attempt > 0) await clock.sleep(1_000 * attempt, options.signal);
    const fresh = await api.deployments(options.serviceId, options.environmentId, 3).catch(() => [] as DeploymentSnapshot[]);
    newId = fresh.find((d) => !known.has(d.id))?.id;
  }
  if (!newId) return { toDeploymentId: targetId, status: "failed", reason: "the rollback's deployment never appeared" };
  say(`following rollback deployment ${newId}`);
  const followed: FollowOutcome = await followDeployment(api, newId, {
    clock,
    timeoutMs: options.timeoutMs ?? 15 * 60_000,
    startedAt,
    ...(options.expected ? { expected: options.expected } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    onProgress: (progress) => options.onEvent?.({ kind: "follow", deploymentId: newId as string, progress }),
  });
  if (followed.result.outcome !== "live") {
    return { toDeploymentId: targetId, newDeploymentId: newId, status: "failed", reason: `the rollback deployment ended ${followed.result.status ?? followed.result.outcome}` };
  }
  const instance = options.instance ?? (await api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined));
  const health = await probe(options, serviceUrl(instance, followed.last), instance);
  if (!isHealthy(health)) {
    return { toDeploymentId: targetId, newDeploymentId: newId, status: "failed", reason: `the rolled-back service is unhealthy too (${health.failures.join(", ")})`, health };
  }
  return { toDeploymentId: targetId, newDeploymentId: newId, status: "succeeded", health };
}
