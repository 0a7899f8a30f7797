/**
 * One monitoring pass (the core of `railpilot monitor --once`, for teams that only run CI): each
 * service's latest deployment status and, when it has a health URL, a probe. A CRASHED or FAILED
 * deployment has its logs read (runtime logs for a crash, build logs for a failed build) and
 * diagnosed like the daemon does (src/patterns `diagnose`), so its issue carries the key line and
 * stack trace and the fix pipeline gets its evidence. An unhealthy service is escalated through the
 * same `EscalationService` the daemon uses (deduplicated issue, grouped notification, fix PR).
 * A crashed deployment is one occurrence however many runs see it (`occurrences`). The caller
 * gathers the services (Railway) and supplies the prober and the log reader.
 */
import type { WatchedService } from "../autopilot/contract.js";
import { type Clock, redact } from "../core/index.js";
import { diagnose, stackTraceAfter } from "../patterns/index.js";
import type { EscalationDiagnosis } from "./escalation-input.js";
import type { EscalationService, HandledEscalation } from "./escalation-service.js";
import type { MonitorOccurrences, ReportedOccurrence } from "./monitor-occurrences.js";
import { redactOutgoing } from "./redact-outgoing.js";

export interface MonitoredService {
  service: WatchedService;
  /** Railway's status of the latest deployment, e.g. SUCCESS, CRASHED, FAILED. */
  deploymentStatus?: string;
  deploymentId?: string;
  commitHash?: string;
  /** Probed when set. */
  healthUrl?: string;
  links?: Record<string, string>;
}

export interface ProbeVerdict {
  healthy: boolean;
  /** e.g. "HTTP 503" or "ECONNREFUSED" (no URL credentials). */
  detail: string;
}

/** What the logs of a crashed or failed deployment say (lines redacted as for GitHub). */
export interface MonitorDiagnosis {
  category: string;
  summary: string;
  confidence: number;
  phase: "build" | "runtime";
  keyLine: string;
  /** The stack frames right after the key line (they name the files a fix touches). */
  stackTrace: string[];
}

export interface MonitorFinding {
  service: WatchedService;
  state: "healthy" | "unhealthy" | "unknown";
  category?: string;
  detail: string;
  deploymentId?: string;
  diagnosis?: MonitorDiagnosis;
  /** The logs could not be read (the escalation goes on with the status alone). */
  logsError?: string;
  /** This crashed deployment was reported by an earlier run: nothing was sent again. */
  alreadyReported?: ReportedOccurrence | { inProgress: true };
  escalation?: HandledEscalation;
}

export interface MonitorReport {
  at: string;
  findings: MonitorFinding[];
  unhealthy: number;
  /** Escalations whose issue could not be written. */
  escalationErrors: number;
}

export interface MonitorOnceOptions {
  services: readonly MonitoredService[];
  probe: (url: string) => Promise<ProbeVerdict>;
  escalation: EscalationService;
  clock: Clock;
  /** Distinguishes this run's occurrences of a failing probe (e.g. the CI run id); default the clock time. */
  runId?: string;
  /** Reads a deployment's logs (build logs for FAILED, runtime logs for CRASHED). Absent: status only. */
  failureLogs?: (deploymentId: string, phase: "build" | "runtime") => Promise<string[]>;
  /** Remembers reported crashes across runs. Absent: every run reports what it sees. */
  occurrences?: MonitorOccurrences;
}

const BAD_STATUSES: Record<string, { category: string; phase: "build" | "runtime" }> = {
  CRASHED: { category: "DEPLOYMENT_CRASHED", phase: "runtime" },
  FAILED: { category: "DEPLOYMENT_FAILED", phase: "build" },
};

export async function monitorOnce(options: MonitorOnceOptions): Promise<MonitorReport> {
  const at = new Date(options.clock.now()).toISOString();
  const runId = options.runId ?? at;
  const findings: MonitorFinding[] = [];
  for (const m of options.services) findings.push(await check(m, options, at, runId));
  return {
    at,
    findings,
    unhealthy: findings.filter((f) => f.state === "unhealthy").length,
    escalationErrors: findings.filter((f) => f.escalation?.issueError).length,
  };
}

