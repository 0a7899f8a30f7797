import type { PolicyKnobs } from "../autopilot-config.js";
import type {
  DecisionKind,
  DecisionStatus,
  DecisionView,
  Observation,
  ObservedDeployment,
  WatchedService,
} from "../contract.js";

/** A decision the autopilot made earlier (any service), as the policy needs it for history and guards. */
export interface PastDecision {
  kind: DecisionKind;
  causeKey: string;
  status: DecisionStatus;
  serviceId: string;
  deploymentId?: string;
  /** Epoch ms. */
  at: number;
}

/** One service's variables as written (unrendered), for the dependency graph. */
export interface ServiceReferences {
  serviceName: string;
  /** Variable name → raw value, e.g. `DATABASE_URL` → `${{Postgres.DATABASE_URL}}`. */
  variables: Record<string, string>;
}

/** What is known about another service this one may depend on. */
export interface DependencyState {
  service: WatchedService;
  /** undefined: not checked yet. */
  healthy?: boolean;
  detail?: string;
  /** Epoch ms of the check. */
  checkedAt?: number;
}

export interface PolicyInput {
  /** Epoch ms (the injected Clock's now). */
  now: number;
  service: WatchedService;
  /** What was just observed about this service (usually one observation). */
  observations: readonly Observation[];
  /** This service's deployments as last seen, any order. */
  deployments: readonly ObservedDeployment[];
  /** Ids of deployments of this service that were seen SUCCESS at some point (went live). */
  wentLive: readonly string[];
  /** Log lines seen per deployment id (build and runtime), already redacted. */
  logs?: Readonly<Record<string, { phase: "build" | "runtime"; lines: readonly string[] }>>;
  /** Earlier decisions: this service's and (for the global budget) everyone's. */
  decisions: readonly PastDecision[];
  /** The service's memory limit now, in GB, when known. */
  memoryLimitGb?: number;
  /** Every service's variables (raw references), for the dependency graph. */
  references?: readonly ServiceReferences[];
  /** Other services in the environment, with what is known of their health, by service name. */
  dependencies?: readonly DependencyState[];
  knobs: PolicyKnobs;
}

/** What `decide` returns: a decision with its guard outcome, ready to record. */
export interface Decision {
  kind: DecisionKind;
  status: Extract<DecisionStatus, "decided" | "dry_run" | "pending_approval" | "suppressed">;
  guard?: DecisionView["guard"];
  causeKey: string;
  deploymentId?: string;
  reasons: string[];
  evidence: Record<string, unknown>;
  /** The parameters the actor needs. */
  action?: {
    /** scale_memory: the new limit. */
    memoryGb?: number;
    /** check_dependency: the services to look at. */
    dependencies?: WatchedService[];
  };
  /** The next rung after an earlier action on the same incident did not help (exempt from cool-down). */
  followUp?: boolean;
}

/** The kinds that change something on Railway: guards count and hold these. */
export const ACTING_KINDS: ReadonlySet<DecisionKind> = new Set(["rollback", "restart", "scale_memory"]);
