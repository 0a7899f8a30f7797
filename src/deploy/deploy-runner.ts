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
import { type DeploymentStatus, type ExpectedDurations, isDeploymentStatus } from "./lifecycle.js";
import { type LogDiagnoser, logExcerpt } from "./log-excerpt.js";
import { patternsDiagnoser } from "./patterns-diagnoser.js";
import type { DeploymentSnapshot, RailwayDeployApi, ServiceInstanceInfo } from "./railway-deploy-api.js";
import {
  chooseRollbackTarget,
  isNeverGood,
  memoryRollbackGuard,
  type RollbackClaim,
  type RollbackGuard,
  rollbackActionKey,
} from "./rollback-policy.js";

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
  const notes: string[] = [];
  let deploymentId: string;
  // An upload's deployment is created somewhere during the transfer, so its stamps stay unmapped.
  let triggeredHere = false;
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
    const started = await triggerOnce(options, startedAt);
    deploymentId = started.deploymentId;
    // A note means an earlier run's deployment was adopted: it was not created at `startedAt`.
    triggeredHere = !started.note;
    if (started.note) {
      notes.push(started.note);
      options.onEvent?.({ kind: "note", message: started.note });
    }
  }
  options.onEvent?.({ kind: "triggered", deploymentId, at: startedAt });
  const report = await followAndVerify({ ...options, deploymentId, startedAt, triggeredHere, instance, liveBefore });
  report.notes.unshift(...notes);
  return report;
}

/** Deployments still on their way to a verdict: a re-run adopts one of these rather than deploying again. */
const IN_FLIGHT = new Set(["QUEUED", "WAITING", "NEEDS_APPROVAL", "INITIALIZING", "BUILDING", "DEPLOYING"]);

function sameCommit(a: string | null | undefined, b: string): boolean {
  return !!a && (a.startsWith(b) || b.startsWith(a));
}

function commitOf(d: DeploymentSnapshot): string | undefined {
  const hash = (d.meta as { commitHash?: unknown } | null | undefined)?.commitHash;
  return typeof hash === "string" ? hash : undefined;
}

/** Failures that prove Railway never acted on a mutation; anything else may have reached it. */
const CLEAR_REFUSALS = ["AUTH", "NO_TOKEN", "VALIDATION", "GRAPHQL", "NOT_FOUND", "RATE_LIMITED", "USAGE"];

function isAmbiguous(error: unknown): boolean {
  return !(isRailpilotError(error) && CLEAR_REFUSALS.includes(error.code));
}

/**
 * `serviceInstanceDeployV2` at most once per commit: a CI re-run (or a run whose first attempt
 * timed out after Railway accepted it) follows the deployment already under way for the same
 * commit instead of starting another; a trigger whose answer was lost is found by listing again.
 */
async function triggerOnce(options: DeployOptions, startedAt: number): Promise<{ deploymentId: string; note?: string }> {
  const { api, clock, commitSha } = options;
  let before: DeploymentSnapshot[] | undefined;
  if (commitSha) {
    before = await api.deployments(options.serviceId, options.environmentId, 10).catch((error: unknown) => {
      if (isRailpilotError(error) && ["AUTH", "NO_TOKEN"].includes(error.code)) throw error;
      return undefined;
    });
    const running = before?.find((d) => IN_FLIGHT.has(d.status) && sameCommit(commitOf(d), commitSha));
    if (running) {
      return {
        deploymentId: running.id,
        note: `deployment ${running.id} of commit ${commitSha.slice(0, 12)} was already ${running.status} (an earlier run triggered it); following it instead of deploying again`,
      };
    }
  }
  try {
    return { deploymentId: await api.trigger(options.serviceId, options.environmentId, commitSha) };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    // The request may have reached Railway: a deployment created since this run started is ours.
    const known = new Set((before ?? []).map((d) => d.id));
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await clock.sleep(1_000 * attempt, options.signal);
      const fresh = await api.deployments(options.serviceId, options.environmentId, 10).catch(() => [] as DeploymentSnapshot[]);
      const adopted = fresh.find(
        (d) =>
          !known.has(d.id) &&
          (before !== undefined || Date.parse(d.createdAt) >= startedAt) &&
          (!commitSha || !commitOf(d) || sameCommit(commitOf(d), commitSha)),
      );
      if (adopted) {
        const why = error instanceof Error ? error.message : String(error);
        return { deploymentId: adopted.id, note: `the deploy request failed (${why}) but Railway created deployment ${adopted.id}; following it instead of deploying again` };
      }
    }
    throw error;
  }
}

/** Follows an existing deployment (no trigger) with the same verification and rollback. */
export async function runWatch(options: RunOptions & { deploymentId: string }): Promise<DeployReport> {
  const instance = await options.api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined);
  return followAndVerify({ ...options, startedAt: options.clock.now(), instance, liveBefore: undefined });
}

