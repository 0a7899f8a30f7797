// Public face of src/railway: the typed Railway client. Other folders import only from here.
export * from "./generated/graphql.js";
export type {
  DeploymentMeta,
  EnvironmentConfig,
  EnvironmentVariables,
  JsonObject,
  JsonValue,
  SerializedTemplateConfig,
} from "./scalars.js";
export {
  RailwayClient,
  type RailwayClientOptions,
  type RequestOptions,
  type RailwayRequestInfo,
  type VariablesArgs,
} from "./railway-client.js";
export type { SubscribeOptions, WebSocketConstructor } from "./subscription-stream.js";
export type { UploadOptions, UploadResult } from "./code-upload.js";
export { listUploadFiles, createUploadTarball } from "./upload-tarball.js";
export { LogDeduper, compareTimestamps } from "./log-deduper.js";
export { paginate, type Connection, type PaginateOptions } from "./paginate.js";
export { RateBudget, PLAN_LIMITS, type RailwayPlan, type RateLimits, type BudgetRemaining } from "./rate-budget.js";
export { DEFAULT_RAILWAY_ENDPOINT, type RailwayEnv, type RailwayTokenKind } from "./auth-config.js";
export { stripNulls } from "./strip-nulls.js";
export { NOT_SENT_CODES, isNotSentCode, transportErrorCode } from "../core/transport-codes.js";
export { provesNotActed, type RetryReason } from "./response-classifier.js";
export {
  isRailwayError,
  mayHaveActed,
  type RailwayError,
  type RailwayErrorCode,
  type RailwayErrorOptions,
  NoTokenError,
  RailwayAuthError,
  RailwayCooldownError,
  RailwayGraphQLError,
  type RailwayGraphQLErrorEntry,
  RailwayNetworkError,
  RailwayNotFoundError,
  RailwayRateLimitError,
  RailwayTimeoutError,
  RailwayUploadError,
} from "./errors.js";
