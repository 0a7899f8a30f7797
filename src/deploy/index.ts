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
  type ResolveEntry,
  type ProbeOptions,
  type ProbeResult,
} from "./health-prober.js";
export { decisiveLines, logExcerpt, type LogDiagnoser, type LogDiagnosis } from "./log-excerpt.js";
export { type Verdict, VERDICT_EXIT_CODES, exitCodeForVerdict, type DeployReport, type HealthSummary, type RollbackSummary } from "./deploy-verdict.js";
export { followDeployment, describeWaitingOn, type FollowOptions, type FollowOutcome, type FollowProgress } from "./follow-deployment.js";
export { RailwayDeployApi, type DeploymentSnapshot, type DeploymentEventInfo, type ServiceInstanceInfo, type ResolvedTarget, type UploadRequest } from "./railway-deploy-api.js";
export {
  runDeploy,
  runWatch,
  performRollback,
  serviceUrl,
  type DeployOptions,
  type RunOptions,
  type RollbackOptions,
  type HealthOptions,
  type DeployEvent,
} from "./deploy-runner.js";
