import { RailpilotError } from "../core/index.js";

/**
 * An error the emulated API reports to its caller as a GraphQL error. The message is exactly
 * what the client sees, worded like Railway's ("Not Authorized", "Project not found").
 */
export class EmulatorApiError extends RailpilotError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super("EMULATOR_API", message, {
      hint: options.hint ?? "Check the ids and token sent to the emulator.",
      cause: options.cause,
    });
  }
}

export const notAuthorized = () =>
  new EmulatorApiError("Not Authorized", { hint: "Send a valid token with access to this resource." });

export const notFound = (what: string) =>
  new EmulatorApiError(`${what} not found`, { hint: `Use an id of an existing ${what.toLowerCase()}.` });

export const badRequest = (message: string) => new EmulatorApiError(message);

/** A `Project-Access-Token` Railway does not know (the CLI matches "project token not found"). */
export const projectTokenNotFound = () =>
  new EmulatorApiError("project token not found", {
    hint: "Send a project token created for this project and environment.",
  });
