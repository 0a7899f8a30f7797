/**
 * Who may call the API: one bearer token, compared in constant time, and the rules for where the
 * daemon may listen without one.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { RailpilotError } from "../core/index.js";

/** Constant-time equality of two secrets of any length (both are hashed to 32 bytes first). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer[ \t]+(\S+)\s*$/i.exec(value);
  return match ? (match[1] as string) : null;
}

/** A random URL-safe secret (API token, webhook path secret). */
export function generateSecret(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

/** The API refused to listen where it would be reachable without a configured token. */
export class InsecureListenError extends RailpilotError {
  constructor(host: string) {
    super(
      "CONFIG",
      `refusing to listen on ${host} without an API token: anyone who can reach it could steer the autopilot`,
      {
        hint: "set RAILPILOT_API_TOKEN (or api.token in railpilot.yaml), or listen on 127.0.0.1",
      },
    );
  }
}

/** The listen address was not `host:port`. */
export class ListenAddressError extends RailpilotError {
  constructor(value: string) {
    super("CONFIG", `listen address "${value}" is not host:port`, {
      hint: "use e.g. 127.0.0.1:8080, 0.0.0.0:8080 or [::1]:8080",
    });
  }
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === "::ffff:127.0.0.1";
}

/** Parses `host:port` (`[v6]:port` for IPv6); port 0 picks a free port. */
export function parseListenAddress(value: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(value.trim());
  if (!match) throw new ListenAddressError(value);
  const port = Number(match[2]);
  if (port > 65535) throw new ListenAddressError(value);
  return { host: (match[1] as string).replace(/^\[|\]$/g, ""), port };
}

/**
 * The token the API uses, and whether it was generated. With none configured the daemon may only
 * listen on loopback, with a random token that the ready line shows once.
 */
export function resolveApiToken(configured: string | undefined, host: string): { token: string; generated: boolean } {
  if (configured && configured.length > 0) return { token: configured, generated: false };
  if (!isLoopbackHost(host)) throw new InsecureListenError(host);
  return { token: generateSecret(), generated: true };
}
