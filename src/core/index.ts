export { type Clock, ManualClock, systemClock, flushMicrotasks, sleepOn } from "./clock.js";
export { RailpilotError, UsageError, ValidationError, TimeoutError, isRailpilotError, type RailpilotErrorOptions } from "./errors.js";
export { parseDuration, formatDuration } from "./duration.js";
export { registerSecret, redact, scrubCredentials, maskValue } from "./redact.js";
export { holdsOnlyReferences } from "./references.js";
