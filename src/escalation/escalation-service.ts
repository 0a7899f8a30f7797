/**
 * The escalation service the daemon (and a one-shot monitor) calls: a decision that must reach
 * people opens/updates its deduplicated issue and notifies (issue link included); a cause that is
 * healthy again says so once on the issue and sends one "resolved" message. Notifications never
 * wait for delivery; an issue failure is reported in the result, never thrown at the autopilot.
 */
import type { DecisionView } from "../autopilot/contract.js";
import type { FixOutcome, FixPipeline } from "../fixes/fix-pipeline.js";
import type { Notifier, NotifierStatus } from "../notify/index.js";
import { EscalationError } from "./escalation-error.js";
import { type EscalationInput, escalationFromDecision, shouldEscalate } from "./escalation-input.js";
import { escalationFingerprint, type FingerprintParts } from "./fingerprint.js";
import type { EscalationResult, HealthyOutcome, IssueEscalator } from "./issue-escalator.js";

export interface EscalationServiceDeps {
  /** Absent: no GitHub issues (notifications only). */
  issues?: IssueEscalator;
  /** Absent: no notifications. */
  notifier?: Notifier;
  /**
   * Notify only when the issue was created or reopened (the issue is the shared state). For
   * one-shot runs, whose Notifier forgets its groups between runs. Default false.
   */
  notifyOnlyOnNewIssue?: boolean;
  /** Absent: no fix PRs. Called for every escalation after its issue; it applies its own gate. */
  fixes?: FixPipeline;
}

export interface HandledEscalation {
  fingerprint: string;
  /** What the fingerprint is made of: hand it back to `healthy()` once the cause is gone. */
  parts: FingerprintParts;
  issue?: EscalationResult;
  /** Set when the issue could not be opened or updated (plain, redacted message). */
  issueError?: { code: string; message: string };
  notification: "queued" | "grouped" | "closed" | "off" | "not_new";
  /** What the fix-PR pipeline did (when configured). */
  fix?: FixOutcome;
}

export interface EscalateOptions {
  /**
   * This escalation was handed over before and its first attempt died or timed out (a queued
   * job run again): the occurrence is not counted twice, but its issue is opened if none is recorded.
   */
  retry?: boolean;
}

export class EscalationService {
  constructor(private readonly deps: EscalationServiceDeps) {}

  /** For the daemon's decision stream: escalates the decisions that need people, ignores the rest. */
  async onDecision(
    decision: DecisionView,
    extra?: Parameters<typeof escalationFromDecision>[1],
    options: EscalateOptions = {},
  ): Promise<HandledEscalation | undefined> {
    if (!shouldEscalate(decision)) return undefined;
    return this.escalate(escalationFromDecision(decision, extra), options);
  }

  async escalate(input: EscalationInput, options: EscalateOptions = {}): Promise<HandledEscalation> {
    const { issues, notifier } = this.deps;
    let issue: EscalationResult | undefined;
    let issueError: HandledEscalation["issueError"];
    if (issues) {
      try {
        issue = await issues.escalate(input, options);
      } catch (error) {
        const e =
          error instanceof EscalationError
            ? error
            : new EscalationError(`Escalation failed: ${error instanceof Error ? error.message : String(error)}`, {
                cause: error,
              });
        issueError = { code: e.code, message: e.message };
      }
    }
    const parts = partsOf(input);
    const fingerprint = issue?.fingerprint ?? (issues ? issues.fingerprint(parts) : escalationFingerprint(parts));
    const notNew =
      this.deps.notifyOnlyOnNewIssue === true &&
      issue !== undefined &&
      issue.outcome !== "created" &&
      issue.outcome !== "reopened";
    const notification = notNew
      ? "not_new"
      : notifier
        ? notifier.alert({
            fingerprint,
            severity: input.severity,
            title: `${input.service.serviceName} (${input.service.environmentName}): ${input.headline}`,
            text: [
              input.diagnosis.summary,
              ...input.reasons.slice(0, 3),
              input.action.kind !== "none" ? `railpilot: ${input.action.kind} → ${input.action.outcome}` : undefined,
            ]
              .filter(Boolean)
              .join("\n"),
            service: {
              serviceId: input.service.serviceId,
              serviceName: input.service.serviceName,
              environmentName: input.service.environmentName,
            },
            ...(issue?.issueUrl ? { issueUrl: issue.issueUrl } : {}),
            ...(input.links
              ? {
                  links: Object.fromEntries(
                    Object.entries(input.links).filter((e): e is [string, string] => typeof e[1] === "string"),
                  ),
                }
              : {}),
          })
        : "off";
    const fix = this.deps.fixes ? await this.deps.fixes.onEscalation(input, fingerprint, issue?.issueUrl) : undefined;
    return {
      fingerprint,
      parts,
      ...(issue ? { issue } : {}),
      ...(issueError ? { issueError } : {}),
      notification,
      ...(fix ? { fix } : {}),
    };
  }

  /** How long a cause must stay healthy before the issue says so; undefined without issues. */
  get healthyAfterMs(): number | undefined {
    return this.deps.issues?.healthyAfterMs;
  }

  /** The cause is healthy since `since`: one "resolved" message and (after the configured time) one issue comment. */
  async healthy(
    parts: FingerprintParts,
    since: string,
  ): Promise<{
    issue?: HealthyOutcome;
    notification: "queued" | "not_alerted" | "closed" | "off";
    issueError?: { code: string; message: string };
  }> {
    const { issues, notifier } = this.deps;
    const fp = issues?.fingerprint(parts);
    const notification = notifier && fp ? notifier.resolve(fp) : "off";
    if (!issues) return { notification };
    try {
      return { issue: (await issues.reportHealthy(parts, since)).outcome, notification };
    } catch (error) {
      const e = error instanceof EscalationError ? error : new EscalationError(String(error), { cause: error });
      return { notification, issueError: { code: e.code, message: e.message } };
    }
  }

  /** For `/error-monitor/autonomous/status`. */
  status(): { notifications: NotifierStatus | null } {
    return { notifications: this.deps.notifier?.status() ?? null };
  }
}

function partsOf(input: EscalationInput): FingerprintParts {
  return {
    serviceId: input.service.serviceId,
    category: input.diagnosis.category,
    patternId: input.diagnosis.patternId,
  };
}
