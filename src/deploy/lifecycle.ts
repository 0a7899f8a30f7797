/**
 * What railpilot knows about Railway's `DeploymentStatus` (API-NOTES §3): every real value, which
 * ones end a deployment, which ones mean it serves traffic, which phase each belongs to and how
 * long each is expected to last. Pure: no I/O, no clock.
 *
 * Railway's own CLI treats only SUCCESS, FAILED and CRASHED as terminal, so a SKIPPED build hangs
 * `up --ci` (railwayapp/cli#787). Here every value has an explicit meaning.
 */
export const DEPLOYMENT_STATUSES = [
  "QUEUED",
  "WAITING",
  "NEEDS_APPROVAL",
  "INITIALIZING",
  "BUILDING",
  "DEPLOYING",
  "SUCCESS",
  "FAILED",
  "CRASHED",
  "SKIPPED",
  "SLEEPING",
  "REMOVING",
  "REMOVED",
] as const;

export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export function isDeploymentStatus(value: unknown): value is DeploymentStatus {
  return typeof value === "string" && (DEPLOYMENT_STATUSES as readonly string[]).includes(value);
}

/** The phase of a deployment's life a status belongs to; durations are reported per phase. */
export type DeploymentPhase = "queued" | "build" | "deploy" | "done";

const PHASE: Record<DeploymentStatus, DeploymentPhase> = {
  QUEUED: "queued",
  WAITING: "queued",
  NEEDS_APPROVAL: "queued",
  INITIALIZING: "queued",
  BUILDING: "build",
  DEPLOYING: "deploy",
  SUCCESS: "done",
  FAILED: "done",
  CRASHED: "done",
  SKIPPED: "done",
  SLEEPING: "done",
  REMOVING: "done",
  REMOVED: "done",
};

export function phaseOf(status: DeploymentStatus): DeploymentPhase {
  return PHASE[status];
}

/**
 * How a status ends the wait for a deployment:
 * - `live`: it serves traffic (SUCCESS; SLEEPING is a live deployment that scaled to zero);
 * - `failed`: the build or the deploy step failed before traffic switched; the old one still serves;
 * - `crashed`: it went live and then died;
 * - `skipped`: Railway decided there was nothing to build (e.g. no change in watch paths);
 * - `removed`: it was removed, usually because a newer deployment superseded it;
 * - `pending`: not over yet.
 */
export type StatusOutcome = "live" | "failed" | "crashed" | "skipped" | "removed" | "pending";

const OUTCOME: Record<DeploymentStatus, StatusOutcome> = {
  QUEUED: "pending",
  WAITING: "pending",
  NEEDS_APPROVAL: "pending",
  INITIALIZING: "pending",
  BUILDING: "pending",
  DEPLOYING: "pending",
  SUCCESS: "live",
  SLEEPING: "live",
  FAILED: "failed",
  CRASHED: "crashed",
  SKIPPED: "skipped",
  // REMOVING is on its way to REMOVED; waiting for the last step adds nothing.
  REMOVING: "removed",
  REMOVED: "removed",
};

export function outcomeOf(status: DeploymentStatus): StatusOutcome {
  return OUTCOME[status];
}

/**
 * Statuses of a deployment still on its way to a verdict (queued, waiting on a person or on
 * dependencies, NEEDS_APPROVAL, building, deploying). The one copy of this set.
 */
export const IN_PROGRESS_STATUSES: readonly DeploymentStatus[] = DEPLOYMENT_STATUSES.filter(
  (s) => OUTCOME[s] === "pending",
);

/** True for a status in IN_PROGRESS_STATUSES; accepts any string (Railway may add values). */
export function isInProgress(status: string): boolean {
  return isDeploymentStatus(status) && OUTCOME[status] === "pending";
}

export function isTerminal(status: DeploymentStatus): boolean {
  return OUTCOME[status] !== "pending";
}

/** Statuses in which the deployment serves (or can wake up and serve) traffic. */
export function isHealthyStatus(status: DeploymentStatus): boolean {
  return OUTCOME[status] === "live";
}

/**
 * How long a status may last before the deployment is called stuck (milliseconds). Statuses
 * absent here have no budget of their own: WAITING and NEEDS_APPROVAL wait on a person or on
 * another deployment, so only the overall timeout bounds them.
 */
export interface ExpectedDurations {
  /** QUEUED. Default 2 min. */
  QUEUED: number;
  /** INITIALIZING (snapshotting the code). Default 10 s. */
  INITIALIZING: number;
  /** BUILDING. Default 5 min. */
  BUILDING: number;
  /** DEPLOYING (container start and Railway's own health check). Default 1 min. */
  DEPLOYING: number;
}

export const DEFAULT_EXPECTED_DURATIONS: ExpectedDurations = {
  QUEUED: 120_000,
  INITIALIZING: 10_000,
  BUILDING: 300_000,
  DEPLOYING: 60_000,
};

export function expectedDurationOf(
  status: DeploymentStatus,
  expected: ExpectedDurations = DEFAULT_EXPECTED_DURATIONS,
): number | undefined {
  return status in expected ? expected[status as keyof ExpectedDurations] : undefined;
}

/** True when a deployment has been in `status` since `since` for longer than it should. */
export function isStuck(
  status: DeploymentStatus,
  since: number,
  now: number,
  expected: ExpectedDurations = DEFAULT_EXPECTED_DURATIONS,
): boolean {
  const budget = expectedDurationOf(status, expected);
  return budget !== undefined && now - since > budget;
}

/** Why a deployment in a waiting status is not moving, in words a user can act on. */
export function waitingReason(status: DeploymentStatus): string | undefined {
  switch (status) {
    case "WAITING":
      return "Railway is holding it until another deployment of this service finishes or its dependencies are ready";
    case "NEEDS_APPROVAL":
      return "it needs approval in the Railway dashboard (or `deploymentApprove`) before it builds";
    case "QUEUED":
      return "it is queued behind other builds";
    default:
      return undefined;
  }
}
