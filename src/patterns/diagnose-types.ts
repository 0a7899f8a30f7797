/**
 * Vocabulary of the root-cause classifier: what a failed build or crashed deployment can be
 * blamed on, and what an operator (or the autopilot) should do about it.
 */

export const DIAGNOSIS_CATEGORIES = [
  "BUILD_DEPENDENCY",
  "BUILD_COMPILE",
  "BUILD_CONFIG",
  "MISSING_MODULE_RUNTIME",
  "MISSING_ENV_CONFIG",
  "PORT_BINDING",
  "OUT_OF_MEMORY",
  "DEPENDENCY_UNREACHABLE",
  "DB_MIGRATION",
  "RUNTIME_EXCEPTION",
  "HEALTHCHECK_TIMEOUT",
  "PERMISSION_AUTH",
  "UNKNOWN",
] as const;
export type DiagnosisCategory = (typeof DIAGNOSIS_CATEGORIES)[number];

/** Every category except UNKNOWN: the ones a rule can vote for. */
export type KnownCategory = Exclude<DiagnosisCategory, "UNKNOWN">;

export const DIAGNOSIS_ACTIONS = [
  "rollback",
  "restart",
  "scale_memory",
  "check_dependency",
  "set_variable",
  "fix_code",
  "fix_config",
  "none",
] as const;
export type DiagnosisAction = (typeof DIAGNOSIS_ACTIONS)[number];

export type DiagnosisPhase = "build" | "runtime";

export interface DiagnoseOptions {
  /**
   * Which log this is. Build logs and deploy (runtime) logs weigh some evidence differently:
   * exit 137 while compiling is almost always memory, exit 137 after boot is often a health
   * check kill. Default: inferred from the log (builder markers such as `RUN`, `npm install`).
   */
  phase?: DiagnosisPhase;
  /**
   * Only the last `maxLines` lines are read (the root cause of a crash is near its end, and a
   * bounded input keeps the classifier fast on huge logs). Default 20000.
   */
  maxLines?: number;
}

export interface Diagnosis {
  category: DiagnosisCategory;
  /** The decisive line as it appears in the log (ANSI colour codes removed, trimmed); "" for an empty log. */
  keyLine: string;
  /** 1-based line number of `keyLine` in the input, 0 when there is none. */
  keyLineNumber: number;
  /** 0..1: how strongly the evidence points at this category and not at the runner-up. */
  confidence: number;
  /** Human-readable reasons, strongest first. */
  evidence: string[];
  action: DiagnosisAction;
  /** The environment variable to set, when the log names it. */
  variable?: string;
  /** One sentence for a person or an issue title. */
  summary: string;
  /** The phase the log was read as (given or inferred). */
  phase: DiagnosisPhase;
  /** Score per category that received any evidence, after precedence rules. */
  scores: Partial<Record<KnownCategory, number>>;
}
