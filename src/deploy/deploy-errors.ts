/**
 * Errors of the deploy runners: plain language, a stable code each. They name no CLI flag; the
 * CLI maps the codes to its flags, hints and exit codes (src/cli/exit-codes.ts).
 */
import { RailpilotError, type RailpilotErrorOptions } from "../core/index.js";

export type DeployErrorCode =
  /** An upload needs the project id, and none was given or found. */
  | "UPLOAD_NEEDS_PROJECT"
  /** The rollback target does not exist (or this token cannot see it). */
  | "ROLLBACK_TARGET_NOT_FOUND"
  /** The rollback target belongs to another service. */
  | "ROLLBACK_TARGET_OTHER_SERVICE"
  /** The rollback target never served (FAILED, CRASHED or SKIPPED). */
  | "ROLLBACK_TARGET_NEVER_SERVED";

export class DeployError extends RailpilotError {
  declare readonly code: DeployErrorCode;
  /** The deployment the error is about, when there is one. */
  readonly deploymentId: string | undefined;

  constructor(code: DeployErrorCode, message: string, options: RailpilotErrorOptions & { deploymentId?: string } = {}) {
    super(code, message, options);
    this.deploymentId = options.deploymentId;
  }
}
