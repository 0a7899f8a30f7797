/**
 * The four DORA metrics computed from a service's deployment history: pure, no I/O.
 *
 * Definitions (docs/dora.md explains each choice):
 * - a *change* is a deployment that reached production: status SUCCESS, SLEEPING, CRASHED or
 *   REMOVED, and not itself a rollback, restart or redeploy of an earlier one;
 * - a change *failed* when it crashed, when the service's next deployment rolled it back, when the
 *   store recorded a rollback of it, or when the next change within the fix window is a fix
 *   (its commit message starts with fix, hotfix or revert);
 * - *go-live* is the SUCCESS time while Railway still shows it; a replaced (REMOVED) deployment no
 *   longer has it, so its creation time is used, which understates by the build and deploy minutes;
 * - *time to restore* runs from the failure (the crash, or the failed change's go-live) to the
 *   go-live of the next deployment that served (a rollback counts).
 */
import {
  changeFailureRateBand,
  type DoraBand,
  deploymentFrequencyBand,
  leadTimeBand,
  timeToRestoreBand,
} from "./dora-bands.js";

const DAY_MS = 86_400_000;

/** One deployment as the report needs it (times in epoch ms). */
export interface DeploymentRecord {
  id: string;
  serviceId: string;
  serviceName: string;
  status: string;
  createdAt: number;
  /** When the status last changed; for SUCCESS that is go-live. */
  statusUpdatedAt: number | null;
  /** `meta.reason` when Railway gives one: deploy, rollback, redeploy, restart. */
  reason: string | null;
  commitHash: string | null;
  commitMessage: string | null;
  /** The commit's time, from GitHub (or the deployment's meta), when known. */
  commitTime: number | null;
  /** Build and deploy phase durations from `deploymentEvents`, when they were read. */
  phases?: PhaseDurations | null;
}

/** How long a deployment spent building its image and deploying it (ms; null when not seen). */
export interface PhaseDurations {
  buildMs: number | null;
  deployMs: number | null;
}

/** One `deploymentEvents` step as the phases need it (times in epoch ms). */
export interface DeploymentStep {
  step: string;
  createdAt: number;
  completedAt: number | null;
}

/** Steps of the build phase; every other step (container, healthcheck, drain, …) is the deploy phase. */
const BUILD_STEPS = new Set(["SNAPSHOT_CODE", "BUILD_IMAGE", "PUBLISH_IMAGE"]);

/**
 * A deployment's build and deploy durations from its steps: each phase spans from its first step's
 * start to its last step's completion; a phase with an unfinished or no step is null.
 */
export function phaseDurations(steps: readonly DeploymentStep[]): PhaseDurations {
  const span = (list: DeploymentStep[]): number | null => {
    if (list.length === 0 || list.some((s) => s.completedAt === null)) return null;
    const start = Math.min(...list.map((s) => s.createdAt));
    const end = Math.max(...list.map((s) => s.completedAt as number));
    return Math.max(0, end - start);
  };
  return {
    buildMs: span(steps.filter((s) => BUILD_STEPS.has(s.step))),
    deployMs: span(steps.filter((s) => !BUILD_STEPS.has(s.step))),
  };
}

export type LeadTimeSource = "github" | "meta";

export interface DoraInput {
  since: number;
  until: number;
  deployments: readonly DeploymentRecord[];
  /** Ids of deployments the store recorded as rolled back (by railpilot). */
  rolledBack?: ReadonlySet<string>;
  /** Where commit times came from, when any are known. */
  leadTimeSource?: LeadTimeSource | null;
  /** How soon a fix must follow a change to mark it failed. Default: 1 hour. */
  fixWindowMs?: number;
}

export interface DeploymentFrequency {
  perDay: number;
  band: DoraBand;
  changes: number;
}
export interface LeadTime {
  medianMs: number | null;
  band: DoraBand | null;
  source: LeadTimeSource | null;
  samples: number;
  reason?: string;
}
export interface ChangeFailureRate {
  rate: number | null;
  band: DoraBand | null;
  failed: number;
  changes: number;
  reason?: string;
}
export interface TimeToRestore {
  medianMs: number | null;
  band: DoraBand | null;
  restored: number;
  /** Failures with no later healthy deployment in the window. */
  open: number;
  reason?: string;
}
export interface DeliveryStats {
  /** Share of finished deployments that neither failed to build nor crashed. */
  successRate: number | null;
  /** Mean time from creation to SUCCESS or FAILED, where Railway still shows it. */
  averageDurationMs: number | null;
  deployments: number;
  /** Mean build and deploy phase durations over the deployments whose events were read. */
  phases: { buildMs: number | null; deployMs: number | null; samples: number };
}

