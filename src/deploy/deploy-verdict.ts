/**
 * The verdict of a deploy (or watch, or rollback) as data, and the exit code each verdict maps to.
 * One table, documented in the README:
 * 0 deployed and healthy (or skipped); 1 build failed; 2 usage or config error; 3 crashed or
 * unhealthy and rolled back; 4 timed out; 5 rollback failed or impossible; 6 checks failed;
 * 7 live, but its health could not be checked (the prober's own network failed).
 */
import type { PhaseDurations } from "./deployment-follower.js";
import type { DeploymentStatus } from "./lifecycle.js";

export type Verdict =
  /** Live, healthy, and running what was asked for. */
  | "deployed"
  /** Railway skipped the build: nothing to deploy. */
  | "skipped"
  /** The build or deploy step failed; the previous deployment still serves. */
  | "failed"
  /** A newer deployment replaced this one before it finished. */
  | "superseded"
  /** Live but not running the commit or image asked for. */
  | "mismatch"
  /** Crashed or unhealthy, and rolled back to the previous good deployment (which is healthy). */
  | "rolled-back"
  /** Crashed or unhealthy, and rollback was disabled by --no-rollback. */
  | "unhealthy"
  /** Crashed or unhealthy, and rolling back failed or was impossible. */
  | "rollback-failed"
  /** No terminal state within the timeout. */
  | "timeout"
  /** The commit's checks failed; nothing was deployed. */
  | "checks-failed"
  /**
   * Live, but the health probes never reached it (the prober's own DNS or network failed for the
   * whole health budget). Not rolled back: nothing says the deployment is bad.
   */
  | "inconclusive";

export const VERDICT_EXIT_CODES: Record<Verdict, number> = {
  deployed: 0,
  skipped: 0,
  failed: 1,
  superseded: 1,
  mismatch: 1,
  unhealthy: 1,
  "rolled-back": 3,
  timeout: 4,
  "rollback-failed": 5,
  "checks-failed": 6,
  inconclusive: 7,
};

export function exitCodeForVerdict(verdict: Verdict): number {
  return VERDICT_EXIT_CODES[verdict];
}

export interface HealthSummary {
  url: string | undefined;
  checks: number;
  passed: number;
  /** Status code or error of each failed probe, in order. */
  failures: string[];
  /** Errors of the probes that failed on the prober's own network (neither passed nor failed). */
  inconclusive?: string[];
}

export interface RollbackSummary {
  /** The deployment rolled back from: the failed one, else the one that was serving. */
  fromDeploymentId?: string;
  toDeploymentId: string | undefined;
  /** The deployment the rollback created, when it could be found. */
  newDeploymentId?: string;
  status: "succeeded" | "failed" | "impossible" | "already-done";
  reason?: string;
  /** A newer deployment that replaced the failed one (so nothing was rolled back). */
  replacedBy?: string;
  health?: HealthSummary;
}

/** The one object `--json` prints, and what the PR comment and GitHub deployment status show. */
export interface DeployReport {
  deploymentId: string | undefined;
  serviceId?: string;
  status: DeploymentStatus | undefined;
  verdict: Verdict;
  /** One sentence saying what happened. */
  summary: string;
  durationsMs: PhaseDurations;
  health: HealthSummary;
  rollback?: RollbackSummary;
  /** The decisive log lines (a build error, a crash) when something failed. */
  logExcerpt: string[];
  /** The deployment that superseded this one. */
  supersededBy?: string;
  /** The public URL probed or shown. */
  url?: string;
  /** Notices collected on the way (stuck, waiting, rate limited). */
  notes: string[];
  /** Virtual-clock ms between the terminal status and the verdict. */
  verdictDelayMs?: number;
}
