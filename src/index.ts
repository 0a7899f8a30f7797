// The public library surface of railpilot: every domain's public face (its index.ts).
// Subpath entry points load one domain only: railpilot/client, railpilot/deploy, railpilot/provision,
// railpilot/patterns, railpilot/store, railpilot/config, railpilot/github, railpilot/core,
// railpilot/emulator, railpilot/autopilot, railpilot/server, railpilot/report, railpilot/escalation,
// railpilot/notify (see package.json "exports").
export * from "./core/index.js";
export * from "./railway/index.js";
export * from "./patterns/index.js";
export * from "./store/index.js";
export * from "./config/index.js";
export * from "./deploy/index.js";
export * from "./provision/index.js";
export * from "./github/index.js";
export * from "./emulator/index.js";
export * from "./autopilot/index.js";
export * from "./server/index.js";
export * from "./report/index.js";
export * from "./escalation/index.js";
export * from "./notify/index.js";

// Names more than one domain exports: the root picks one, and aliases the others.
export type { JsonValue, DeploymentStatus, RestartPolicyType } from "./railway/index.js";
export { PLAN_LIMITS } from "./railway/index.js";
export type { PhaseDurations } from "./deploy/index.js";
export { Redactor } from "./core/index.js";
export { generateSecret } from "./provision/index.js";
export { generateSecret as generateApiSecret, type Redactor as ResponseRedactor } from "./server/index.js";
export type { Plan } from "./provision/index.js";
export type { JsonValue as StoreJsonValue } from "./store/index.js";
export type { DeploymentStatus as LifecycleDeploymentStatus } from "./deploy/index.js";
export type { RestartPolicyType as SpecRestartPolicyType } from "./provision/index.js";
export {
  PLAN_LIMITS as EMULATOR_PLAN_LIMITS,
  type PhaseDurations as EmulatorPhaseDurations,
  type Plan as EmulatorPlan,
  type DeploymentStatus as EmulatorDeploymentStatus,
} from "./emulator/index.js";
