import type { Clock } from "../core/index.js";
import {
  BUILD_CAUSES,
  crashLines,
  DETERMINISTIC_CAUSES,
  failedBuildLines,
  healthcheckFailLines,
  healthcheckOkLines,
  type LogContext,
  type ScriptLine,
  skippedBuildLines,
  startupLines,
  successfulBuildLines,
  surgeLines,
} from "./log-scripts.js";
import type {
  DeploymentEventRec,
  DeploymentEventStep,
  DeploymentInstanceStatus,
  DeploymentRec,
  DeploymentStatus,
  FailureCause,
  LogRow,
} from "./model.js";
import type { WorldEvents } from "./world-events.js";

/** How long each phase lasts, in clock milliseconds. */
export interface PhaseDurations {
  /** QUEUED → INITIALIZING. Default 1 s. */
  queuedMs: number;
  /** INITIALIZING → BUILDING. Default 3 s. */
  initializingMs: number;
  /** BUILDING → DEPLOYING (or FAILED). Default 30 s. */
  buildingMs: number;
  /** DEPLOYING → SUCCESS. Default 10 s. */
  deployingMs: number;
  /** A `crashed` outcome without `afterMs` crashes this long after going live. Default 15 s. */
  crashAfterMs: number;
  /** A `slow` build stays in BUILDING this long. Default 2 h. */
  slowBuildMs: number;
  /** A failing healthcheck keeps DEPLOYING this long before FAILED. Default 60 s. */
  healthcheckFailMs: number;
  /** templateDeployV2 workflows finish after this long. Default 5 s. */
  workflowMs: number;
}

export const DEFAULT_DURATIONS: PhaseDurations = {
  queuedMs: 1_000,
  initializingMs: 3_000,
  buildingMs: 30_000,
  deployingMs: 10_000,
  crashAfterMs: 15_000,
  slowBuildMs: 2 * 3_600_000,
  healthcheckFailMs: 60_000,
  workflowMs: 5_000,
};

export const IN_PROGRESS: ReadonlySet<DeploymentStatus> = new Set([
  "QUEUED",
  "WAITING",
  "NEEDS_APPROVAL",
  "INITIALIZING",
  "BUILDING",
  "DEPLOYING",
]);

/** What the lifecycle needs from the world around it. */
export interface LifecycleHost {
  clock: Clock;
  events: WorldEvents;
  durations: PhaseDurations;
  newId(): string;
  logContext(deployment: DeploymentRec): LogContext;
  /** Other deployments of the same service instance. */
  siblings(deployment: DeploymentRec): DeploymentRec[];
  /** The instance's memory limit in GB (serviceInstanceLimitsUpdate, else the plan's default). */
  memoryLimitGB(deployment: DeploymentRec): number;
  /** The working set the service's app grows to (control API `POST /memory`), if scripted. */
  memoryNeedGB(deployment: DeploymentRec): number | undefined;
  /** Synthetic requests answered during an error surge (`errors` of them 5xx). */
  recordTraffic(deployment: DeploymentRec, requests: number, errors: number): void;
  /** A deployment went live (SUCCESS). */
  onLive(deployment: DeploymentRec): void;
}

/** A service without a memory limit override gets this much (GB). */
export const DEFAULT_MEMORY_LIMIT_GB = 8;
/** An error surge logs and serves on this clock cadence. */
export const SURGE_TICK_MS = 5_000;

/**
 * Drives deployments through Railway's statuses on the injected clock:
 * QUEUED → INITIALIZING → BUILDING → DEPLOYING → SUCCESS, or FAILED / CRASHED / SKIPPED, with
 * REMOVED for deployments a newer one supersedes, and NEEDS_APPROVAL (no timers) until
 * `approve`. Every step is a clock timer, never setTimeout.
 */
export class DeploymentLifecycle {
  private seq = 0;

  constructor(private readonly host: LifecycleHost) {}

  start(dep: DeploymentRec): void {
    for (const other of this.host.siblings(dep)) {
      if (IN_PROGRESS.has(other.status)) this.finish(other, "REMOVED");
    }
    if (dep.plan.outcome === "needs_approval") {
      // Created waiting for a person: nothing is scheduled until deploymentApprove.
      dep.status = "NEEDS_APPROVAL";
      this.host.events.emit("deployment", dep);
      return;
    }
    this.host.events.emit("deployment", dep);
    this.queue(dep);
  }

