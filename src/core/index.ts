export { type Clock, ManualClock, systemClock, flushMicrotasks, sleepOn } from "./clock.js";
export { type OperationSignal, operationSignal, whenAborted } from "./abort.js";
export {
  RailpilotError,
  UsageError,
  ValidationError,
  TimeoutError,
  isRailpilotError,
  type RailpilotErrorOptions,
} from "./errors.js";
export { parseDuration, formatDuration, MAX_DURATION_MS, type DurationBounds } from "./duration.js";
export {
  Redactor,
  currentRedactor,
  registerSecret,
  redact,
  redactedMessage,
  scrubCredentials,
  maskValue,
  DEFAULT_MAX_SECRETS,
  MIN_SECRET_LENGTH,
  type RedactorOptions,
  type AddSecretOptions,
} from "./redact.js";
export { holdsOnlyReferences } from "./references.js";
export { seededRandom } from "./seeded-random.js";
export {
  DROPPED_CONNECTION_CODES,
  NOT_SENT_CODES,
  isNotSentCode,
  transportErrorCode,
} from "./transport-codes.js";
