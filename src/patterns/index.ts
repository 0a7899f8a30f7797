// Public face of src/patterns: streaming log-template mining and error patterns (pure, no I/O).
export {
  type ErrorPattern,
  ErrorPatternTracker,
  HISTORY_INTERVAL_MS,
  HISTORY_INTERVALS,
  type ErrorPatternTrackerOptions,
  type LineContext,
} from "./error-pattern-tracker.js";
export { templateFingerprint } from "./fingerprint.js";
export { atLeast, detectSeverity, SEVERITY_RANK, type Severity } from "./severity.js";
export {
  type MinedLine,
  type MinedPattern,
  TemplateMiner,
  type TemplateMinerOptions,
  type TemplateMinerState,
  tokenize,
} from "./template-miner.js";
export { type MaskedToken, maskDateWords, maskToken, TokenMasker, WILDCARD } from "./token-masker.js";
export { diagnose, inferPhase, namedByRules } from "./diagnose.js";
export { stackTraceAfter } from "./stack-trace.js";
export {
  type DiagnoseWithFallbackOptions,
  diagnoseWithFallback,
  diagnoseWithModelFromEnv,
  type FallbackAnswer,
  type FallbackRequest,
} from "./diagnose-fallback.js";
export {
  DIAGNOSIS_ACTIONS,
  DIAGNOSIS_CATEGORIES,
  type DiagnoseOptions,
  type Diagnosis,
  type DiagnosisAction,
  type DiagnosisCategory,
  type DiagnosisPhase,
} from "./diagnose-types.js";
