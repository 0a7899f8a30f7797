/**
 * The contract between the autopilot's parts, written first so they can be built in parallel:
 * - observers (src/autopilot/observe/*) turn Railway webhooks, the sweep, subscriptions, health
 *   probes, logs and metrics into `Observation`s;
 * - the engine (policy + guards + actors) turns observations into `Decision`s and actions;
 * - the HTTP API (src/server) reads and steers a running autopilot through `AutopilotApi` only.
 *
 * Plain data only: everything here can be stored as JSON and sent over HTTP. Secret values never
 * appear in any of these shapes (evidence holds log lines after redaction, never variable values).
 */

/** One watched service in one environment: the unit that leases, cool-downs and budgets count. */
export interface WatchedService {
  projectId: string;
  environmentId: string;
  environmentName: string;
  serviceId: string;
  serviceName: string;
}

/** A deployment as the autopilot sees it (from the sweep, a subscription or a webhook look-up). */
export interface ObservedDeployment {
  id: string;
  serviceId: string;
  environmentId: string;
  /** Railway's DeploymentStatus, e.g. SUCCESS, CRASHED, FAILED. */
  status: string;
  createdAt: string;
  /** When the status was last seen to change, when known. */
  updatedAt?: string;
  commitHash?: string;
  canRollback?: boolean;
}

/** Where an observation came from; webhooks are hints that make the daemon look, never evidence. */
export type ObservationSource = "sweep" | "subscription" | "webhook" | "probe" | "logs" | "metrics" | "manual";

/**
 * What the observers report. Every observation names its service and the time it was made (ISO,
 * from the injected Clock).
 */
export type Observation =
  | {
      kind: "deployment";
      at: string;
      source: ObservationSource;
      service: WatchedService;
      deployment: ObservedDeployment;
      previous?: ObservedDeployment;
    }
  | {
      kind: "health";
      at: string;
      source: "probe";
      service: WatchedService;
      deploymentId?: string;
      /** failed = the app answered wrongly or not in time; inconclusive = the prober's own network failed (DNS, refused before any answer). */
      result: "ok" | "failed" | "inconclusive";
      consecutive: number;
      detail: string;
    }
  | {
      kind: "logs";
      at: string;
      source: "logs";
      service: WatchedService;
      deploymentId?: string;
      /** Build or runtime log lines (already redacted) relevant to a failure, newest last. */
      lines: string[];
      phase: "build" | "runtime";
    }
  | {
      kind: "error-rate";
      at: string;
      source: "logs" | "metrics";
      service: WatchedService;
      deploymentId: string;
      /** Errors per minute now, and in the baseline before this deployment went live. */
      ratePerMinute: number;
      baselinePerMinute: number;
      patternId?: string;
    }
  | {
      kind: "memory";
      at: string;
      source: "metrics";
      service: WatchedService;
      deploymentId?: string;
      usedGb: number;
      limitGb: number;
    }
  | {
      kind: "dependency";
      at: string;
      source: ObservationSource;
      service: WatchedService;
      dependency: WatchedService;
      healthy: boolean;
      detail: string;
    };

