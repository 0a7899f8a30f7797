/**
 * Keeps secrets out of anything printed or sent. A `Redactor` is a scoped boundary: a CLI run or
 * an HTTP request handler creates one, registers the tokens it was given, and passes every line of
 * output through `redact()`. Library code that learns a secret (a generated password, a token read
 * from config) calls `registerSecret()`, which adds it to the redactor of the current scope
 * (`redactor.run(fn)`, carried through async calls), so one tenant's secrets never reach another
 * request's redactor. Outside any scope a small process-wide fallback is used. Every redactor holds
 * at most `maxSecrets` values; past that the oldest unpinned value is forgotten first.
 *
 * It also scrubs the credentials of URLs (`postgres://user:pass@host` → `postgres://***@host`),
 * which an app may print in its own logs without railpilot ever knowing the password.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { holdsOnlyReferences } from "./references.js";

/** Shorter values are not registered: too short to redact without mangling ordinary text. */
export const MIN_SECRET_LENGTH = 6;
/** Default capacity of a redactor (secrets, not bytes). */
export const DEFAULT_MAX_SECRETS = 512;
/** Longest value registered; longer ones are cut to this prefix (enough to hide them). */
const MAX_SECRET_LENGTH = 4096;

export interface RedactorOptions {
  /** Most secrets held at once; the oldest unpinned one is dropped past it. Default: 512. */
  maxSecrets?: number;
  /** Text that replaces a secret. Default: "[redacted]". */
  replacement?: string;
}

export interface AddSecretOptions {
  /** A credential of the run itself (a token): kept even when the redactor is full. Default: false. */
  pinned?: boolean;
}

export class Redactor {
  readonly maxSecrets: number;
  private readonly replacement: string;
  /** Insertion-ordered; the value says whether the secret is pinned. */
  private readonly secrets = new Map<string, boolean>();

  constructor(options: RedactorOptions = {}) {
    const max = options.maxSecrets ?? DEFAULT_MAX_SECRETS;
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxSecrets must be a positive integer, got ${max}`);
    this.maxSecrets = max;
    this.replacement = options.replacement ?? "[redacted]";
  }

  /** Registers a secret (ignored when empty or shorter than 6 characters). Returns this. */
  add(value: string | undefined | null, options: AddSecretOptions = {}): this {
    if (typeof value !== "string") return this;
    const secret = value.length > MAX_SECRET_LENGTH ? value.slice(0, MAX_SECRET_LENGTH) : value;
    if (secret.length < MIN_SECRET_LENGTH) return this;
    const pinned = (options.pinned ?? false) || this.secrets.get(secret) === true;
    this.secrets.delete(secret);
    this.secrets.set(secret, pinned);
    while (this.secrets.size > this.maxSecrets) this.evictOne();
    this.sorted = undefined;
    return this;
  }

  /** Registers several secrets at once. */
  addAll(values: Iterable<string | undefined | null>, options: AddSecretOptions = {}): this {
    for (const v of values) this.add(v, options);
    return this;
  }

  /** Number of secrets held. */
  get size(): number {
    return this.secrets.size;
  }

  has(value: string): boolean {
    return this.secrets.has(value);
  }

  private urlCredentialsShown = false;

  /**
   * From now on, URL credentials pass (`postgres://user:password@host`): for output the user
   * asked to see in clear (`variables --reveal`). Registered secrets are still removed.
   */
  showUrlCredentials(): void {
    this.urlCredentialsShown = true;
  }

  /** Registered secrets → the replacement, URL credentials → `***` (unless shown on request). */
  redact(text: string): string {
    const out = this.redactSecrets(text);
    return this.urlCredentialsShown ? out : scrubCredentials(out);
  }

  /** Registered secrets only: URL credentials stay (for output the user asked to see in clear). */
  redactSecrets(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    if (this.secrets.size > 0) {
      for (const s of this.longestFirst()) if (out.includes(s)) out = out.split(s).join(this.replacement);
    }
    return out;
  }

  /** Runs `fn` with this redactor as the current one (for `registerSecret`/`redact` in library code). */
  run<T>(fn: () => T): T {
    return scope.run(this, fn);
  }

  /** The secrets longest first, rebuilt after a change. */
  private sorted: string[] | undefined;

  private longestFirst(): string[] {
    this.sorted ??= [...this.secrets.keys()].sort((a, b) => b.length - a.length);
    return this.sorted;
  }

  private evictOne(): void {
    for (const [secret, pinned] of this.secrets) {
      if (!pinned) {
        this.secrets.delete(secret);
        return;
      }
    }
    const oldest = this.secrets.keys().next();
    if (!oldest.done) this.secrets.delete(oldest.value);
  }
}

const scope = new AsyncLocalStorage<Redactor>();
/** Used outside any `run()` scope (library callers that never create a redactor). Bounded too. */
const fallback = new Redactor({ maxSecrets: 256 });

/** The redactor of the current scope, else the process-wide fallback. */
export function currentRedactor(): Redactor {
  return scope.getStore() ?? fallback;
}

/** Registers a secret with the current redactor (ignored when shorter than 6 characters). */
export function registerSecret(value: string | undefined | null): void {
  currentRedactor().add(value);
}

/**
 * `scheme://userinfo@`: the userinfo runs to the LAST `@` of the authority (an unencoded `@` in a
 * password is common in logs), and the authority ends at `/ ? #`, whitespace, quotes or brackets.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`<>]*)@/gi;
/** Railway variable references (`${{PGUSER}}:${{POSTGRES_PASSWORD}}`) name a secret without holding it. */

/** Replaces the userinfo (user and password) of every URL in `text` with `***`. Idempotent. */
export function scrubCredentials(text: string): string {
  if (!text.includes("://")) return text;
  return text.replace(URL_USERINFO, (match, scheme: string, userinfo: string) =>
    userinfo === "" || holdsOnlyReferences(userinfo) ? match : `${scheme}***@`,
  );
}

/** Redacts with the current redactor: registered secrets → `[redacted]`, URL credentials → `***`. */
export function redact(text: string): string {
  return currentRedactor().redact(text);
}

/** An error's message (or a thrown value as text), redacted: what a log line or status may show. */
export function redactedMessage(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}

/** Masks a value for display: keeps nothing of it but its length class. */
export function maskValue(value: string): string {
  return value.length === 0 ? "" : "••••••";
}
