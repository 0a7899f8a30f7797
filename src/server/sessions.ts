/**
 * Browser sessions of the dashboard. The login form posts the API token once; the server answers
 * with an HttpOnly, SameSite=Strict cookie holding a random session id (never the token) and a
 * CSRF token the page keeps in memory. A request authenticated by the cookie that changes state
 * must also carry that CSRF token in the `x-railpilot-csrf` header: a cross-site form cannot set
 * a header, and a cross-site script cannot read the token.
 */
import type { Clock } from "../core/index.js";
import { generateSecret, secretsEqual } from "./auth.js";

export const SESSION_COOKIE = "railpilot_session";
export const CSRF_HEADER = "x-railpilot-csrf";
const DEFAULT_TTL_MS = 12 * 3_600_000;
const MAX_SESSIONS = 1_000;

export interface Session {
  id: string;
  csrf: string;
  expiresAt: number;
}

export interface SessionStore {
  create(): Session;
  /** The live session of this id, or null (unknown or expired). */
  get(id: string | undefined): Session | null;
  destroy(id: string | undefined): void;
  /** Whether `given` is this session's CSRF token (constant time). */
  csrfMatches(session: Session, given: string | string[] | undefined): boolean;
  /** The Set-Cookie value that starts (or, with null, ends) a session. */
  cookie(session: Session | null, secure: boolean): string;
}

export function createSessionStore(clock: Clock, ttlMs = DEFAULT_TTL_MS): SessionStore {
  const sessions = new Map<string, Session>();
  const prune = () => {
    const now = clock.now();
    for (const [id, s] of sessions) if (s.expiresAt <= now) sessions.delete(id);
    // Oldest first: a flood of logins cannot grow the map without bound.
    while (sessions.size >= MAX_SESSIONS) {
      const oldest = sessions.keys().next().value;
      if (oldest === undefined) break;
      sessions.delete(oldest);
    }
  };
  return {
    create() {
      prune();
      const session = { id: generateSecret(32), csrf: generateSecret(24), expiresAt: clock.now() + ttlMs };
      sessions.set(session.id, session);
      return session;
    },
    get(id) {
      if (!id) return null;
      const session = sessions.get(id);
      if (!session) return null;
      if (session.expiresAt <= clock.now()) {
        sessions.delete(id);
        return null;
      }
      return session;
    },
    destroy(id) {
      if (id) sessions.delete(id);
    },
    csrfMatches(session, given) {
      const value = Array.isArray(given) ? given[0] : given;
      return value !== undefined && secretsEqual(value, session.csrf);
    },
    cookie(session, secure) {
      const attrs = ["Path=/", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])];
      if (!session) return [`${SESSION_COOKIE}=`, "Max-Age=0", ...attrs].join("; ");
      return [`${SESSION_COOKIE}=${session.id}`, `Max-Age=${Math.floor(ttlMs / 1000)}`, ...attrs].join("; ");
    },
  };
}

/** The value of one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