interface FollowContext extends DeployOptions {
  deploymentId: string;
  startedAt: number;
  /** This run created the deployment at `startedAt` (so Railway's stamps can be mapped onto our clock). */
  triggeredHere?: boolean;
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
  // The probes failed: one more look says whether it crashed (Railway knows) or only answers
  // badly, and whether it is still ours to roll back.
  const [lines, standing] = await Promise.all([api.deploymentLogs(deploymentId).catch(() => [] as string[]), standingOf(ctx)]);
  report.logExcerpt = logExcerpt(lines, "deploy", ctx.diagnoser ?? patternsDiagnoser).lines;
  const why = standing.status === "CRASHED" ? "crashed after going live" : "unhealthy after going live";
  return rollBack(ctx, report, `${why} (health probes: ${health.failures.join(", ")})`, finish, standing);
}

/** Whether our deployment still serves, or a newer one has replaced it since. */
interface Standing {
  state: "active" | "superseded" | "unknown";
  status: DeploymentStatus | undefined;
  /** The deployment that replaced ours. */
  by?: string;
  reason?: string;
}

const SERVING = new Set(["SUCCESS", "SLEEPING", "CRASHED"]);

/**
 * Re-reads our deployment and the service's list. Ours is active when it is SUCCESS, SLEEPING or
 * CRASHED and no deployment created after it has gone live; REMOVING/REMOVED, or a newer live
 * one, means someone else's deploy replaced it (and rolling back would undo theirs).
 */
async function standingOf(ctx: FollowContext): Promise<Standing> {
  let self: DeploymentSnapshot;
  let list: DeploymentSnapshot[];
  try {
    [self, list] = await Promise.all([ctx.api.deployment(ctx.deploymentId), ctx.api.deployments(ctx.serviceId, ctx.environmentId, 10)]);
  } catch (error) {
    return { state: "unknown", status: undefined, reason: error instanceof Error ? error.message : String(error) };
  }
  const status = isDeploymentStatus(self.status) ? self.status : undefined;
  const newer = list.filter((d) => d.id !== self.id && Date.parse(d.createdAt) > Date.parse(self.createdAt));
  const newerLive = newer.find((d) => SERVING.has(d.status));
  if (newerLive) return { state: "superseded", status, by: newerLive.id };
  if (status === "REMOVED" || status === "REMOVING") return { state: "superseded", status, ...(newer[0] ? { by: newer[newer.length - 1]?.id ?? newer[0].id } : {}) };
  if (status && SERVING.has(status)) return { state: "active", status };
  return { state: "unknown", status, reason: `it is ${String(self.status)}` };
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
  known?: Standing,
): Promise<DeployReport> {
  if (ctx.rollback === false) return finish("unhealthy", `Deployment ${ctx.deploymentId} ${why}. Not rolled back (--no-rollback).`);
  // Roll back only what still serves as ours: after a newer deploy replaced it, a rollback would
  // undo someone else's deployment.
  const standing = known ?? (await standingOf(ctx));
  if (standing.status) report.status = standing.status;
  if (standing.state === "superseded") {
    if (standing.by) report.supersededBy = standing.by;
    return finish(
      "superseded",
      `Deployment ${ctx.deploymentId} ${why}, but ${standing.by ? `deployment ${standing.by}` : "a newer deployment"} has replaced it since. Not rolled back: that would undo the newer deployment.`,
    );
  }
  if (standing.state === "unknown") {
    return finish(
      "rollback-failed",
      `Deployment ${ctx.deploymentId} ${why}. Not rolled back: could not confirm it is still the live deployment (${standing.reason ?? "unknown"}).`,
    );
  }
  const summary = await performRollback({ ...ctx, failedDeploymentId: ctx.deploymentId, knownGoodId: ctx.liveBefore });
  report.rollback = summary;
  if (summary.status === "succeeded") {
    return finish("rolled-back", `Deployment ${ctx.deploymentId} ${why}. Rolled back to ${summary.toDeploymentId ?? "the previous deployment"}.`);
  }
  if (summary.status === "already-done") {
    return finish(
      "rolled-back",
      `Deployment ${ctx.deploymentId} ${why}. An earlier run already rolled it back to ${summary.toDeploymentId ?? "the previous deployment"}${summary.newDeploymentId ? ` (deployment ${summary.newDeploymentId}, checked now)` : ""}.`,
    );
  }
  return finish("rollback-failed", `Deployment ${ctx.deploymentId} ${why}. Rollback ${summary.status}: ${summary.reason ?? "unknown reason"}.`);
}

export interface RollbackOptions extends RunOptions {
  /** The deployment that went bad (never the target; one rollback per id). Default: the live one. */
  failedDeploymentId?: string;
  /** Roll back to this deployment (`railpilot rollback --to`). */
  toDeploymentId?: string;
  knownGoodId?: string | undefined;
  instance?: ServiceInstanceInfo | undefined;
}

