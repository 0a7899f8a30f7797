/**
 * The emulator's in-memory records. They mirror what Railway stores, not what GraphQL shows:
 * views (graphql-views.ts) turn them into the schema's shapes.
 */

/** Railway's DeploymentStatus values (API-NOTES §3). */
export type DeploymentStatus =
  | "QUEUED"
  | "WAITING"
  | "NEEDS_APPROVAL"
  | "INITIALIZING"
  | "BUILDING"
  | "DEPLOYING"
  | "SUCCESS"
  | "FAILED"
  | "CRASHED"
  | "SKIPPED"
  | "SLEEPING"
  | "REMOVING"
  | "REMOVED";

export type DeploymentInstanceStatus =
  | "CRASHED"
  | "CREATED"
  | "EXITED"
  | "INITIALIZING"
  | "REMOVED"
  | "REMOVING"
  | "RESTARTING"
  | "RUNNING"
  | "SKIPPED"
  | "STOPPED";

export type DeploymentEventStep =
  | "BUILD_IMAGE"
  | "CONFIGURE_NETWORK"
  | "CREATE_CONTAINER"
  | "DRAIN_INSTANCES"
  | "HEALTHCHECK"
  | "MIGRATE_VOLUMES"
  | "PRE_DEPLOY_COMMAND"
  | "PUBLISH_IMAGE"
  | "SNAPSHOT_CODE"
  | "WAIT_FOR_DEPENDENCIES";

