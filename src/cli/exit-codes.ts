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

/** Error codes that mean the user must change something before retrying. */
const USAGE_CODES = new Set(["USAGE", "VALIDATION", "CONFIG", "AUTH", "NO_TOKEN"]);

export function exitCodeFor(error: unknown): ExitCode {
  if (!isRailpilotError(error)) return ExitCode.FAILED;
  if (USAGE_CODES.has(error.code)) return ExitCode.USAGE;
  if (error.code === "TIMEOUT") return ExitCode.TIMEOUT;
  return ExitCode.FAILED;
}
