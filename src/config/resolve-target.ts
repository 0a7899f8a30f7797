import { UsageError } from "../core/index.js";
import { ProjectDocument, ProjectsDocument, ProjectTokenDocument, type RailwayClient } from "../railway/index.js";
import type { Config } from "./load-config.js";

export interface Named {
  id: string;
  name: string;
}

/** Where a command acts: a project, one of its environments and (when asked for) a service. */
export interface Target {
  project: Named;
  environment: Named;
  /** Set when a service was asked for (argument, flag, or railway.serviceId). */
  service: Named | undefined;
  environments: Named[];
  services: Named[];
  /** True when the project came from a project token (scoped to one environment). */
  viaProjectToken: boolean;
}

export interface TargetWanted {
  /** Service name or id. Default: railway.serviceId. */
  service?: string;
  /** Environment name or id. Default: railway.environment, railway.environmentId, production, the only one. */
  environment?: string;
  /** Project name or id. Default: railway.projectId, the project token's project, the only project visible. */
  project?: string;
  /** Throw when no service is given or configured. Default: false. */
  requireService?: boolean;
}

/** A project, environment or service named by the user does not exist (a usage error, exit 2). */
export class TargetNotFoundError extends UsageError {
  readonly kind: "project" | "environment" | "service";
  readonly wanted: string;
  readonly available: readonly string[];

  /** Where the wanted value was configured (`railpilot.yaml`, `RAILWAY_ENVIRONMENT_ID`), when it was. */
  readonly source: string | undefined;

  constructor(
    kind: "project" | "environment" | "service",
    wanted: string,
    available: readonly string[],
    hint?: string,
    source?: string,
  ) {
    const list = available.length > 0 ? `; found: ${available.join(", ")}` : `; there are none`;
    super(`${source ? `${source}: ` : ""}${kind} "${wanted}" not found${list}`, {
      hint: hint ?? `Name an existing ${kind} (by name or id).`,
    });
    this.source = source;
    this.kind = kind;
    this.wanted = wanted;
    this.available = available;
  }
}

/**
 * Finds the project, environment and service a command should act on, by name or id, from
 * what the user asked for, the config, and what the token can see. Errors list what exists.
 */
export async function resolveTarget(client: RailwayClient, config: Config, wanted: TargetWanted = {}): Promise<Target> {
  let projectRef = wanted.project ?? config.railway.projectId;
  let tokenEnvironmentId: string | undefined;
  let viaProjectToken = false;

  if (client.tokenKind === "project") {
    // A project token is scoped to one environment of one project: it decides both.
    const { projectToken } = await client.request(ProjectTokenDocument);
    viaProjectToken = true;
    if (projectRef && projectRef !== projectToken.projectId && projectRef !== projectToken.project.name) {
      throw new TargetNotFoundError(
        "project",
        projectRef,
        [projectToken.project.name],
        "A project token only reaches its own project; use an account or workspace token (RAILWAY_API_TOKEN) for others.",
      );
    }
    projectRef = projectToken.projectId;
    tokenEnvironmentId = projectToken.environmentId;
  }

  let projectId: string;
  if (!projectRef) {
    const { projects } = await client.request(ProjectsDocument, { first: 100 });
    const all = projects.edges.map((e) => e.node).filter((p) => !p.deletedAt);
    if (all.length === 1) projectId = all[0]!.id;
    else if (all.length === 0) {
      throw new UsageError("the token sees no projects", {
        hint: "Create a project on Railway, or use a token of the workspace that owns it.",
      });
    } else {
      throw new UsageError(
        `the token sees ${all.length} projects (${all.map((p) => p.name).join(", ")}); say which one`,
        {
          hint: "Set railway.projectId in railpilot.yaml or RAILWAY_PROJECT_ID.",
        },
      );
    }
  } else if (client.tokenKind !== "project" && !looksLikeId(projectRef)) {
    // A name: look it up among the projects the token sees.
    const { projects } = await client.request(ProjectsDocument, { first: 100 });
    const all = projects.edges.map((e) => e.node).filter((p) => !p.deletedAt);
    const match = pick(all, projectRef);
    if (!match)
      throw new TargetNotFoundError(
        "project",
        projectRef,
        all.map((p) => p.name),
      );
    projectId = match.id;
  } else {
    projectId = projectRef;
  }

  const { project } = await client.request(ProjectDocument, { id: projectId });
  const environments = project.environments.edges.map((e) => ({ id: e.node.id, name: e.node.name }));
  const services = project.services.edges.map((e) => ({ id: e.node.id, name: e.node.name }));

  const configured =
    config.railway.environment !== undefined
      ? "railway.environment"
      : config.railway.environmentId !== undefined
        ? "railway.environmentId"
        : undefined;
  const envRef = wanted.environment ?? config.railway.environment ?? config.railway.environmentId ?? tokenEnvironmentId;
  let environment: Named | undefined;
  if (envRef) {
    environment = pick(environments, envRef);
    if (!environment) {
      // Name the source the value really came from (the file, an environment variable, a flag).
      const source =
        wanted.environment === undefined && configured ? (config.sources?.[configured] ?? "config") : undefined;
      throw new TargetNotFoundError(
        "environment",
        envRef,
        environments.map((e) => e.name),
        source
          ? `The environment comes from ${source}${source.includes(".") || source === "flags" ? ` (${configured})` : ""}; name an existing one there.`
          : undefined,
        source,
      );
    }
  } else {
    environment =
      environments.find((e) => e.name === "production") ?? (environments.length === 1 ? environments[0] : undefined);
    if (!environment) {
      throw new UsageError(
        `project ${project.name} has no production environment; say which one (${environments.map((e) => e.name).join(", ")})`,
        {
          hint: "Name the environment, or set railway.environment in railpilot.yaml.",
        },
      );
    }
  }
  if (tokenEnvironmentId && environment.id !== tokenEnvironmentId) {
    const own = environments.find((e) => e.id === tokenEnvironmentId);
    throw new UsageError(
      `the project token is for environment ${own?.name ?? tokenEnvironmentId}, not ${environment.name}`,
      {
        hint: "Use a project token of that environment, or an account/workspace token (RAILWAY_API_TOKEN).",
      },
    );
  }

  const serviceRef = wanted.service ?? config.railway.serviceId;
  let service: Named | undefined;
  if (serviceRef) {
    service = pick(services, serviceRef);
    if (!service)
      throw new TargetNotFoundError(
        "service",
        serviceRef,
        services.map((s) => s.name),
      );
  } else if (wanted.requireService) {
    throw new UsageError(`say which service (${services.map((s) => s.name).join(", ") || "the project has none"})`, {
      hint: "Pass the service name or id, or set railway.serviceId / RAILWAY_SERVICE_ID.",
    });
  }

  return {
    project: { id: project.id, name: project.name },
    environment,
    service,
    environments,
    services,
    viaProjectToken,
  };
}

/** By exact id, then exact name, then case-insensitive name. */
function pick<T extends Named>(items: readonly T[], ref: string): T | undefined {
  return (
    items.find((i) => i.id === ref) ??
    items.find((i) => i.name === ref) ??
    items.find((i) => i.name.toLowerCase() === ref.toLowerCase())
  );
}

/** Railway ids are UUIDs. */
function looksLikeId(ref: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
}
