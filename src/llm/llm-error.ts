import { RailpilotError, type RailpilotErrorOptions } from "../core/errors.js";

/**
 * A call to the model failed. Codes: LLM_MALFORMED (the answer did not match the schema),
 * LLM_REFUSED (the model declined), LLM_RATE_LIMITED (429/529 after the bounded retries),
 * LLM_HTTP (any other API error), LLM_TIMEOUT.
 */
export class LlmError extends RailpilotError {
  readonly status: number | undefined;

  constructor(
    code: "LLM_MALFORMED" | "LLM_REFUSED" | "LLM_RATE_LIMITED" | "LLM_HTTP" | "LLM_TIMEOUT",
    message: string,
    options: RailpilotErrorOptions & { status?: number } = {},
  ) {
    super(code, message, options);
    this.status = options.status;
  }
}