/** How a scripted deployment ends (control API `POST /outcome`). */
export const OUTCOMES = [
  "success",
  "build_failed",
  "crashed",
  "unhealthy",
  "skipped",
  "slow",
  "needs_approval",
  "error_surge",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Failure kinds with their own believable logs. */
export const FAILURE_CAUSES = [
  "dependency_install",
  "compile_error",
  "missing_module",
  "missing_env",
  "port_binding",
  "out_of_memory",
  "db_unreachable",
  "migration_error",
  "uncaught_exception",
  "healthcheck_timeout",
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface OutcomeSpec {
  outcome: Outcome;
  cause?: FailureCause;
  /** For `crashed`: how long after going live the crash happens; for `error_surge`: when the surge starts. */
  afterMs?: number;
  /** For `error_surge`: the share of requests answered 5xx (default 0.5). */
  errorRate?: number;
  /** For `error_surge`: error log lines per minute (default 60). */
  errorsPerMinute?: number;
  /** The deployment's meta reports this commit instead of the one asked for (a client's meta check). */
  metaCommit?: string;
  /** The deployment's meta reports this image instead of the one asked for. */
  metaImage?: string;
}

export type ServiceKind = "app" | "postgres" | "redis";
export type Plan = "free" | "hobby" | "pro" | "unlimited";

export interface WorkspaceRec {
  id: string;
  name: string;
  createdAt: number;
}

export interface UserRec {
  id: string;
  email: string;
  name: string;
  username: string;
  createdAt: number;
}

export interface ProjectRec {
  id: string;
  workspaceId: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  prDeploys: boolean;
  botPrEnvironments: boolean;
  focusedPrEnvironments: boolean;
  baseEnvironmentId: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /** When projectScheduleDelete was called, the instant the project will be deleted. */
  scheduledDeleteAt: number | null;
}

export interface EnvironmentRec {
  id: string;
  projectId: string;
  name: string;
  isEphemeral: boolean;
  sourceEnvironmentId: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface ServiceRec {
  id: string;
  projectId: string;
  name: string;
  icon: string | null;
  kind: ServiceKind;
  templateId: string | null;
  templateServiceId: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /** Propagation delay: the service shows up in queries only from this instant. */
  visibleAt: number;
}

export interface InstanceRec {
  id: string;
  serviceId: string;
  environmentId: string;
  repo: string | null;
  image: string | null;
  branch: string | null;
  rootDirectory: string | null;
  buildCommand: string | null;
  startCommand: string | null;
  preDeployCommand: string[] | null;
  builder: "HEROKU" | "NIXPACKS" | "PAKETO" | "RAILPACK";
  cronSchedule: string | null;
  dockerfilePath: string | null;
  railwayConfigFile: string | null;
  watchPatterns: string[];
  healthcheckPath: string | null;
  healthcheckTimeout: number | null;
  numReplicas: number;
  region: string;
  restartPolicyType: "ALWAYS" | "NEVER" | "ON_FAILURE";
  restartPolicyMaxRetries: number;
  sleepApplication: boolean;
  drainingSeconds: number | null;
  overlapSeconds: number | null;
  vCPUs: number | null;
  memoryGB: number | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface LogRow {
  message: string;
  /** RFC3339 with nanoseconds, like Railway. */
  timestamp: string;
  /** Epoch ms, for filtering and ordering. */
  at: number;
  severity: "info" | "warn" | "error";
  attributes: { key: string; value: string }[];
}

export interface DeploymentEventRec {
  id: string;
  deploymentId: string;
  step: DeploymentEventStep;
  createdAt: number;
  completedAt: number | null;
  payload: {
    attempt?: number;
    detail?: string;
    durationMs?: number;
    error?: string;
    maxAttempts?: number;
    reason?: string;
    skipped?: boolean;
  } | null;
}

export interface DeploymentRec {
  id: string;
  projectId: string;
  environmentId: string;
  serviceId: string;
  status: DeploymentStatus;
  createdAt: number;
  updatedAt: number;
  statusUpdatedAt: number;
  snapshotId: string;
  meta: Record<string, unknown>;
  creator: { id: string; email: string; name: string | null; avatar: string | null } | null;
  /** The scripted plan this deployment follows. */
  plan: OutcomeSpec;
  /** No BUILDING phase: a rollback reuses the image already built. */
  skipBuild: boolean;
  /** True once it reached SUCCESS (its image exists and it ran). */
  everLive: boolean;
  liveAt: number | null;
  stopped: boolean;
  /** For the app server: SUCCESS but answering 503 on the health path. */
  unhealthy: boolean;
  numReplicas: number;
  /** Memory use while live: climbs linearly from `startGB` at `from` to `peakGB` at `until`, then stays. */
  memoryRamp: { from: number; until: number; startGB: number; peakGB: number } | null;
  /** An error surge in progress: the app answers 5xx at `errorRate` and logs errors. */
  surge: { since: number; errorRate: number; errorsPerMinute: number } | null;
  buildLogs: LogRow[];
  runtimeLogs: LogRow[];
  events: DeploymentEventRec[];
  /** Cancels the scheduled lifecycle steps still pending. */
  timers: Set<() => void>;
  /** Creation order, to break ties between deployments created at the same instant. */
  seqOrder: number;
}

export interface ServiceDomainRec {
  id: string;
  domain: string;
  serviceId: string;
  environmentId: string;
  projectId: string;
  targetPort: number | null;
  createdAt: number;
}

export interface CustomDomainRec extends ServiceDomainRec {
  verificationToken: string;
}

export interface VolumeRec {
  id: string;
  projectId: string;
  name: string;
  createdAt: number;
}

export interface VolumeInstanceRec {
  id: string;
  volumeId: string;
  environmentId: string;
  serviceId: string | null;
  mountPath: string;
  sizeMB: number;
  currentSizeMB: number;
  region: string;
  createdAt: number;
}

export type TokenKind = "account" | "workspace" | "project";

export interface TokenRec {
  token: string;
  kind: TokenKind;
  id: string;
  name: string;
  userId: string | null;
  workspaceId: string | null;
  projectId: string | null;
  environmentId: string | null;
  createdAt: number;
}

export interface WorkflowRec {
  id: string;
  status: "Complete" | "Error" | "NotFound" | "Running";
  error: string | null;
  completesAt: number;
}

/** One request the simulated app answered, as Railway's HttpLog shows it. */
export interface HttpLogRec {
  at: number;
  timestamp: string;
  requestId: string;
  method: string;
  path: string;
  host: string;
  httpStatus: number;
  totalDuration: number;
  upstreamRqDuration: number;
  srcIp: string;
  clientUa: string;
  edgeRegion: string;
  rxBytes: number;
  txBytes: number;
  upstreamAddress: string;
  upstreamErrors: string;
  responseDetails: string;
  downstreamProto: string;
  upstreamProto: string;
  deploymentId: string;
  deploymentInstanceId: string;
}
