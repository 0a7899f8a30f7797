// The Railway API emulator's public face. See README.md in this folder for the contract.
export {
  startEmulator,
  EmulatorOptionsSchema,
  type EmulatorOptions,
  type EmulatorInfo,
  type RunningEmulator,
} from "./start-emulator.js";
export {
  EmulatorControl,
  EmulatorControlError,
  type FaultsRequest,
  type EmulatorStatsSnapshot,
  type ClockSnapshot,
  type IncidentRequest,
} from "./emulator-control.js";
export { RemoteClock, RemoteClockError } from "./remote-clock.js";
export { isSeedName, parseScaleSeed, type SeedName } from "./seed.js";
export type { WebhookPayload, WebhookRegistration, WebhookDelivery, AlertKind } from "./webhooks.js";
export type { AnthropicRequestRecord, AnthropicScript, Channel, RecordedNotification } from "./stand-ins/index.js";
export { ScaledClock } from "./scaled-clock.js";
export { DEFAULT_DURATIONS, type PhaseDurations } from "./deployment-lifecycle.js";
export { PLAN_LIMITS } from "./rate-limiter.js";
export { SCHEMA_URL } from "./graphql-schema.js";
export { EmulatorApiError } from "./emulator-errors.js";
export type { World } from "./world.js";
export type { MutationRecord } from "./emulator-stats.js";
export {
  OUTCOMES,
  FAILURE_CAUSES,
  type Outcome,
  type FailureCause,
  type OutcomeSpec,
  type DeploymentStatus,
  type Plan,
} from "./model.js";
