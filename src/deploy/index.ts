// Public face of src/deploy: deployment lifecycle knowledge, the follower, rollback policy,
// health probing, and the deploy/watch/rollback runners.
export {
  DEPLOYMENT_STATUSES,
  type DeploymentStatus,
  type DeploymentPhase,
  type StatusOutcome,
  type ExpectedDurations,
  DEFAULT_EXPECTED_DURATIONS,
  isDeploymentStatus,
  phaseOf,
  outcomeOf,
  isTerminal,
  isHealthyStatus,
  isStuck,
  expectedDurationOf,
  waitingReason,
  IN_PROGRESS_STATUSES,
  isInProgress,
} from "./lifecycle.js";
export {
  startFollower,
  stepFollower,
  nextWake,
  type FollowerOptions,
  type FollowerState,
  type FollowerEvent,
  type FollowerNotice,
  type FollowerStep,
  type FollowResult,
  type PhaseDurations,
} from "./deployment-follower.js";
export {
  chooseRollbackTarget,
  isNeverGood,
  rollbackActionKey,
  memoryRollbackGuard,
  ledgerRollbackGuard,
  STALE_ROLLBACK_CLAIM_MS,
  type RollbackGuard,
  type RollbackGuardOptions,
  type RollbackClaim,
  type SentRollback,
  type RollbackCandidate,
  type RollbackChoice,
} from "./rollback-policy.js";
export {
  parseResolveEntry,
  parseResolveList,
  probeTarget,
  probeOnce,
  probeHealth,
  isHealthy,
  healthVerdict,
  type HealthVerdict,
  type ResolveEntry,
  type ProbeOptions,
  type ProbeResult,
} from "./health-prober.js";
export { decisiveLines, isNoiseLine, logExcerpt, type LogDiagnoser, type LogDiagnosis } from "./log-excerpt.js";
export {
  type Verdict,
  VERDICT_EXIT_CODES,
  exitCodeForVerdict,
  type DeployReport,
  type HealthSummary,
  type RollbackSummary,
} from "./deploy-verdict.js";
export {
  followDeployment,
  describeWaitingOn,
  type FollowOptions,
  type FollowOutcome,
  type FollowProgress,
} from "./follow-deployment.js";
export {
  RailwayDeployApi,
  type DeploymentSnapshot,
  type DeploymentEventInfo,
  type ServiceInstanceInfo,
  type ResolvedTarget,
  type UploadRequest,
} from "./railway-deploy-api.js";
export { runDeploy, runWatch } from "./deploy-runner.js";
export {
  performRollback,
  defaultRollbackGuard,
  candidateOf,
  listRollbackCandidates,
  type RollbackCandidates,
} from "./perform-rollback.js";
export { joinUrl, serviceUrl } from "./service-url.js";
export { collectStatus, type ServiceStatus, type StatusReport } from "./service-status.js";
export { standingOf, replacementOf, SERVING_STATUSES, type Standing, type Replacement } from "./service-standing.js";
export { commitOf } from "./trigger-deployment.js";
export { DeployError, type DeployErrorCode } from "./deploy-errors.js";
export {
  DEFAULT_DEPLOY_TIMEOUT_MS,
  DEFAULT_HEALTH_CHECKS,
  DEFAULT_HEALTH_INTERVAL_MS,
  DEFAULT_PROBE_TIMEOUT_MS,
  DEFAULT_INCONCLUSIVE_BUDGET_MS,
  DEFAULT_ROLLBACK_SETTLE_MS,
  DEFAULT_POLL_INTERVAL_MS,
  type DeployOptions,
  type RunOptions,
  type RollbackOptions,
  type HealthOptions,
  type DeployEvent,
  type DeployAuditEntry,
  type DeployAuditSink,
} from "./run-options.js";
export {
  runDeployGate,
  DeployGateError,
  type DeployGateErrorCode,
  type DeployGateOptions,
  type DeployGateResult,
  type CheckGateOptions,
} from "./deploy-gate.js";
export {
  openDeployStore,
  openStoreForDeploy,
  auditToStore,
  type DeployStore,
  type DeployStoreSettings,
} from "./deploy-store.js";
export { runSettings, type RunSettings, type RunOverrides, type DeployConfigInput } from "./run-settings.js";
