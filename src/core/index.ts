export { type Clock, ManualClock, systemClock, flushMicrotasks } from "./clock.js";
export { RailpilotError, UsageError, ValidationError, TimeoutError, isRailpilotError, type RailpilotErrorOptions } from "./errors.js";
export { parseDuration, formatDuration } from "./duration.js";
export { registerSecret, redact, maskValue } from "./redact.js";
