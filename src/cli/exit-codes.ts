import { isRailpilotError, type RailpilotError } from "../core/index.js";

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
  /** Live, but its health could not be checked (the prober's own network failed); not rolled back. */
  INCONCLUSIVE: 7,
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
  // deploy's DeployError / DeployGateError, github's GitHubSettingsError: fix the input, retry.
  UPLOAD_NEEDS_PROJECT: ExitCode.USAGE,
  ROLLBACK_TARGET_NOT_FOUND: ExitCode.USAGE,
  ROLLBACK_TARGET_OTHER_SERVICE: ExitCode.USAGE,
  ROLLBACK_TARGET_NEVER_SERVED: ExitCode.USAGE,
  GATE_NEEDS_GITHUB: ExitCode.USAGE,
  GATE_NEEDS_COMMIT: ExitCode.USAGE,
  GITHUB_SETTINGS: ExitCode.USAGE,
  // provisioning: an interrupted run with another spec, a saved plan of another spec.
  APPLY_INTERRUPTED: ExitCode.USAGE,
  SAVED_PLAN_MISMATCH: ExitCode.USAGE,
};

/** The exit code for an error thrown out of a command (main() prints it, then exits with this). */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isRailpilotError(error)) return ExitCode.FAILED;
  return Object.hasOwn(ERROR_EXIT_CODES, error.code) ? (ERROR_EXIT_CODES[error.code] as ExitCode) : ExitCode.FAILED;
}

/** True when the command line asks for JSON output (`--json` before any `--`). */
export function wantsJson(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === "--") return false;
    if (arg === "--json" || arg === "--jsonl") return true;
  }
  return false;
}

/** The one JSON document printed on stdout for an error under `--json`. */
export interface JsonError {
  error: { code: string; message: string; hint: string | null; exitCode: ExitCode };
}

interface CommanderLike {
  code: string;
  message: string;
  exitCode: number;
}

function isCommanderError(error: unknown): error is CommanderLike {
  return (
    error instanceof Error &&
    error.name === "CommanderError" &&
    typeof (error as Partial<CommanderLike>).code === "string"
  );
}

/**
 * `{"error": {code, message, hint, exitCode}}` for any error a command ends with: a bad flag
 * (commander's, code USAGE), a RailpilotError (its own code and hint), or anything else (FAILED).
 */
export function jsonErrorFor(error: unknown): JsonError {
  if (isCommanderError(error)) {
    return {
      error: {
        code: "USAGE",
        message: error.message.replace(/^error:\s*/, "").trim(),
        hint: "Run the command with --help for its flags.",
        exitCode: ExitCode.USAGE,
      },
    };
  }
  if (isRailpilotError(error)) {
    return {
      error: { code: error.code, message: error.message, hint: cliHint(error) ?? null, exitCode: exitCodeFor(error) },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { error: { code: "FAILED", message, hint: null, exitCode: ExitCode.FAILED } };
}

type HintEntry = string | ((error: RailpilotError) => string | undefined);

/**
 * The CLI's own advice for library error codes: the flags and commands that fix them. Library
 * errors speak plain language and name no flag; the CLI says which of its flags to use, here only.
 * A function entry may answer undefined to keep the library's hint.
 */
const CLI_HINTS: Readonly<Record<string, HintEntry>> = {
  // deploy / rollback
  UPLOAD_NEEDS_PROJECT: "Pass --project (or set RAILWAY_PROJECT_ID), or use a project token, with --up.",
  ROLLBACK_TARGET_NOT_FOUND: "Pick one listed by `railpilot history`.",
  ROLLBACK_TARGET_OTHER_SERVICE: "Pick one of this service's deployments (`railpilot history`).",
  ROLLBACK_TARGET_NEVER_SERVED:
    "Pick a deployment that reached SUCCESS (`railpilot history` lists them), or leave out --to to take the suggested one.",
  GATE_NEEDS_GITHUB:
    "--wait-for-checks needs GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_SHA or --commit); --no-github turns GitHub off.",
  GATE_NEEDS_COMMIT: "--wait-for-checks needs a commit: set GITHUB_SHA or pass --commit.",
  TIMEOUT: (e) => {
    // Library hints name options such as `timeoutMs`, which a CLI user cannot pass.
    if (e.name === "RailwayTimeoutError") {
      return "Railway did not answer in time: retry, or allow each request longer with --request-timeout 60s (or railway.timeout in railpilot.yaml, env RAILPILOT_REQUEST_TIMEOUT).";
    }
    // github's ChecksPendingError: name the flags that wait longer or narrow the checks.
    if (Array.isArray((e as { pending?: unknown }).pending)) {
      return "Raise --checks-timeout, or list only the checks that matter with --required-check.";
    }
    return undefined;
  },
  // provisioning (plan / apply / instances)
  DESTRUCTIVE_REFUSED: "Review the deletions with `railpilot plan`, then re-run apply with --confirm-destructive.",
  STALE_PLAN: "Something changed on Railway since the plan was made: run `railpilot plan` again and review it.",
  APPLY_INTERRUPTED:
    "Run apply with the spec of the interrupted run to finish it, or `railpilot apply -f SPEC --abandon` to remove what it created; then apply the new spec.",
  SAVED_PLAN_MISMATCH:
    "Pass the same spec file and --set values that produced the plan, or run `railpilot plan` again.",
  APPLY_LOCKED:
    "Wait for the other apply to finish, then run this one again. If that run died, resume it where it ran, or wait until its lock lapses (the time shown).",
  // ABORTED is also a cancelled deploy follow: only a stopped apply gets the apply advice.
  ABORTED: (e) =>
    e.name === "ApplyAbortedError"
      ? "Nothing is half-done: run the same apply again to resume it, or `railpilot apply -f SPEC --abandon` to remove what it created."
      : undefined,
  PROVISION_FAILED: (e) =>
    (e as { compensated?: unknown }).compensated === false
      ? "Resources created so far were kept (--keep-on-failure); fix the cause and run apply again to resume."
      : undefined,
};

/** The hint the CLI prints for an error thrown out of a command: its own advice, else the error's. */
export function cliHint(error: unknown): string | undefined {
  if (!isRailpilotError(error)) return undefined;
  const entry = Object.hasOwn(CLI_HINTS, error.code) ? CLI_HINTS[error.code] : undefined;
  const own = typeof entry === "function" ? entry(error) : entry;
  return own ?? error.hint;
}
