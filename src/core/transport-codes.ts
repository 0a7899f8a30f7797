/**
 * Connection failures that prove a request never reached the server (Railway, GitHub, an app):
 * the name did not resolve, the route or host was unreachable, the connection was refused, or the
 * connect step itself timed out. Nothing was sent, so even a mutation may be sent again. The one
 * copy of this rule (the GraphQL client, the code upload, the health prober and the GitHub client
 * all read it from here).
 */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** True when `code` (a Node/undici error code) proves the request was never sent. */
export function isNotSentCode(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code);
}

/**
 * The connection broke before any answer came back: the typical sign of a keep-alive connection
 * the server (or a proxy) closed while idle, just as the client reused it. A read may be sent again
 * at once; waiting a backoff for it only slows the caller (and on a virtual clock nobody
 * advances, it never ended). A write still needs proof that the server did not act.
 */
export const DROPPED_CONNECTION_CODES: ReadonlySet<string> = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

/** The first string `code` along an error's `cause` chain (undici wraps the socket error). */
export function transportErrorCode(error: unknown): string | undefined {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}
