/**
 * What every runner (deploy, watch, rollback) takes, and each option's default: resolved here
 * once (the config loader, the CLI's help and the README all say the same values).
 */
import type { Clock } from "../core/index.js";
import type { FollowProgress } from "./follow-deployment.js";
import type { ProbeResult, ResolveEntry } from "./health-prober.js";
import type { ExpectedDurations } from "./lifecycle.js";
import type { LogDiagnoser } from "./log-excerpt.js";
import type { RailwayDeployApi, ServiceInstanceInfo } from "./railway-deploy-api.js";
import type { RollbackGuard } from "./rollback-policy.js";

/** Longest a deployment may take to reach a terminal state (config `deploy.timeout`). */
export const DEFAULT_DEPLOY_TIMEOUT_MS = 15 * 60_000;
/** Number of health probes after SUCCESS (config `deploy.healthChecks`). */
export const DEFAULT_HEALTH_CHECKS = 3;
/** Time between health probes (config `deploy.healthInterval`). */
export const DEFAULT_HEALTH_INTERVAL_MS = 5_000;
/** Deadline of one probe, body included. */
export const DEFAULT_PROBE_TIMEOUT_MS = 5_000;
/**
 * How long probes that fail on the prober's own network (DNS, no route, connection refused or
 * not made) are retried before the health verdict is "inconclusive". At least this long, and at
 * least as long as the planned probes take (checks × interval).
 */
export const DEFAULT_INCONCLUSIVE_BUDGET_MS = 60_000;
/**
 * Before rolling back, a run waits a random time up to this long and looks at Railway again: of
 * several runs (a deploy and watchers, on other machines, without a shared store) that saw the
 * same crash, the first to act rolls back and the others find its deployment and follow it.
 */
export const DEFAULT_ROLLBACK_SETTLE_MS = 3_000;
/** Polling interval when the status subscription is unavailable. */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;

export interface HealthOptions {
  /** Path appended to the service's domain. Default: the service's healthcheckPath, else "/". */
  path?: string;
  /** Full URL to probe instead of the service's domain. */
  url?: string;
  /** Number of probes after SUCCESS. Default DEFAULT_HEALTH_CHECKS (3); 0 disables probing. */
  checks?: number;
  /** Default DEFAULT_HEALTH_INTERVAL_MS (5 s). */
  intervalMs?: number;
  /** Per-probe timeout. Default DEFAULT_PROBE_TIMEOUT_MS (5 s). */
  timeoutMs?: number;
  /** Retry budget for inconclusive probes. Default DEFAULT_INCONCLUSIVE_BUDGET_MS. */
  inconclusiveBudgetMs?: number;
  resolve?: readonly ResolveEntry[];
}

export type DeployEvent =
  | { kind: "triggered"; deploymentId: string; at: number }
  | { kind: "follow"; deploymentId: string; progress: FollowProgress }
  | { kind: "probe"; index: number; result: ProbeResult; url: string }
  | { kind: "rollback"; message: string }
  | { kind: "note"; message: string };

/** One side effect on Railway, as the audit log records it (see `auditToStore`). */
export interface DeployAuditEntry {
  /** "deploy", "upload" or "rollback". */
  action: "deploy" | "upload" | "rollback";
  /** What it acted on: the service id (deploy) or the target deployment (rollback). */
  target: string;
  /** The deployment it created, when known. */
  deploymentId?: string;
  detail?: Record<string, unknown>;
}

/** Writes one audit row per side effect; a failure to write never fails the deploy. */
export type DeployAuditSink = (entry: DeployAuditEntry) => Promise<void>;

export interface RunOptions {
  api: RailwayDeployApi;
  clock: Clock;
  serviceId: string;
  environmentId: string;
  projectId?: string;
  /** Overall budget for the new deployment to reach a terminal state. Default DEFAULT_DEPLOY_TIMEOUT_MS (15 min). */
  timeoutMs?: number;
  expected?: Partial<ExpectedDurations>;
  health?: HealthOptions;
  /** Roll back on crash or failed probes. Default true. */
  rollback?: boolean;
  /**
   * Ensures one rollback per failed deployment. Default: one in-memory guard per `api` object,
   * shared by every call in this process (`defaultRollbackGuard`); pass the store's ledger guard
   * (`ledgerRollbackGuard`) to share it across processes. Independently of the guard, a run looks
   * at Railway before rolling back and follows a newer deployment instead.
   */
  guard?: RollbackGuard;
  /** Picks the decisive log lines. Default: src/patterns' diagnose(), else a local heuristic. */
  diagnoser?: LogDiagnoser;
  pollIntervalMs?: number;
  /** Random wait before a rollback (see DEFAULT_ROLLBACK_SETTLE_MS); 0 disables it. */
  rollbackSettleMs?: number;
  /** Source of randomness for that wait (tests). Default Math.random. */
  random?: () => number;
  /** Records each side effect (deploy, upload, rollback). Default: none. */
  audit?: DeployAuditSink;
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

export interface RollbackOptions extends RunOptions {
  /** The deployment that went bad (never the target; one rollback per id). Default: the live one. */
  failedDeploymentId?: string;
  /** Roll back to this deployment instead of the policy's choice. */
  toDeploymentId?: string;
  knownGoodId?: string | undefined;
  instance?: ServiceInstanceInfo | undefined;
}

/** Records an audit entry when a sink is configured; says so (never throws) when it fails. */
export async function audit(options: RunOptions, entry: DeployAuditEntry): Promise<void> {
  if (!options.audit) return;
  try {
    await options.audit(entry);
  } catch (error) {
    options.onEvent?.({
      kind: "note",
      message: `could not write the audit log: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
