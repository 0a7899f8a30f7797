import { isRailpilotError } from "../core/index.js";

/** Exit codes, one table for every command (documented in the README). */
export const ExitCode = {
  OK: 0,
  /** The operation failed (a build failed, Railway refused, an API error). */
  FAILED: 1,
  /** Bad flags, bad config or input, missing token. */
  USAGE: 2,
  /** The deployment crashed or was unhealthy and was rolled back. */
  ROLLED_BACK: 3,
  /** Waited past the timeout. */
  TIMEOUT: 4,
  /** A rollback was needed but failed or was impossible. */
  ROLLBACK_FAILED: 5,
  /** The commit's checks failed, so nothing was deployed. */
  CHECKS_FAILED: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Error codes (RailpilotError.code) with an exit code of their own; every other error exits FAILED. */
const ERROR_EXIT_CODES: Readonly<Record<string, ExitCode>> = {
  // The user must change something before retrying.
  USAGE: ExitCode.USAGE,
  VALIDATION: ExitCode.USAGE,
  CONFIG: ExitCode.USAGE,
  AUTH: ExitCode.USAGE,
  NO_TOKEN: ExitCode.USAGE,
  TIMEOUT: ExitCode.TIMEOUT,
  // github's ChecksFailedError: the commit's checks failed, so nothing was deployed.
  CHECKS_FAILED: ExitCode.CHECKS_FAILED,
  // provisioning: an interrupted run with another spec, a saved plan of another spec.
  APPLY_INTERRUPTED: ExitCode.USAGE,
  SAVED_PLAN_MISMATCH: ExitCode.USAGE,
};

/** The exit code for an error thrown out of a command (main() prints it, then exits with this). */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isRailpilotError(error)) return ExitCode.FAILED;
  return Object.hasOwn(ERROR_EXIT_CODES, error.code) ? (ERROR_EXIT_CODES[error.code] as ExitCode) : ExitCode.FAILED;
}

/**
 * Provisioning errors whose fix is a flag: the library's hint names no flag, the CLI says which.
 * (Error code → the hint the CLI prints instead.)
 */
const FLAG_HINTS: Readonly<Record<string, string | ((error: { compensated?: unknown }) => string | undefined)>> = {
  DESTRUCTIVE_REFUSED: "Review the deletions with `railpilot plan`, then re-run apply with --confirm-destructive.",
  STALE_PLAN: "Something changed on Railway since the plan was made: run `railpilot plan` again and review it.",
  APPLY_INTERRUPTED:
    "Run apply with the spec of the interrupted run to finish it, or `railpilot apply -f SPEC --abandon` to remove what it created; then apply the new spec.",
  SAVED_PLAN_MISMATCH: "Pass the same spec file and --set values that produced the plan, or run `railpilot plan` again.",
  APPLY_LOCKED:
    "Wait for the other apply to finish, then run this one again. If that run died, resume it where it ran, or wait until its lock lapses (the time shown).",
  ABORTED: "Nothing is half-done: run the same apply again to resume it, or `railpilot apply -f SPEC --abandon` to remove what it created.",
  PROVISION_FAILED: (e) =>
    e.compensated === false ? "Resources created so far were kept (--keep-on-failure); fix the cause and run apply again to resume." : undefined,
};

/** The same error with the CLI's flag hint (same class, code and fields), or the error itself. */
export function withFlagHint(error: unknown): unknown {
  if (!isRailpilotError(error) || !Object.hasOwn(FLAG_HINTS, error.code)) return error;
  const entry = FLAG_HINTS[error.code];
  const hint = typeof entry === "function" ? entry(error as { compensated?: unknown }) : entry;
  if (hint === undefined) return error;
  return Object.create(Object.getPrototypeOf(error), { ...Object.getOwnPropertyDescriptors(error), hint: { value: hint, enumerable: true } });
}
