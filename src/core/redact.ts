/**
 * Keeps secrets out of anything printed. Every token the process knows is registered here,
 * and `redact` replaces each occurrence before text leaves the process.
 */
const secrets = new Set<string>();

/** Registers a secret (ignored when shorter than 6 characters, too short to redact safely). */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 6) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join("[redacted]");
  return out;
}

/** Masks a value for display: keeps nothing of it but its length class. */
export function maskValue(value: string): string {
  return value.length === 0 ? "" : "••••••";
}
