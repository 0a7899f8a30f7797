/**
 * One monitoring pass (the core of `railpilot monitor --once`, for teams that only run CI): each
 * service's latest deployment status and, when it has a health URL, a probe; an unhealthy service
 * is escalated through the same `EscalationService` the daemon uses (deduplicated issue, grouped
 * notification). The caller gathers the services (Railway) and supplies the prober.
 */
import type { WatchedService } from "../autopilot/contract.js";
import type { Clock } from "../core/index.js";
import type { EscalationService, HandledEscalation } from "./escalation-service.js";

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

export interface MonitorFinding {
  service: WatchedService;
  state: "healthy" | "unhealthy" | "unknown";
  category?: string;
  detail: string;
  escalation?: HandledEscalation;
}

export interface MonitorReport {
  at: string;
  findings: MonitorFinding[];
  unhealthy: number;
  /** Escalations whose issue could not be written. */
  escalationErrors: number;
}

const BAD_STATUSES: Record<string, string> = { CRASHED: "DEPLOYMENT_CRASHED", FAILED: "DEPLOYMENT_FAILED" };

export async function monitorOnce(options: {
  services: readonly MonitoredService[];
  probe: (url: string) => Promise<ProbeVerdict>;
  escalation: EscalationService;
  clock: Clock;
  /** Distinguishes this run's occurrences (e.g. the CI run id); default the clock time. */
  runId?: string;
}): Promise<MonitorReport> {
  const at = new Date(options.clock.now()).toISOString();
  const runId = options.runId ?? at;
  const findings: MonitorFinding[] = [];
  for (const m of options.services) {
    const status = m.deploymentStatus?.toUpperCase();
    let category = status ? BAD_STATUSES[status] : undefined;
    let detail = status ? `latest deployment ${status}` : "no deployment";
    if (!category && m.healthUrl) {
      const verdict = await options.probe(m.healthUrl);
      if (!verdict.healthy) {
        category = "HEALTH_CHECK_FAILED";
        detail = `health probe failed: ${verdict.detail}`;
      } else detail = `${detail}; health probe ok`;
    }
    if (!category) {
      findings.push({ service: m.service, state: status ? "healthy" : "unknown", detail });
      continue;
    }
    const escalation = await options.escalation.escalate({
      service: m.service,
      at,
      severity: "critical",
      headline: `${m.service.serviceName} is unhealthy: ${detail}`,
      reasons: [detail, "Found by the scheduled monitor"],
      diagnosis: { category },
      ...(m.deploymentId ? { deploymentId: m.deploymentId } : {}),
      ...(m.commitHash ? { commitHash: m.commitHash } : {}),
      action: { kind: "none", outcome: "not_attempted", detail: "the monitor only reports" },
      ...(m.links ? { links: m.links } : {}),
      occurrenceKey: `monitor:${runId}:${m.service.environmentId}:${m.service.serviceId}`,
    });
    findings.push({ service: m.service, state: "unhealthy", category, detail, escalation });
  }
  return {
    at,
    findings,
    unhealthy: findings.filter((f) => f.state === "unhealthy").length,
    escalationErrors: findings.filter((f) => f.escalation?.issueError).length,
  };
}
