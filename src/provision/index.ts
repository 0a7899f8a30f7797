/** Provisioning: declarative stack specs, plans, journaled applies, tenant fleets, soft delete. */
export * from "./errors.js";
export * from "./spec.js";
export {
  checkReferences,
  assertReferences,
  extractReferences,
  suggest,
  DATABASE_OUTPUTS,
  type VariableReference,
} from "./references.js";
export * from "./live-state.js";
export * from "./planner.js";
export { translateRailwayProject, loadRailwayIacSpec } from "./railway-iac.js";
export * from "./journal.js";
export * from "./project-tags.js";
export * from "./instance-names.js";
export {
  compact,
  pollUntil,
  generateSecret,
  DEFAULT_QUIRKS,
  TemplateWorkflowError,
  type QuirkOptions,
} from "./railway-quirks.js";
export * from "./live-reader.js";
export * from "./applier.js";
export * from "./fleet.js";
export { cloneService, type CloneServiceInput, type CloneServiceResult } from "./service-clone.js";
export {
  MAX_SPEC_BYTES,
  assertSpecSafe,
  mountPathProblem,
  referenceCycleIssues,
  specSafetyIssues,
  unsafeCharacter,
} from "./spec-safety.js";
export { evaluateRailwayProgram, SpecEvaluationError, type EvaluateProgramOptions } from "./iac-evaluator.js";
export { loadSpecFile, readBounded, type LoadSpecFileOptions } from "./spec-file.js";
export { compensate, describeLeftovers } from "./compensation.js";
export { StepExecutor, type StepExecutorDeps, type StepOutcome } from "./step-executor.js";
export { TemplateCache, type CachedTemplate } from "./template-cache.js";
export {
  ApplyLockedError,
  type LockHolder,
  claimRailwayMarker,
  releaseRailwayMarker,
  formatMarker,
  parseMarker,
  lockHolderName,
  lostCreateRace,
} from "./run-lock.js";
