import { RailpilotError, type RailpilotErrorOptions, ValidationError } from "../core/index.js";

/** Where in the spec file a problem sits (1-based). */
export interface SpecPosition {
  line: number;
  column: number;
}

export interface SpecIssue {
  /** Dotted path of the field, e.g. `services.api.variables.DATABASE_URL`. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** The stack spec is malformed, or names things that do not exist. Points at file, line and field. */
export class SpecError extends ValidationError {
  readonly file: string;
  override readonly issues: readonly SpecIssue[];

  constructor(file: string, issues: readonly SpecIssue[], options: RailpilotErrorOptions = {}) {
    super(formatIssues(file, issues), issues, {
      hint: options.hint ?? "Fix the fields named above in the spec and run the command again.",
      cause: options.cause,
    });
    this.file = file;
    this.issues = issues;
  }
}

export function formatIssues(file: string, issues: readonly SpecIssue[]): string {
  const lines = issues.map((i) => {
    const where = i.line ? `${file}:${i.line}:${i.column ?? 1}` : file;
    return `${where} ${i.path || "(root)"}: ${i.message}`;
  });
  return issues.length === 1 ? (lines[0] as string) : `${issues.length} problems in ${file}:\n  ${lines.join("\n  ")}`;
}

/** A saved plan no longer matches what exists on Railway. */
export class StalePlanError extends RailpilotError {
  readonly expected: string;
  readonly actual: string;

  constructor(expected: string, actual: string) {
    super(
      "STALE_PLAN",
      `The saved plan was computed against a different live state (fingerprint ${expected.slice(0, 12)}, now ${actual.slice(0, 12)})`,
      { hint: "Something changed on Railway since the plan was made: plan again and review it." },
    );
    this.expected = expected;
    this.actual = actual;
  }
}

/** The plan deletes something and the caller did not allow deletions. */
export class DestructiveChangeError extends RailpilotError {
  readonly addresses: readonly string[];

  constructor(addresses: readonly string[]) {
    super("DESTRUCTIVE_REFUSED", `The plan deletes ${addresses.length} resource(s): ${addresses.join(", ")}`, {
      hint: "Review the deletions in the plan, then apply again allowing deletions.",
    });
    this.addresses = addresses;
  }
}

/** A step of an apply failed; names the step and keeps the cause. */
export class ProvisionStepError extends RailpilotError {
  readonly stepId: string;
  readonly runId: string;
  readonly compensated: boolean;

  constructor(runId: string, stepId: string, cause: unknown, compensated: boolean) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super("PROVISION_FAILED", `Step ${stepId} failed: ${why}`, {
      cause,
      hint: compensated
        ? "Everything this apply created was removed; fix the cause and run apply again."
        : "Resources created so far were kept, as asked; fix the cause and apply again to resume.",
    });
    this.stepId = stepId;
    this.runId = runId;
    this.compensated = compensated;
  }
}

/** A tenant instance name is invalid, reserved or taken. */
export class InstanceNameError extends RailpilotError {
  constructor(message: string, hint: string) {
    super("USAGE", message, { hint });
  }
}
