import { RailpilotError, type RailpilotErrorOptions } from "../core/index.js";

export interface ConfigIssue {
  /** Where the value came from: the file name, an env var, or "flags". */
  source: string;
  /** Dotted field path, e.g. `deploy.timeout`. */
  path: string;
  message: string;
}

/** The config file, env or flags are invalid (code CONFIG, exit 2). The message names field and source. */
export class ConfigError extends RailpilotError {
  readonly issues: readonly ConfigIssue[];

  constructor(message: string, issues: readonly ConfigIssue[], options: RailpilotErrorOptions = {}) {
    super("CONFIG", message, options);
    this.issues = issues;
  }
}