export const DECISION_KINDS = ["none", "rollback", "restart", "scale_memory", "check_dependency", "escalate"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionStatus =
  | "decided" // acted on at once
  | "dry_run" // would have acted; dry-run is on
  | "pending_approval"
  | "approved"
  | "rejected"
  | "suppressed" // a guard held it back (cool-down, budget, kill switch, flapping)
  | "executed"
  | "verified"
  | "failed";

/** One decision with its reasons and evidence: what the audit log and the API show. */
export interface DecisionView {
  id: string;
  at: string;
  kind: DecisionKind;
  status: DecisionStatus;
  service: WatchedService;
  deploymentId?: string;
  /** The cause this decision answers; the idempotency key of its action derives from it. */
  causeKey: string;
  /** Plain-language reasons, most important first. */
  reasons: string[];
  /** Diagnosis category, key lines, probe results, rates: JSON-safe and redacted. */
  evidence: Record<string, unknown>;
  /** The guard that suppressed it, when status is suppressed. */
  guard?: "cooldown" | "budget" | "kill_switch" | "flapping" | "dry_run" | "approval";
}

/** An action carried out (or claimed) for a decision: the shape of `GET /api/v1/actions`. */
export interface ActionView {
  id: string;
  kind: Exclude<DecisionKind, "none">;
  serviceId: string;
  deploymentId: string | null;
  decision: string;
  status: "pending" | "sent" | "succeeded" | "failed" | "verified";
  reason: string;
  at: string;
}

export interface ServiceView extends WatchedService {
  state: "healthy" | "deploying" | "failing" | "degraded" | "unknown";
  currentDeployment?: ObservedDeployment;
  lastDecision?: { id: string; kind: DecisionKind; at: string };
}

export interface PatternView {
  id: string;
  template: string;
  count: number;
  severity: string;
  firstSeen: string;
  lastSeen: string;
  serviceId?: string;
  deploymentId?: string;
  sample: string;
  /** Lines per 5-minute interval over the last 2 hours, oldest first (for a sparkline). */
  history?: number[];
}

export interface AutopilotStatus {
  enabled: boolean;
  dryRun: boolean;
  killSwitch: boolean;
  approvalMode: boolean;
  /** ERROR_MONITOR_INTERVAL in seconds: the log-scan fallback cadence. */
  intervalSeconds: number;
  lastScanAt: string | null;
  lastSweepAt: string | null;
  watching: { environments: number; services: number };
  counts: { decisions: number; actions: number; escalations: number; pendingApprovals: number };
  budget: { limitPerHour: number; spentLastHour: number; remaining: number };
  replicaId: string;
  /** Where escalations go and which of them keep failing; absent when none are configured. */
  notifications?: NotificationsStatus;
  /** The health probes: how many checks run and their results so far; absent when none run. */
  probes?: ProbesStatus;
}

/**
 * Health probe results since start. Inconclusive ones (the prober's own network failed: DNS,
 * refused before any answer, local timeout) are counted apart and never count as failures.
 */
export interface ProbesStatus {
  checks: number;
  ok: number;
  failed: number;
  inconclusive: number;
  /** Names of the services whose last reported probe result was inconclusive. */
  inconclusiveServices: string[];
}

/** The escalation targets' health: GitHub issues and each notification channel. */
export interface NotificationsStatus {
  issues: { state: "ok" | "failing"; consecutiveFailures: number; lastError: string | null } | null;
  channels: Array<{
    name: string;
    state: "ok" | "failing";
    sent: number;
    failed: number;
    consecutiveFailures: number;
    lastError: string | null;
    lastErrorAt: string | null;
  }>;
  /** Names of the targets that keep failing ("github-issues" or a channel's name). */
  failing: string[];
  /** Escalations waiting in the durable queue (or for a retry) when last looked at, all replicas together. */
  queued: number;
}

export interface ScanResult {
  at: string;
  observations: number;
  decisions: DecisionView[];
}

/** Streamed to API clients (server-sent events) as things happen. */
export type AutopilotEvent =
  | { type: "observation"; observation: Observation }
  | { type: "decision"; decision: DecisionView }
  | { type: "action"; action: ActionView }
  | { type: "status"; status: AutopilotStatus };

export type WebhookReceipt = { accepted: true } | { accepted: false; reason: string };

/** Everything the HTTP API (and a library user) may read or steer on a running autopilot. */
export interface AutopilotApi {
  status(): Promise<AutopilotStatus>;
  services(): Promise<ServiceView[]>;
  deployments(query?: { serviceId?: string; limit?: number }): Promise<ObservedDeployment[]>;
  decisions(query?: { serviceId?: string; status?: DecisionStatus; limit?: number }): Promise<DecisionView[]>;
  actions(query?: { serviceId?: string; limit?: number }): Promise<ActionView[]>;
  patterns(query?: { serviceId?: string; limit?: number }): Promise<PatternView[]>;
  /** Decisions waiting for a person (approval mode). */
  approvals(): Promise<DecisionView[]>;
  approve(decisionId: string, by: string): Promise<DecisionView>;
  reject(decisionId: string, by: string, reason?: string): Promise<DecisionView>;
  setKillSwitch(on: boolean, by: string): Promise<AutopilotStatus>;
  /** One observe → decide → act cycle now. */
  scanNow(): Promise<ScanResult>;
  /** A Railway webhook body (already size-limited and authenticated by the server); validated here. */
  receiveWebhook(body: unknown): Promise<WebhookReceipt>;
  subscribe(listener: (event: AutopilotEvent) => void): () => void;
}

/** Where observers send what they see; the engine implements it. */
export type ObservationSink = (observation: Observation) => void;

/** One source of observations (the sweep, webhooks, probes, logs, metrics). */
export interface Observer {
  readonly name: string;
  /** Starts pushing observations to the sink; resolves once running. */
  start(sink: ObservationSink, signal: AbortSignal): Promise<void>;
  /** One pass now (for `--once` and `POST /monitor/scan`): returns what it saw. */
  scanOnce(): Promise<Observation[]>;
  /** Stops within a bound; in-flight work is finished or handed back. */
  stop(): Promise<void>;
}
