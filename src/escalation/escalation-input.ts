/**
 * What an escalation says: built from the autopilot's `DecisionView` (plus an optional diagnosis
 * and links), or directly by the one-shot monitor. Plain data, redacted again before it is sent.
 */
import type { DecisionView, WatchedService } from "../autopilot/contract.js";

export type EscalationSeverity = "critical" | "warning" | "info";

/** What the autopilot did about it, and whether that worked. */
export interface EscalationAction {
  kind: "rollback" | "restart" | "scale_memory" | "check_dependency" | "escalate" | "none";
  /** "succeeded" / "failed" / "not_attempted" / "suppressed" / "dry_run" / "pending_approval". */
  outcome: "succeeded" | "failed" | "not_attempted" | "suppressed" | "dry_run" | "pending_approval";
  detail?: string;
}

export interface EscalationDiagnosis {
  /** e.g. RUNTIME_EXCEPTION, MISSING_VARIABLE, DEPENDENCY_DOWN, FAILED_DEPLOY. */
  category: string;
  patternId?: string;
  summary?: string;
  /** The key log lines (already redacted by the observers; redacted again here). */
  keyLines?: string[];
}

export interface EscalationLinks {
  railwayDeployment?: string;
  workflowRun?: string;
  [name: string]: string | undefined;
}

export interface EscalationInput {
  service: WatchedService;
  /** ISO time of this occurrence (from the injected Clock). */
  at: string;
  severity: EscalationSeverity;
  /** One line: what happened. */
  headline: string;
  reasons: string[];
  diagnosis: EscalationDiagnosis;
  deploymentId?: string;
  commitHash?: string;
  action: EscalationAction;
  links?: EscalationLinks;
  /**
   * Identifies this occurrence (the decision id): the same occurrence reported twice — by two
   * replicas, or twice by one — is counted once.
   */
  occurrenceKey: string;
}

const ACTION_OUTCOME: Record<DecisionView["status"], EscalationAction["outcome"]> = {
  decided: "not_attempted",
  dry_run: "dry_run",
  pending_approval: "pending_approval",
  approved: "not_attempted",
  rejected: "not_attempted",
  suppressed: "suppressed",
  executed: "succeeded",
  verified: "succeeded",
  failed: "failed",
};

/** True for the decisions that must reach people: escalations, rollbacks and failed actions. */
export function shouldEscalate(decision: DecisionView): boolean {
  if (decision.kind === "escalate") return true;
  if (decision.kind === "rollback") return ["executed", "verified", "failed"].includes(decision.status);
  return decision.kind !== "none" && decision.status === "failed";
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

/**
 * Builds the escalation for a decision. The category comes from the diagnosis, else
 * `evidence.category`, else the decision kind (ROLLBACK, ROLLBACK_FAILED, ESCALATE, …).
 */
export function escalationFromDecision(
  decision: DecisionView,
  extra: {
    diagnosis?: Partial<EscalationDiagnosis>;
    commitHash?: string;
    links?: EscalationLinks;
    severity?: EscalationSeverity;
  } = {},
): EscalationInput {
  const ev = decision.evidence;
  const failed = decision.status === "failed";
  const fallbackCategory =
    decision.kind === "escalate" ? "ESCALATED" : `${decision.kind.toUpperCase()}${failed ? "_FAILED" : ""}`;
  // The policy's evidence: { diagnosis: {category, summary}, keyLines, stackTrace } (src/autopilot/policy).
  const diag =
    typeof ev.diagnosis === "object" && ev.diagnosis !== null ? (ev.diagnosis as Record<string, unknown>) : {};
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((l): l is string => typeof l === "string") : undefined;
  const evidenceLines = [...(strings(ev.keyLines) ?? []), ...(strings(ev.stackTrace) ?? [])];
  const keyLines = extra.diagnosis?.keyLines ?? (evidenceLines.length > 0 ? evidenceLines : undefined);
  const known = (c: string | undefined) => (c && c !== "UNKNOWN" ? c : undefined);
  const summary = extra.diagnosis?.summary ?? str(ev.summary) ?? str(diag.summary);
  const diagnosis: EscalationDiagnosis = {
    category: extra.diagnosis?.category ?? str(ev.category) ?? known(str(diag.category)) ?? fallbackCategory,
    ...((extra.diagnosis?.patternId ?? str(ev.patternId))
      ? { patternId: extra.diagnosis?.patternId ?? str(ev.patternId) }
      : {}),
    ...(summary ? { summary } : {}),
    ...(keyLines ? { keyLines } : {}),
  };
  const severity =
    extra.severity ??
    (failed || decision.kind === "escalate" || str(ev.severity)?.toLowerCase() === "critical" ? "critical" : "warning");
  const verb =
    decision.kind === "rollback"
      ? failed
        ? "Rollback failed"
        : "Rolled back"
      : decision.kind === "escalate"
        ? "Needs a person"
        : `${decision.kind} ${failed ? "failed" : decision.status}`;
  const commitHash = extra.commitHash ?? str(ev.commitHash);
  const deploymentId = decision.deploymentId ?? str(ev.deploymentId);
  return {
    service: decision.service,
    at: decision.at,
    severity,
    headline: `${verb}: ${decision.reasons[0] ?? diagnosis.category}`,
    reasons: decision.reasons,
    diagnosis,
    ...(deploymentId ? { deploymentId } : {}),
    ...(commitHash ? { commitHash } : {}),
    action: {
      kind: decision.kind,
      outcome: decision.kind === "escalate" ? "not_attempted" : ACTION_OUTCOME[decision.status],
      ...(decision.guard ? { detail: `held back by ${decision.guard}` } : {}),
    },
    ...(extra.links ? { links: extra.links } : {}),
    occurrenceKey: decision.id,
  };
}