  /** deploymentApprove: the deployment is queued and then runs like a `success` one. */
  approve(dep: DeploymentRec): void {
    const { outcome: _outcome, cause: _cause, afterMs: _afterMs, ...rest } = dep.plan;
    dep.plan = { ...rest, outcome: "success" };
    this.setStatus(dep, "QUEUED");
    this.queue(dep);
  }

  private queue(dep: DeploymentRec): void {
    const d = this.host.durations;
    const plan = dep.plan;
    this.after(dep, d.queuedMs, () => {
      if (plan.outcome === "skipped") {
        this.appendBuild(dep, skippedBuildLines());
        this.finish(dep, "SKIPPED");
        return;
      }
      this.setStatus(dep, "INITIALIZING");
      const snapshot = this.openEvent(dep, "SNAPSHOT_CODE");
      this.after(dep, d.initializingMs, () => {
        this.closeEvent(dep, snapshot);
        if (dep.skipBuild) {
          this.appendBuild(dep, [{ message: "Using previously built image, skipping build", severity: "info" }]);
          this.deploy(dep);
        } else {
          this.build(dep);
        }
      });
    });
  }

  private build(dep: DeploymentRec): void {
    const d = this.host.durations;
    const ctx = this.host.logContext(dep);
    const plan = dep.plan;
    this.setStatus(dep, "BUILDING");
    const event = this.openEvent(dep, "BUILD_IMAGE");
    const fails = plan.outcome === "build_failed";
    const cause = plan.cause && BUILD_CAUSES.has(plan.cause) ? plan.cause : "compile_error";
    const lines = fails ? failedBuildLines(ctx, cause) : successfulBuildLines(ctx);
    const total = plan.outcome === "slow" ? d.slowBuildMs : d.buildingMs;
    // A slow build prints most of its lines early, then hangs.
    const span = plan.outcome === "slow" ? Math.min(d.buildingMs, total) : total;
    this.emitSpread(dep, lines, span, (chunk) => this.appendBuild(dep, chunk));
    this.after(dep, total, () => {
      if (fails) {
        this.closeEvent(dep, event, { error: "Build failed" });
        this.finish(dep, "FAILED");
        return;
      }
      this.closeEvent(dep, event);
      this.deploy(dep);
    });
  }

  private deploy(dep: DeploymentRec): void {
    const d = this.host.durations;
    const ctx = this.host.logContext(dep);
    const plan = dep.plan;
    this.setStatus(dep, "DEPLOYING");
    this.closeEvent(dep, this.openEvent(dep, "PUBLISH_IMAGE"));
    const container = this.openEvent(dep, "CREATE_CONTAINER");
    const healthFails = plan.cause === "healthcheck_timeout" && plan.outcome !== "success";
    if (healthFails) {
      this.appendRuntime(dep, crashLines(ctx, "healthcheck_timeout"));
      const hc = this.openEvent(dep, "HEALTHCHECK", { maxAttempts: 8 });
      this.emitSpread(dep, healthcheckFailLines(ctx), d.healthcheckFailMs, (chunk) => this.appendBuild(dep, chunk));
      this.after(dep, d.healthcheckFailMs, () => {
        this.closeEvent(dep, container);
        this.closeEvent(dep, hc, { error: "Healthcheck failed", attempt: 8, maxAttempts: 8 });
        this.finish(dep, "FAILED");
      });
      return;
    }
    this.appendRuntime(dep, startupLines(ctx));
    this.after(dep, d.deployingMs, () => {
      this.closeEvent(dep, container);
      if (ctx.healthcheckPath) {
        const hc = this.openEvent(dep, "HEALTHCHECK", { maxAttempts: 1 });
        this.appendBuild(dep, healthcheckOkLines(ctx));
        this.closeEvent(dep, hc, { attempt: 1, maxAttempts: 1 });
      }
      this.goLive(dep);
    });
  }

