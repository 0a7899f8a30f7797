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
