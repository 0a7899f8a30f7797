/**
 * The one place API responses and log lines are redacted. It wraps the process-wide `redact`
 * (src/core/redact.ts) or a scoped redactor passed in, and always removes the API's own secrets and
 * URL credentials.
 */
import { redact, scrubCredentials } from "../core/index.js";

export type Redactor = (text: string) => string;

export function createResponseRedactor(base: Redactor | undefined, ownSecrets: readonly string[]): Redactor {
  const inner = base ?? redact;
  const secrets = ownSecrets.filter((s) => s.length >= 6);
  return (text) => {
    let out = scrubCredentials(inner(text));
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join("[redacted]");
    return out;
  };
}