  private goLive(dep: DeploymentRec): void {
    const plan = dep.plan;
    dep.everLive = true;
    dep.liveAt = this.host.clock.now();
    dep.surge = null;
    dep.memoryRamp = null;
    dep.unhealthy = plan.outcome === "unhealthy";
    const replaced = this.host
      .siblings(dep)
      .filter((o) => o.status === "SUCCESS" || o.status === "CRASHED" || o.status === "SLEEPING");
    if (replaced.length > 0) {
      const drain = this.openEvent(dep, "DRAIN_INSTANCES");
      for (const old of replaced) this.finish(old, "REMOVED");
      this.closeEvent(dep, drain);
    }
    this.setStatus(dep, "SUCCESS");
    if (dep.unhealthy) {
      this.appendRuntime(dep, [
        {
          message: `{"level":50,"time":${dep.liveAt},"pid":1,"msg":"health check failed: redis ping timed out after 2000ms"}`,
          severity: "error",
        },
        {
          message: `{"level":50,"time":${dep.liveAt + 5000},"pid":1,"msg":"health check failed: redis ping timed out after 2000ms"}`,
          severity: "error",
        },
      ]);
    }
    this.host.onLive(dep);
    const crashAfter = plan.afterMs ?? this.host.durations.crashAfterMs;
    if (plan.outcome === "crashed") {
      const cause = plan.cause && plan.cause !== "healthcheck_timeout" ? plan.cause : "uncaught_exception";
      if (cause === "out_of_memory") this.climbMemory(dep, this.host.memoryLimitGB(dep), crashAfter);
      this.crashAfter(dep, cause, crashAfter);
    } else {
      // A scripted working set: above the limit it climbs to it and the container is killed; below, it levels off.
      const need = this.host.memoryNeedGB(dep);
      const limit = this.host.memoryLimitGB(dep);
      if (need !== undefined) {
        this.climbMemory(dep, Math.min(need, limit), this.host.durations.crashAfterMs);
        if (need > limit) this.crashAfter(dep, "out_of_memory", this.host.durations.crashAfterMs);
      }
    }
    if (plan.outcome === "error_surge")
      this.surgeAfter(dep, crashAfter, plan.errorRate ?? 0.5, plan.errorsPerMinute ?? 60);
  }

  /** Memory climbs from a small baseline to `peakGB` over `spanMs` from now. */
  climbMemory(dep: DeploymentRec, peakGB: number, spanMs: number): void {
    const now = this.host.clock.now();
    dep.memoryRamp = { from: now, until: now + Math.max(1, spanMs), startGB: Math.min(0.2, peakGB / 2), peakGB };
  }

  /** The live deployment crashes with `cause` after `ms` (its crash lines first). */
  crashAfter(dep: DeploymentRec, cause: FailureCause, ms: number): void {
    this.after(dep, ms, () => {
      this.appendRuntime(dep, crashLines(this.host.logContext(dep), cause));
      this.finish(dep, "CRASHED");
    });
  }

  /** After `ms`, the live deployment starts answering 5xx at `errorRate` and logging errors, until it ends. */
  surgeAfter(dep: DeploymentRec, ms: number, errorRate: number, errorsPerMinute: number): void {
    this.after(dep, ms, () => {
      dep.surge = { since: this.host.clock.now(), errorRate, errorsPerMinute };
      const tick = () => {
        if (!dep.surge) return;
        const perTick = (errorsPerMinute * SURGE_TICK_MS) / 60_000;
        const lines = Math.max(errorsPerMinute > 0 ? 1 : 0, Math.round(perTick));
        this.appendRuntime(dep, surgeLines(this.host.logContext(dep), lines, this.host.clock.now()));
        const requests = 20;
        this.host.recordTraffic(dep, requests, Math.round(requests * errorRate));
        this.after(dep, SURGE_TICK_MS, tick);
      };
      tick();
    });
  }

  /** Ends an error surge (the deployment keeps running). */
  endSurge(dep: DeploymentRec): void {
    if (!dep.surge) return;
    dep.surge = null;
    this.cancelTimers(dep);
  }

  /** Restarts a live or crashed deployment under the same id, without a rebuild. */
  restart(dep: DeploymentRec): void {
    this.cancelTimers(dep);
    const ctx = this.host.logContext(dep);
    const plan = dep.plan;
    // A crash caused by the code or its config comes back; a transient one does not.
    // An error surge comes from the code too, so it starts again after a restart.
    const again =
      (plan.outcome === "crashed" && plan.cause !== undefined && DETERMINISTIC_CAUSES.has(plan.cause)) ||
      plan.outcome === "error_surge";
    dep.plan = again ? plan : { outcome: plan.outcome === "unhealthy" ? "unhealthy" : "success" };
    dep.surge = null;
    this.appendRuntime(dep, [{ message: "Stopping Container", severity: "info" }]);
    this.setStatus(dep, "DEPLOYING");
    this.appendRuntime(dep, startupLines(ctx));
    this.after(dep, this.host.durations.deployingMs, () => this.goLive(dep));
  }

