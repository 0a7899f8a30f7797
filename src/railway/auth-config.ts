import { registerSecret } from "../core/index.js";

/** Railway's public GraphQL endpoint. */
export const DEFAULT_RAILWAY_ENDPOINT = "https://backboard.railway.com/graphql/v2";

/** Which header a token travels in. */
export type RailwayTokenKind = "project" | "api";

export interface RailwayCredentials {
  kind: RailwayTokenKind;
  token: string;
}

/** Environment variables the client reads. */
export interface RailwayEnv {
  RAILWAY_TOKEN?: string | undefined;
  RAILWAY_API_TOKEN?: string | undefined;
  RAILWAY_GRAPHQL_ENDPOINT?: string | undefined;
  [name: string]: string | undefined;
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value && value.trim() !== "" ? value.trim() : undefined;

/**
 * Picks the token the way Railway's CLI does: a project token wins over an API token (the CLI
 * sends only `project-access-token` when RAILWAY_TOKEN is set); explicit options win over the
 * environment. Every token found is registered for output redaction.
 */
export function resolveCredentials(
  options: { token?: string; apiToken?: string },
  env: RailwayEnv,
): RailwayCredentials | undefined {
  const candidates = [options.token, options.apiToken, env.RAILWAY_TOKEN, env.RAILWAY_API_TOKEN];
  for (const c of candidates) registerSecret(nonEmpty(c));
  const explicitProject = nonEmpty(options.token);
  const explicitApi = nonEmpty(options.apiToken);
  if (explicitProject) return { kind: "project", token: explicitProject };
  if (explicitApi) return { kind: "api", token: explicitApi };
  const envProject = nonEmpty(env.RAILWAY_TOKEN);
  if (envProject) return { kind: "project", token: envProject };
  const envApi = nonEmpty(env.RAILWAY_API_TOKEN);
  if (envApi) return { kind: "api", token: envApi };
  return undefined;
}

/** The HTTP headers that carry a token (also sent on the websocket upgrade). */
export function authHeaders(credentials: RailwayCredentials | undefined): Record<string, string> {
  if (!credentials) return {};
  return credentials.kind === "project"
    ? { "Project-Access-Token": credentials.token }
    : { Authorization: `Bearer ${credentials.token}` };
}

/** Endpoint: option, else RAILWAY_GRAPHQL_ENDPOINT, else Railway's public endpoint. */
export function resolveEndpoint(endpoint: string | undefined, env: RailwayEnv): string {
  return nonEmpty(endpoint) ?? nonEmpty(env.RAILWAY_GRAPHQL_ENDPOINT) ?? DEFAULT_RAILWAY_ENDPOINT;
}

/** The websocket URL for subscriptions: the same URL with http→ws, https→wss. */
export function websocketUrlFor(endpoint: string): string {
  const url = new URL(endpoint);
  url.protocol = url.protocol === "https:" ? "wss:" : url.protocol === "http:" ? "ws:" : url.protocol;
  return url.toString();
}

/** The base URL of the upload endpoint (`/project/{id}/environment/{id}/up`): the endpoint's origin. */
export function uploadUrlFor(endpoint: string, projectId: string, environmentId: string): URL {
  const url = new URL(endpoint);
  return new URL(
    `/project/${encodeURIComponent(projectId)}/environment/${encodeURIComponent(environmentId)}/up`,
    url.origin,
  );
}
