import { RailpilotError, type RailpilotErrorOptions } from "../core/index.js";

/** Opening, updating or finding an escalation issue failed (GitHub or the store). */
export class EscalationError extends RailpilotError {
  constructor(message: string, options: RailpilotErrorOptions = {}) {
    super("ESCALATION", message, options);
  }
}
