import { notAuthorized, projectTokenNotFound } from "./emulator-errors.js";
import type { ProjectRec, TokenRec } from "./model.js";
import type { World } from "./world.js";

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The raw credential a request carries: `Project-Access-Token` wins over a bearer token, like the CLI sends. */
export function credentialOf(headers: HeaderBag): { kind: "project" | "bearer"; token: string } | undefined {
  const pat = header(headers, "project-access-token")?.trim();
  if (pat) return { kind: "project", token: pat };
  const auth = header(headers, "authorization")?.trim();
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return m?.[1] ? { kind: "bearer", token: m[1].trim() } : undefined;
}

/**
 * What a token may see, with Railway's rules: an account token sees everything; a workspace
 * token the same minus `me`; a project token one project and one environment. Anything else
 * is "Not Authorized" (HTTP 200 with a GraphQL error).
 */
export class AuthScope {
  constructor(
    private readonly world: World,
    readonly token: TokenRec | undefined,
    /** A `Project-Access-Token` header was sent whose token is not a project token Railway knows. */
    readonly unknownProjectToken = false,
  ) {}

  static fromHeaders(world: World, headers: HeaderBag): AuthScope {
    const cred = credentialOf(headers);
    if (!cred) return new AuthScope(world, undefined);
    const rec = world.tokens.get(cred.token);
    // An unknown Project-Access-Token: Railway says "project token not found" (API-NOTES §7).
    if (cred.kind === "project" && rec?.kind !== "project") return new AuthScope(world, undefined, true);
    // A project token sent as a bearer is not valid: "Not Authorized".
    if (!rec || (cred.kind === "bearer" && rec.kind === "project")) return new AuthScope(world, undefined);
    return new AuthScope(world, rec);
  }

  get valid(): boolean {
    return this.token !== undefined;
  }

  /** The rate-limit key: the token, or "anonymous". */
  get key(): string {
    return this.token?.token ?? "anonymous";
  }

  require(): TokenRec {
    if (!this.token) throw this.unknownProjectToken ? projectTokenNotFound() : notAuthorized();
    return this.token;
  }

  requireAccount(): TokenRec {
    const t = this.require();
    if (t.kind !== "account") throw notAuthorized();
    return t;
  }

  requireProjectToken(): TokenRec {
    const t = this.require();
    if (t.kind !== "project") throw notAuthorized();
    return t;
  }

  /** Throws unless the token may read/write this workspace. */
  workspace(workspaceId: string): void {
    const t = this.require();
    if (t.kind === "account") return;
    if (t.kind === "workspace" && t.workspaceId === workspaceId) return;
    throw notAuthorized();
  }

  canSeeProject(project: ProjectRec): boolean {
    const t = this.token;
    if (!t) return false;
    if (t.kind === "account") return true;
    if (t.kind === "workspace") return project.workspaceId === t.workspaceId;
    return project.id === t.projectId;
  }

  /** Throws "Not Authorized" unless the token may see this project. */
  project(projectId: string): ProjectRec {
    this.require();
    const project = this.world.projects.get(projectId);
    if (project && this.canSeeProject(project)) return this.world.getProject(projectId);
    // Unknown or foreign: a project token gets "Not Authorized"; others learn it does not exist.
    if (!project || project.deletedAt !== null) {
      if (this.token?.kind === "project") throw notAuthorized();
      return this.world.getProject(projectId);
    }
    throw notAuthorized();
  }

  /** Throws unless the token may see this environment (a project token: only its own). */
  environment(environmentId: string): void {
    const t = this.require();
    const env = this.world.environments.get(environmentId);
    if (!env) {
      if (t.kind === "project") throw notAuthorized();
      this.world.getEnvironment(environmentId);
      return;
    }
    this.project(env.projectId);
    if (t.kind === "project" && t.environmentId !== environmentId) throw notAuthorized();
    this.world.getEnvironment(environmentId);
  }

  service(serviceId: string): void {
    const t = this.require();
    const svc = this.world.services.get(serviceId);
    if (!svc) {
      if (t.kind === "project") throw notAuthorized();
      this.world.getService(serviceId);
      return;
    }
    this.project(svc.projectId);
  }

  deployment(deploymentId: string): void {
    const t = this.require();
    const dep = this.world.deployments.get(deploymentId);
    if (!dep) {
      if (t.kind === "project") throw notAuthorized();
      this.world.getDeployment(deploymentId);
      return;
    }
    this.project(dep.projectId);
    if (t.kind === "project" && t.environmentId !== dep.environmentId) throw notAuthorized();
  }

  /** For a project token: the environment it is bound to. */
  get boundEnvironmentId(): string | null {
    return this.token?.kind === "project" ? this.token.environmentId : null;
  }
}
