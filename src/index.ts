// The public library surface of railpilot. Each domain folder exposes its index here.
export * from "./core/index.js";
export * from "./railway/index.js";
export * from "./patterns/index.js";
export { startEmulator, EmulatorControl, RemoteClock, type EmulatorInfo, type EmulatorOptions, type RunningEmulator } from "./emulator/index.js";
export { openStore, claimAction, completeAction, failAction, getAction, recordAudit, listAudit, StoreError, type Store, type OpenStoreOptions, type Database, type ActionRecord, type ClaimResult, type AuditEntry } from "./store/index.js";
export { loadConfig, resolveTarget, configJsonSchema, ConfigError, TargetNotFoundError, type Config, type ConfigFlags, type LoadConfigOptions, type Target, type TargetWanted } from "./config/index.js";
export { runDeploy, runWatch, performRollback, followDeployment, RailwayDeployApi, startFollower, stepFollower, chooseRollbackTarget, memoryRollbackGuard, ledgerRollbackGuard, probeHealth, parseResolveEntry, outcomeOf, isTerminal, DEPLOYMENT_STATUSES, exitCodeForVerdict, type DeployReport, type Verdict, type DeployOptions, type RunOptions, type RollbackGuard, type FollowResult, type HealthOptions, type ResolveEntry } from "./deploy/index.js";
export * from "./github/index.js";
