// Configuration: railpilot.yaml, then env vars, then flags, validated by one schema.
export {
  loadConfig,
  ENV_FIELDS,
  DEFAULT_CONFIG_FILES,
  type Config,
  type ConfigFlags,
  type LoadConfigOptions,
  type RailwayPlanName,
} from "./load-config.js";
export { fileConfigSchema, configJsonSchema, durationSchema, type FileConfig } from "./config-schema.js";
export { ConfigError, type ConfigIssue } from "./config-error.js";
export { resolveTarget, TargetNotFoundError, type Target, type TargetWanted, type Named } from "./resolve-target.js";
export { connectRailway, chooseClock, type RailwayConnection, type ConnectRailwayOptions } from "./connect-railway.js";