  /** Ends a deployment in a terminal status, cancelling what was still scheduled. */
  finish(dep: DeploymentRec, status: DeploymentStatus): void {
    this.cancelTimers(dep);
    dep.surge = null;
    if (status === "REMOVED" && dep.status !== "REMOVED") {
      this.setStatus(dep, "REMOVING");
    }
    this.setStatus(dep, status);
  }

  cancelTimers(dep: DeploymentRec): void {
    for (const cancel of dep.timers) cancel();
    dep.timers.clear();
  }

  setStatus(dep: DeploymentRec, status: DeploymentStatus): void {
    const now = this.host.clock.now();
    dep.status = status;
    dep.statusUpdatedAt = now;
    dep.updatedAt = now;
    this.host.events.emit("deployment", dep);
  }

  stop(dep: DeploymentRec): void {
    this.cancelTimers(dep);
    dep.stopped = true;
    dep.updatedAt = this.host.clock.now();
    this.host.events.emit("deployment", dep);
  }

  private after(dep: DeploymentRec, ms: number, fn: () => void): void {
    const cancel = this.host.clock.schedule(ms, () => {
      dep.timers.delete(cancel);
      fn();
    });
    dep.timers.add(cancel);
  }

  /** Emits `lines` in up to 8 batches spread over `spanMs`. */
  private emitSpread(
    dep: DeploymentRec,
    lines: ScriptLine[],
    spanMs: number,
    emit: (chunk: ScriptLine[]) => void,
  ): void {
    const batches = Math.min(8, lines.length);
    if (batches === 0) return;
    const size = Math.ceil(lines.length / batches);
    emit(lines.slice(0, size));
    for (let i = 1; i * size < lines.length; i++) {
      const chunk = lines.slice(i * size, (i + 1) * size);
      this.after(dep, Math.floor((spanMs * i) / batches), () => emit(chunk));
    }
  }

  appendBuild(dep: DeploymentRec, lines: ScriptLine[]): void {
    if (lines.length === 0) return;
    const rows = lines.map((l) => this.row(l));
    dep.buildLogs.push(...rows);
    this.host.events.emit("buildLogs", { deployment: dep, rows });
  }

  appendRuntime(dep: DeploymentRec, lines: ScriptLine[]): void {
    if (lines.length === 0) return;
    const rows = lines.map((l) => this.row(l));
    dep.runtimeLogs.push(...rows);
    this.host.events.emit("runtimeLogs", { deployment: dep, rows });
  }

  private row(line: ScriptLine): LogRow {
    const at = this.host.clock.now();
    this.seq = (this.seq + 1) % 1_000_000;
    const seq = this.seq;
    const iso = new Date(at).toISOString();
    return {
      message: line.message,
      timestamp: `${iso.slice(0, 23)}${String(seq).padStart(6, "0")}Z`,
      at,
      severity: line.severity,
      attributes: [{ key: "level", value: line.severity }],
    };
  }

  private openEvent(
    dep: DeploymentRec,
    step: DeploymentEventStep,
    payload: DeploymentEventRec["payload"] = null,
  ): DeploymentEventRec {
    const event: DeploymentEventRec = {
      id: this.host.newId(),
      deploymentId: dep.id,
      step,
      createdAt: this.host.clock.now(),
      completedAt: null,
      payload,
    };
    dep.events.push(event);
    this.host.events.emit("deploymentEvent", { deployment: dep, event });
    return event;
  }

  private closeEvent(
    dep: DeploymentRec,
    event: DeploymentEventRec,
    payload: DeploymentEventRec["payload"] = null,
  ): void {
    const now = this.host.clock.now();
    event.completedAt = now;
    event.payload = { ...(event.payload ?? {}), ...(payload ?? {}), durationMs: now - event.createdAt };
    this.host.events.emit("deploymentEvent", { deployment: dep, event });
  }
}

/** Instance statuses shown for a deployment in a given state. */
export function instanceStatuses(dep: DeploymentRec): DeploymentInstanceStatus[] {
  const n = Math.max(1, dep.numReplicas);
  const s = dep.status;
  let status: DeploymentInstanceStatus | undefined;
  if (dep.stopped) status = "STOPPED";
  else if (s === "SUCCESS") status = "RUNNING";
  else if (s === "DEPLOYING") status = "INITIALIZING";
  else if (s === "CRASHED") status = "CRASHED";
  else if (s === "REMOVED") status = dep.everLive ? "REMOVED" : undefined;
  else if (s === "REMOVING") status = "REMOVING";
  else if (s === "SLEEPING") status = "STOPPED";
  return status ? Array.from({ length: n }, () => status) : [];
}