/**
 * The deployment serving now: the service's active deployment (Railway's `activeDeployments`),
 * else the newest SUCCESS, SLEEPING or CRASHED one (a crashed deployment is still the one in place).
 */
async function liveDeploymentId(options: RollbackOptions, list: readonly DeploymentSnapshot[]): Promise<string | undefined> {
  const instance = options.instance ?? (await options.api.serviceInstance(options.serviceId, options.environmentId).catch(() => undefined));
  const active = [...(instance?.activeDeployments ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  const newestServing = list.find((d) => SERVING.has(d.status));
  if (active && (!newestServing || Date.parse(active.createdAt) >= Date.parse(newestServing.createdAt))) return active.id;
  return newestServing?.id;
}

/** Looks a `--to` target up, and refuses one that never served (UsageError, exit 2). */
async function checkTarget(options: RollbackOptions, targetId: string, list: readonly DeploymentSnapshot[]): Promise<DeploymentSnapshot | undefined> {
  let target = list.find((d) => d.id === targetId);
  if (!target) {
    try {
      target = await options.api.deployment(targetId);
    } catch (error) {
      if (isRailpilotError(error) && error.code === "NOT_FOUND") {
        throw new UsageError(`deployment ${targetId} does not exist`, { cause: error, hint: "Pick one listed by `railpilot history`." });
      }
      return undefined;
    }
  }
  if (target.serviceId && target.serviceId !== options.serviceId) {
    throw new UsageError(`deployment ${targetId} belongs to another service`, { hint: "Pick one of this service's deployments (`railpilot history`)." });
  }
  if (isDeploymentStatus(target.status) && isNeverGood(target.status)) {
    throw new UsageError(`deployment ${targetId} ${target.status === "SKIPPED" ? "was SKIPPED" : `${target.status}`}: it never served, so it is no rollback target`, {
      hint: "Pick a deployment that reached SUCCESS (`railpilot history` lists them), or leave out --to to take the suggested one.",
    });
  }
  return target;
}

/**
 * Rolls back once, follows the new deployment to SUCCESS and probes it. Never throws for Railway
 * refusals: reports them. Throws a UsageError for a `--to` target that never served.
 */
export async function performRollback(options: RollbackOptions): Promise<RollbackSummary> {
  const { api, clock } = options;
  const guard = options.guard ?? memoryRollbackGuard(clock);
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  let list: DeploymentSnapshot[];
  try {
    list = await api.deployments(options.serviceId, options.environmentId, 20);
  } catch (error) {
    return { toDeploymentId: undefined, status: "failed", reason: `listing deployments failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  // The deployment being rolled back from: the failed one we were told, else what serves now.
  const fromId = options.failedDeploymentId ?? (await liveDeploymentId(options, list));
  const from = fromId ? { fromDeploymentId: fromId } : {};
  let targetId = options.toDeploymentId;
  if (targetId) {
    const target = await checkTarget(options, targetId, list);
    if (target && !target.canRollback) return { ...from, toDeploymentId: targetId, status: "impossible", reason: `deployment ${targetId} cannot be rolled back to (canRollback is false)` };
    if (targetId === fromId) {
      return {
        ...from,
        toDeploymentId: targetId,
        status: "impossible",
        reason: options.failedDeploymentId ? "the target is the deployment that failed" : `deployment ${targetId} is the one serving now`,
      };
    }
  } else {
    const choice = chooseRollbackTarget(
      list.filter((d) => isDeploymentStatus(d.status)),
      fromId ?? "",
      options.knownGoodId,
    );
    if (!choice.target) return { ...from, toDeploymentId: undefined, status: "impossible", reason: choice.reason ?? "no target" };
    targetId = choice.target.id;
  }
  const key = rollbackActionKey(fromId ?? `manual:${targetId}`);
  // Another run holding a fresh claim is about to send (or has just sent) this rollback: wait for
  // it to settle. A claim it abandoned is handed to us once stale.
  const waitUntil = clock.now() + guard.staleAfterMs + 60_000;
  let claim = await guard.claim(key, targetId);
  while (!claim.claimed && claim.state === "pending") {
    if (clock.now() >= waitUntil) {
      return { ...from, toDeploymentId: claim.target, status: "failed", reason: `another run claimed this rollback (${key}) and never finished it` };
    }
    say(`another run is rolling back from ${fromId ?? "the live deployment"} (claimed ${formatDuration(Math.max(0, clock.now() - claim.at))} ago); waiting for it`);
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

/** The newest deployment not in `known`, looked for a few times (Railway lists a new one after a moment). */
async function findNewDeployment(options: RollbackOptions, known: ReadonlySet<string>): Promise<string | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt > 0) await options.clock.sleep(1_000 * attempt, options.signal);
    const fresh = await options.api.deployments(options.serviceId, options.environmentId, 3).catch(() => [] as DeploymentSnapshot[]);
    const found = fresh.find((d) => !known.has(d.id))?.id;
    if (found) return found;
  }
  return undefined;
}

async function executeRollback(options: RollbackOptions, guard: RollbackGuard, key: string, targetId: string, list: DeploymentSnapshot[]): Promise<RollbackSummary> {
  const { api, clock } = options;
  const say = (message: string) => options.onEvent?.({ kind: "rollback", message });
  const known = new Set(list.map((d) => d.id));
  const startedAt = clock.now();
  const record = async (write: () => Promise<void>) =>
    write().catch((error: unknown) => say(`could not record the rollback in the ledger: ${error instanceof Error ? error.message : String(error)}`));
  let newId: string | undefined;
  try {
    const ok = await api.rollback(targetId);
    if (!ok) {
      await record(() => guard.markFailed(key, "Railway refused the rollback (deploymentRollback returned false)"));
      return { toDeploymentId: targetId, status: "failed", reason: "Railway refused the rollback (deploymentRollback returned false)" };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isAmbiguous(error)) {
      await record(() => guard.markFailed(key, message));
      return { toDeploymentId: targetId, status: "failed", reason: message };
    }
    // A timeout or a lost answer may have reached Railway: a new deployment says it did.
    newId = await findNewDeployment(options, known);
    if (!newId) {
      await record(() => guard.markFailed(key, `${message}; no rollback deployment appeared`));
      return { toDeploymentId: targetId, status: "failed", reason: `${message} (no rollback deployment appeared, so it was not sent)` };
    }
    say(`the rollback request failed (${message}) but Railway created deployment ${newId}`);
  }
  // Accepted: from here on it must never be sent again, whatever happens to this process.
  await record(() => guard.markSent(key, { target: targetId, ...(newId ? { newDeploymentId: newId } : {}) }));
  if (!newId) {
    // deploymentRollback returns Boolean!: the new deployment is the newest one we had not seen.
    newId = await findNewDeployment(options, known);
    if (!newId) return { toDeploymentId: targetId, status: "failed", reason: "the rollback's deployment never appeared" };
    await record(() => guard.markSent(key, { target: targetId, newDeploymentId: newId as string }));
  }
  return verifyRollbackDeployment(options, targetId, newId, startedAt);
}

/** Follows the deployment a rollback created to its verdict and probes it. */
async function verifyRollbackDeployment(options: RollbackOptions, targetId: string, newId: string, startedAt: number): Promise<RollbackSummary> {
  const { api, clock } = options;
  options.onEvent?.({ kind: "rollback", message: `following rollback deployment ${newId}` });
  const followed: FollowOutcome = await followDeployment(api, newId, {
    clock,
    timeoutMs: options.timeoutMs ?? 15 * 60_000,
    startedAt,
    ...(options.expected ? { expected: options.expected } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    onProgress: (progress) => options.onEvent?.({ kind: "follow", deploymentId: newId, progress }),
  });
  if (followed.result.outcome === "removed") {
    return { toDeploymentId: targetId, newDeploymentId: newId, status: "failed", reason: `the rollback deployment ${newId} was replaced by a newer deployment before it went live` };
  }
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

/**
 * An earlier run sent this rollback (maybe it was killed right after): report what it did by
 * looking at the deployment it created (or, when it never saw it, the newest one since), followed
 * and probed now. "already-done" only when that deployment is live and healthy.
 */
async function verifyEarlierRollback(
  options: RollbackOptions,
  claim: Extract<RollbackClaim, { claimed: false }>,
  list: readonly DeploymentSnapshot[],
  fromId: string | undefined,
): Promise<RollbackSummary> {
  const earlier = { toDeploymentId: claim.target };
  const fromCreated = Date.parse(list.find((d) => d.id === fromId)?.createdAt ?? "");
  const newId =
    claim.newDeploymentId ??
    list.find((d) => d.id !== fromId && d.id !== claim.target && (Number.isFinite(fromCreated) ? Date.parse(d.createdAt) > fromCreated : Date.parse(d.createdAt) >= claim.at))?.id;
  if (!newId) return { ...earlier, status: "failed", reason: `an earlier run sent the rollback to ${claim.target}, but no deployment of it can be found` };
  const verified = await verifyRollbackDeployment(options, claim.target, newId, options.clock.now());
  if (verified.status === "succeeded") return { ...verified, status: "already-done", reason: `an earlier run rolled back; its deployment ${newId} is live and healthy now` };
  return { ...verified, reason: `an earlier run sent the rollback, but ${verified.reason ?? "it did not go well"}` };
}
