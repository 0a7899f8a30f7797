// Fix PRs: draft pull requests proposed by the model for recurring code errors, with guardrails.
export { FixPipeline, CODE_ERROR_CATEGORIES, type FixPipelineDeps, type FixOutcome } from "./fix-pipeline.js";
export { fixSettingsFromEnv, DEFAULT_FIX_SETTINGS, type FixSettings } from "./fix-settings.js";
export {
  memoryFixLedger,
  storeFixLedger,
  lazyFixLedger,
  type FixLedger,
  type FixRecord,
  type FixStatus,
} from "./fix-ledger.js";
export {
  validateFix,
  protectedPathReason,
  fixProposalSchema,
  DEFAULT_FIX_LIMITS,
  type FixProposal,
  type FixLimits,
  type FixValidation,
} from "./fix-validation.js";
export { parseUnifiedDiff, applyUnifiedDiff, changedLineCount, DiffError } from "./unified-diff.js";
export { stackTracePaths } from "./stack-paths.js";
export { fixPipelineFromEnv } from "./fix-from-env.js";
