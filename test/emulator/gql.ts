import type { EmulatorInfo } from "../../src/emulator/index.js";

/** A raw GraphQL call over fetch (tests use no railpilot client code). */
export interface GqlReply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string }[] };
}

export type TokenKind = "account" | "workspace" | "project" | "none" | { bearer: string } | { project: string };

export function authHeaders(info: EmulatorInfo, token: TokenKind): Record<string, string> {
  if (token === "none") return {};
  if (typeof token === "object")
    return "bearer" in token ? { authorization: `Bearer ${token.bearer}` } : { "project-access-token": token.project };
  if (token === "project") return { "project-access-token": info.tokens.project ?? "" };
  return { authorization: `Bearer ${info.tokens[token]}` };
}

export async function gql<T = Record<string, unknown>>(
  info: EmulatorInfo,
  query: string,
  variables: Record<string, unknown> = {},
  token: TokenKind = "account",
): Promise<GqlReply<T>> {
  const res = await fetch(info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...authHeaders(info, token) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) };
}

/** The data of a reply, failing loudly on GraphQL errors. */
export function data<T>(reply: GqlReply<T>): T {
  if (reply.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data as T;
}
