/**
 * Keeps secrets out of anything printed or sent. Every token the process knows is registered here,
 * and `redact` replaces each occurrence before text leaves the process. It also scrubs the
 * credentials of URLs (`postgres://user:pass@host` → `postgres://***@host`), which an app may print
 * in its own logs without railpilot ever knowing the password.
 */
const secrets = new Set<string>();

/** Registers a secret (ignored when shorter than 6 characters, too short to redact safely). */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 6) secrets.add(value);
}

/**
 * `scheme://userinfo@`: the userinfo runs to the LAST `@` of the authority (an unencoded `@` in a
 * password is common in logs), and the authority ends at `/ ? #`, whitespace, quotes or brackets.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`<>]*)@/gi;
/** Railway variable references (`${{PGUSER}}:${{POSTGRES_PASSWORD}}`) name a secret without holding it. */
const ONLY_REFERENCES = /^\$\{\{[^}]*\}\}(?::\$\{\{[^}]*\}\})?$/;

/** Replaces the userinfo (user and password) of every URL in `text` with `***`. Idempotent. */
export function scrubCredentials(text: string): string {
  if (!text.includes("://")) return text;
  return text.replace(URL_USERINFO, (match, scheme: string, userinfo: string) => (userinfo === "" || ONLY_REFERENCES.test(userinfo) ? match : `${scheme}***@`));
}

/** Registered secrets → `[redacted]`, URL credentials → `***`. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join("[redacted]");
  return scrubCredentials(out);
}

/** Masks a value for display: keeps nothing of it but its length class. */
export function maskValue(value: string): string {
  return value.length === 0 ? "" : "••••••";
}
