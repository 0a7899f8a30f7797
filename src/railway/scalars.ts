/**
 * TypeScript shapes of Railway's custom GraphQL scalars, referenced by the generated types
 * (see codegen.ts). Railway documents few of them; fields we rely on are named, the rest stay
 * open so a new server-side field never breaks parsing.
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** `EnvironmentVariables`: a flat name → value map. */
export type EnvironmentVariables = Record<string, string>;

/**
 * `DeploymentMeta`: what caused a deployment and what it runs. Railway sends more keys than
 * these; the ones deploy verification reads are named.
 */
export interface DeploymentMeta {
  /** Git commit the deployment builds (repo sources). */
  commitHash?: string;
  commitMessage?: string;
  commitAuthor?: string;
  branch?: string;
  /** "owner/repo" for GitHub sources. */
  repo?: string;
  /** Image reference for image sources. */
  image?: string;
  /** Why it was created, e.g. "deploy", "redeploy", "rollback", "migrate". */
  reason?: string;
  rootDirectory?: string;
  [key: string]: JsonValue | undefined;
}

/** `EnvironmentConfig`: the environment-as-code patch format (services, sharedVariables, volumes …). */
export type EnvironmentConfig = JsonObject;

/** `SerializedTemplateConfig`: opaque template config to pass back to templateDeployV2. */
export type SerializedTemplateConfig = JsonObject;
