// Escalation: deduplicated GitHub issues for what the autopilot cannot fix (or fixed by rolling back).
export {
  IssueEscalator,
  issueEscalatorConfigSchema,
  type IssueEscalatorConfig,
  type IssueEscalatorDeps,
  type EscalationResult,
  type EscalationOutcome,
  type HealthyOutcome,
} from "./issue-escalator.js";
export {
  escalationFromDecision,
  shouldEscalate,
  type EscalationInput,
  type EscalationAction,
  type EscalationDiagnosis,
  type EscalationLinks,
  type EscalationSeverity,
} from "./escalation-input.js";
export {
  escalationFingerprint,
  issueMarker,
  markerSearchTerm,
  fingerprintInBody,
  type FingerprintParts,
} from "./fingerprint.js";
export { renderIssueBody, renderIssueTitle, stateInBody, type OccurrenceState } from "./issue-body.js";
export { redactOutgoing } from "./redact-outgoing.js";
export { EscalationError } from "./escalation-error.js";
export { issueSettingsFromEnv } from "./escalation-settings.js";
export { EscalationService, type EscalationServiceDeps, type HandledEscalation } from "./escalation-service.js";
export {
  monitorOnce,
  type MonitoredService,
  type ProbeVerdict,
  type MonitorFinding,
  type MonitorReport,
  type MonitorDiagnosis,
  type MonitorOnceOptions,
} from "./monitor-once.js";
export {
  storeMonitorOccurrences,
  type MonitorOccurrences,
  type OccurrenceClaim,
  type ReportedOccurrence,
} from "./monitor-occurrences.js";
export { runMonitor, type RunMonitorOptions, type MonitorRun } from "./run-monitor.js";
export {
  escalationTargetsFromEnv,
  type EscalationTargets,
  type EscalationTargetsOptions,
} from "./escalation-from-env.js";