async function check(m: MonitoredService, o: MonitorOnceOptions, at: string, runId: string): Promise<MonitorFinding> {
  const status = m.deploymentStatus?.toUpperCase();
  const bad = status ? BAD_STATUSES[status] : undefined;
  const base = { service: m.service, ...(m.deploymentId ? { deploymentId: m.deploymentId } : {}) };
  if (!bad) {
    let detail = status ? `latest deployment ${status}` : "no deployment";
    if (m.healthUrl) {
      const verdict = await o.probe(m.healthUrl);
      if (!verdict.healthy) {
        detail = `health probe failed: ${verdict.detail}`;
        const finding = { ...base, state: "unhealthy" as const, category: "HEALTH_CHECK_FAILED", detail };
        // Each run's failing probe is an occurrence of its own.
        const key = `monitor:${runId}:${m.service.environmentId}:${m.service.serviceId}`;
        return { ...finding, escalation: await escalate(m, o, at, { category: finding.category }, detail, key) };
      }
      detail = `${detail}; health probe ok`;
    }
    return { ...base, state: status ? "healthy" : "unknown", detail };
  }

  const detail = `latest deployment ${status}`;
  // A crashed deployment is one occurrence, whichever run sees it first.
  const key = m.deploymentId
    ? `monitor:${m.service.environmentId}:${m.service.serviceId}:${m.deploymentId}`
    : `monitor:${runId}:${m.service.environmentId}:${m.service.serviceId}`;
  const claim = m.deploymentId && o.occurrences ? await o.occurrences.claim(key, o.clock.now()) : { fresh: true };
  if (!claim.fresh) {
    const prior = "prior" in claim ? claim.prior : undefined;
    return {
      ...base,
      state: "unhealthy",
      category: prior?.category ?? bad.category,
      detail,
      alreadyReported: prior ?? { inProgress: true },
    };
  }
  try {
    let diagnosis: MonitorDiagnosis | undefined;
    let logsError: string | undefined;
    if (m.deploymentId && o.failureLogs) {
      try {
        // Redacted as for GitHub at once: the lines also reach the --json output.
        const lines = await o.failureLogs(m.deploymentId, bad.phase);
        diagnosis = diagnoseLogs(
          lines.map((l) => redactOutgoing(l)),
          bad.phase,
        );
      } catch (error) {
        logsError = redact(error instanceof Error ? error.message : String(error));
      }
    }
    const category = diagnosis && diagnosis.category !== "UNKNOWN" ? diagnosis.category : bad.category;
    const evidence: EscalationDiagnosis = {
      category,
      ...(diagnosis ? { summary: diagnosis.summary } : {}),
      ...(diagnosis?.keyLine ? { keyLines: [diagnosis.keyLine, ...diagnosis.stackTrace] } : {}),
    };
    const escalation = await escalate(m, o, at, evidence, detail, key);
    if (m.deploymentId && o.occurrences) {
      if (escalation.issueError) await o.occurrences.failed(key, escalation.issueError.message, o.clock.now());
      else
        await o.occurrences.reported(
          key,
          {
            fingerprint: escalation.fingerprint,
            category,
            ...(escalation.issue?.issueNumber !== undefined ? { issueNumber: escalation.issue.issueNumber } : {}),
            ...(escalation.issue?.issueUrl ? { issueUrl: escalation.issue.issueUrl } : {}),
          },
          o.clock.now(),
        );
    }
    return {
      ...base,
      state: "unhealthy",
      category,
      detail,
      ...(diagnosis ? { diagnosis } : {}),
      ...(logsError ? { logsError } : {}),
      escalation,
    };
  } catch (error) {
    // Claimed but not reported: the next run tries again.
    if (m.deploymentId && o.occurrences)
      await o.occurrences
        .failed(key, redact(error instanceof Error ? error.message : String(error)), o.clock.now())
        .catch(() => {});
    throw error;
  }
}

function diagnoseLogs(lines: string[], phase: "build" | "runtime"): MonitorDiagnosis | undefined {
  if (lines.length === 0) return undefined;
  const d = diagnose(lines, { phase });
  return {
    category: d.category,
    summary: d.summary,
    confidence: d.confidence,
    phase: d.phase,
    keyLine: d.keyLine,
    stackTrace: d.keyLine ? stackTraceAfter(d.keyLine, lines) : [],
  };
}

function escalate(
  m: MonitoredService,
  o: MonitorOnceOptions,
  at: string,
  diagnosis: EscalationDiagnosis,
  detail: string,
  occurrenceKey: string,
): Promise<HandledEscalation> {
  return o.escalation.escalate({
    service: m.service,
    at,
    severity: "critical",
    headline: `${m.service.serviceName} is unhealthy: ${detail}`,
    reasons: [detail, "Found by the scheduled monitor"],
    diagnosis,
    ...(m.deploymentId ? { deploymentId: m.deploymentId } : {}),
    ...(m.commitHash ? { commitHash: m.commitHash } : {}),
    action: { kind: "none", outcome: "not_attempted", detail: "the monitor only reports" },
    ...(m.links ? { links: m.links } : {}),
    occurrenceKey,
  });
}