export interface DoraMetrics {
  deploymentFrequency: DeploymentFrequency;
  leadTime: LeadTime;
  changeFailureRate: ChangeFailureRate;
  timeToRestore: TimeToRestore;
  delivery: DeliveryStats;
}

export const DEFAULT_FIX_WINDOW_MS = 3_600_000;

const PRODUCTION = new Set(["SUCCESS", "SLEEPING", "CRASHED", "REMOVED"]);
const SERVED = new Set(["SUCCESS", "SLEEPING", "REMOVED"]);
const NOT_A_CHANGE = new Set(["rollback", "restart", "redeploy"]);
const FIX_MESSAGE = /^\s*(fix|hotfix|revert)\b/i;

function goLive(d: DeploymentRecord): number {
  return (d.status === "SUCCESS" || d.status === "SLEEPING") && d.statusUpdatedAt !== null
    ? d.statusUpdatedAt
    : d.createdAt;
}

function isChange(d: DeploymentRecord): boolean {
  return PRODUCTION.has(d.status) && !NOT_A_CHANGE.has(d.reason ?? "deploy");
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

interface ServiceFacts {
  changes: DeploymentRecord[];
  failed: DeploymentRecord[];
  leadTimes: number[];
  restoreTimes: number[];
  open: number;
  finished: number;
  succeeded: number;
  durations: number[];
  builds: number[];
  deploys: number[];
  phaseSamples: number;
}

/** Walks one service's deployments (any order) and collects what the metrics are made of. */
function serviceFacts(all: readonly DeploymentRecord[], input: DoraInput): ServiceFacts {
  const fixWindow = input.fixWindowMs ?? DEFAULT_FIX_WINDOW_MS;
  const list = all
    .filter((d) => d.createdAt >= input.since && d.createdAt <= input.until)
    .sort((a, b) => a.createdAt - b.createdAt);
  const facts: ServiceFacts = {
    changes: [],
    failed: [],
    leadTimes: [],
    restoreTimes: [],
    open: 0,
    finished: 0,
    succeeded: 0,
    durations: [],
    builds: [],
    deploys: [],
    phaseSamples: 0,
  };
  list.forEach((d, i) => {
    if (["SUCCESS", "SLEEPING", "REMOVED", "FAILED", "CRASHED"].includes(d.status)) {
      facts.finished++;
      if (d.status !== "FAILED" && d.status !== "CRASHED") facts.succeeded++;
    }
    if ((d.status === "SUCCESS" || d.status === "SLEEPING" || d.status === "FAILED") && d.statusUpdatedAt !== null) {
      facts.durations.push(Math.max(0, d.statusUpdatedAt - d.createdAt));
    }
    if (d.phases) {
      facts.phaseSamples++;
      if (d.phases.buildMs !== null) facts.builds.push(d.phases.buildMs);
      if (d.phases.deployMs !== null) facts.deploys.push(d.phases.deployMs);
    }
    if (!isChange(d)) return;
    facts.changes.push(d);
    if (d.commitTime !== null) facts.leadTimes.push(Math.max(0, goLive(d) - d.commitTime));
    const next = list[i + 1];
    const nextChange = list.slice(i + 1).find(isChange);
    const failed =
      d.status === "CRASHED" ||
      next?.reason === "rollback" ||
      (input.rolledBack?.has(d.id) ?? false) ||
      (nextChange !== undefined &&
        nextChange.createdAt - goLive(d) <= fixWindow &&
        FIX_MESSAGE.test(nextChange.commitMessage ?? ""));
    if (!failed) return;
    facts.failed.push(d);
    const failureAt = d.status === "CRASHED" && d.statusUpdatedAt !== null ? d.statusUpdatedAt : goLive(d);
    const restoredBy = list.slice(i + 1).find((later) => SERVED.has(later.status) && goLive(later) >= failureAt);
    if (restoredBy) facts.restoreTimes.push(goLive(restoredBy) - failureAt);
    else facts.open++;
  });
  return facts;
}

function metricsFrom(facts: ServiceFacts[], input: DoraInput): DoraMetrics {
  const days = Math.max((input.until - input.since) / DAY_MS, 1 / 24);
  const changes = facts.reduce((n, f) => n + f.changes.length, 0);
  const failed = facts.reduce((n, f) => n + f.failed.length, 0);
  const leadTimes = facts.flatMap((f) => f.leadTimes);
  const restoreTimes = facts.flatMap((f) => f.restoreTimes);
  const open = facts.reduce((n, f) => n + f.open, 0);
  const finished = facts.reduce((n, f) => n + f.finished, 0);
  const succeeded = facts.reduce((n, f) => n + f.succeeded, 0);
  const durations = facts.flatMap((f) => f.durations);
  const builds = facts.flatMap((f) => f.builds);
  const deploys = facts.flatMap((f) => f.deploys);
  const perDay = changes / days;
  const leadMedian = median(leadTimes);
  const restoreMedian = median(restoreTimes);
  const source = leadTimes.length > 0 ? (input.leadTimeSource ?? null) : null;
  return {
    deploymentFrequency: { perDay, band: deploymentFrequencyBand(perDay), changes },
    leadTime:
      leadMedian === null
        ? {
            medianMs: null,
            band: null,
            source: null,
            samples: 0,
            reason:
              changes === 0
                ? "no change reached production in the window"
                : "no commit time is known for these deployments (configure a GitHub token and repository)",
          }
        : { medianMs: leadMedian, band: leadTimeBand(leadMedian), source, samples: leadTimes.length },
    changeFailureRate:
      changes === 0
        ? { rate: null, band: null, failed: 0, changes: 0, reason: "no change reached production in the window" }
        : { rate: failed / changes, band: changeFailureRateBand(failed / changes), failed, changes },
    timeToRestore:
      restoreMedian === null
        ? {
            medianMs: null,
            band: null,
            restored: 0,
            open,
            reason:
              failed === 0
                ? "no failed change in the window"
                : "no failed change was followed by a healthy deployment in the window",
          }
        : { medianMs: restoreMedian, band: timeToRestoreBand(restoreMedian), restored: restoreTimes.length, open },
    delivery: {
      successRate: finished === 0 ? null : succeeded / finished,
      averageDurationMs: mean(durations),
      deployments: finished,
      phases: {
        buildMs: mean(builds),
        deployMs: mean(deploys),
        samples: facts.reduce((n, f) => n + f.phaseSamples, 0),
      },
    },
  };
}

export interface ServiceDora extends DoraMetrics {
  serviceId: string;
  name: string;
}

export interface DoraReport {
  since: string;
  until: string;
  overall: DoraMetrics;
  services: ServiceDora[];
}

/** The four metrics per service and overall, for the deployments in [since, until]. */
export function computeDora(input: DoraInput): DoraReport {
  const byService = new Map<string, DeploymentRecord[]>();
  for (const d of input.deployments) {
    const list = byService.get(d.serviceId) ?? [];
    list.push(d);
    byService.set(d.serviceId, list);
  }
  const perService = [...byService.entries()].map(([serviceId, list]) => ({
    serviceId,
    name: list[0]?.serviceName ?? serviceId,
    facts: serviceFacts(list, input),
  }));
  perService.sort((a, b) => a.name.localeCompare(b.name));
  return {
    since: new Date(input.since).toISOString(),
    until: new Date(input.until).toISOString(),
    overall: metricsFrom(
      perService.map((s) => s.facts),
      input,
    ),
    services: perService.map((s) => ({ serviceId: s.serviceId, name: s.name, ...metricsFrom([s.facts], input) })),
  };
}

/** One bucket of the DORA trend (the dashboard's chart). */
export interface DoraTrendPoint {
  since: string;
  until: string;
  deploymentsPerDay: number;
  changeFailureRate: number | null;
  leadTimeMs: number | null;
  timeToRestoreMs: number | null;
}

/** The overall metrics bucket by bucket (a week by default), oldest first, over [since, until]. */
export function doraTrend(input: DoraInput, bucketMs = 7 * DAY_MS): DoraTrendPoint[] {
  const points: DoraTrendPoint[] = [];
  for (let end = input.until; end > input.since; end -= bucketMs) {
    const start = Math.max(input.since, end - bucketMs);
    const { overall } = computeDora({ ...input, since: start, until: end });
    points.unshift({
      since: new Date(start).toISOString(),
      until: new Date(end).toISOString(),
      deploymentsPerDay: overall.deploymentFrequency.perDay,
      changeFailureRate: overall.changeFailureRate.rate,
      leadTimeMs: overall.leadTime.medianMs,
      timeToRestoreMs: overall.timeToRestore.medianMs,
    });
  }
  return points;
}
