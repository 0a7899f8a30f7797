// Public face of src/autopilot: the contract, the config section, the pure policy, the engine.
export * from "./contract.js";
export {
  autopilotConfigSchema,
  autopilotPolicySchema,
  autopilotTargetSchema,
  healthCheckSchema,
  resolveAutopilotConfig,
  healthCheckFor,
  DEFAULT_POLICY,
  DEFAULT_HEALTH_CHECK,
  DEFAULT_LISTEN,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_LEASE_TTL_MS,
  type AutopilotFileConfig,
  type ResolvedAutopilotConfig,
  type ResolvedHealthCheck,
  type PolicyKnobs,
} from "./autopilot-config.js";
export {
  decide,
  dependencyGraph,
  referencingVariables,
  ACTING_KINDS,
  type Decision,
  type DependencyState,
  type PastDecision,
  type PolicyInput,
  type ServiceReferences,
} from "./policy/index.js";
export { AutopilotStore, type AutopilotTables, type StoredDecision } from "./autopilot-store.js";
export { RailwayActions, toObserved, type CallOptions } from "./actors/railway-actions.js";
export {
  createAutopilotEngine,
  AutopilotEngineError,
  type AutopilotEngine,
  type AutopilotEngineOptions,
} from "./engine/autopilot-engine.js";
export {
  startAutopilot,
  defaultListen,
  type StartAutopilotOptions,
} from "./start-autopilot.js";
export {
  composeAutopilot,
  AutopilotStopTimeoutError,
  type AutopilotHandle,
  type AutopilotReadyLine,
  type ComposableEngine,
  type ComposeAutopilotOptions,
} from "./compose-autopilot.js";
export { environmentLease, serviceLease, LeaseManager, type LeaseManagerOptions } from "./leases/index.js";
export { createObservers, type AutopilotObservers, type CreateObserversOptions } from "./observe/index.js";
