/**
 * Errors are data: every error railpilot raises has a stable `code`, and subclasses carry
 * what a caller needs to decide. The CLI maps codes to exit codes in one place.
 */
export interface RailpilotErrorOptions {
  cause?: unknown;
  /** One sentence telling the user how to fix it. */
  hint?: string;
}

export class RailpilotError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, options: RailpilotErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }
}

/** Bad flags, bad config, bad input files: the user can fix it (exit code 2). */
export class UsageError extends RailpilotError {
  constructor(message: string, options: RailpilotErrorOptions = {}) {
    super("USAGE", message, options);
  }
}

/** A field of a config, spec or request body failed validation. */
export class ValidationError extends RailpilotError {
  readonly issues: readonly { path: string; message: string }[];

  constructor(
    message: string,
    issues: readonly { path: string; message: string }[],
    options: RailpilotErrorOptions = {},
  ) {
    super("VALIDATION", message, options);
    this.issues = issues;
  }
}

/** An operation did not finish within its allotted time. */
export class TimeoutError extends RailpilotError {
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options: RailpilotErrorOptions = {}) {
    super("TIMEOUT", message, options);
    this.timeoutMs = timeoutMs;
  }
}

export function isRailpilotError(error: unknown): error is RailpilotError {
  return error instanceof RailpilotError;
}
