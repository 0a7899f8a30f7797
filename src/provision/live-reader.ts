import { z } from "zod";
import {
  MeDocument,
  ProjectsDocument,
  ProvisionProjectStateDocument,
  type ProvisionProjectStateQuery,
  type RailwayClient,
  RailwayAuthError,
  RailwayGraphQLError,
  RailwayNotFoundError,
  ServiceInstanceLimitOverrideDocument,
  VariablesDocument,
} from "../railway/index.js";
import { UsageError } from "../core/index.js";
import { EMPTY_LIVE_STATE, type LiveDomain, type LiveService, type LiveState } from "./live-state.js";
import type { StackSpec } from "./spec.js";

/** A project as the project list shows it. */
export interface ProjectSummary {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  deletedAt: string | null;
}

/** Every live (not deleted) project of the workspace; deleted ones too with `includeDeleted`. */
export async function listProjects(
  client: RailwayClient,
  workspaceId: string | undefined,
  options: { includeDeleted?: boolean } = {},
): Promise<ProjectSummary[]> {
  const out: ProjectSummary[] = [];
  const vars = { ...(workspaceId ? { workspaceId } : {}), ...(options.includeDeleted ? { includeDeleted: true } : {}) };
  for await (const p of client.paginate(ProjectsDocument, vars, (r) => r.projects, { pageSize: 100 })) {
    if (p.deletedAt && !options.includeDeleted) continue;
    out.push({
      id: p.id,
      name: p.name,
      description: p.description ?? null,
      createdAt: p.createdAt,
      deletedAt: p.deletedAt ?? null,
    });
  }
  return out;
}

/** The project with exactly this name; an error when several carry it (railpilot cannot tell them apart). */
export async function findProjectByName(
  client: RailwayClient,
  name: string,
  workspaceId: string | undefined,
): Promise<ProjectSummary | undefined> {
  const matches = (await listProjects(client, workspaceId)).filter((p) => p.name === name);
  if (matches.length > 1) {
    throw new UsageError(`${matches.length} projects are named "${name}" (${matches.map((m) => m.id).join(", ")})`, {
      hint: "Rename or delete the duplicates in Railway's dashboard; railpilot finds a stack's project by its name.",
    });
  }
  return matches[0];
}

/**
 * The workspace to create projects in: explicit, else the first workspace of the token's user.
 * Only an auth refusal means "no user" (a workspace token); any other failure (network, timeout)
 * is thrown, never read as "no workspace" (projects would then be created outside it).
 */
export async function resolveWorkspaceId(
  client: RailwayClient,
  explicit: string | undefined,
): Promise<string | undefined> {
  if (explicit) return explicit;
  try {
    const { me } = await client.request(MeDocument);
    return me.workspaces[0]?.id;
  } catch (error) {
    // Workspace tokens cannot call `me` (API-NOTES §2); Railway then scopes projects to the token.
    if (error instanceof RailwayAuthError) return undefined;
    throw error;
  }
}

type StateProject = ProvisionProjectStateQuery["project"];

/** Live state plus the ids the applier needs. */
export interface LiveSnapshot {
  live: LiveState;
  projectId?: string;
  environmentId?: string;
  serviceIds: Map<string, string>;
  /** All environments' service instances, for lookups (e.g. a new service's id by name). */
  raw?: StateProject;
}

export async function readProjectState(client: RailwayClient, projectId: string): Promise<StateProject | undefined> {
  try {
    const { project } = await client.request(ProvisionProjectStateDocument, { projectId });
    return project.deletedAt ? undefined : project;
  } catch (error) {
    if (error instanceof RailwayNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Reads what exists for the stack: its project (by name), environment, services with their
 * settings, domains and volumes, and variables (unrendered) of the services the spec manages.
 * Cost: 1 project list page + 1 state query + 1 variables query per managed service (+1 shared)
 * + 1 limit-override query per managed service whose spec sets limits.
 */
export async function readLiveState(
  client: RailwayClient,
  spec: StackSpec,
  options: { workspaceId?: string; projectId?: string } = {},
): Promise<LiveSnapshot> {
  const projectId = options.projectId ?? (await findProjectByName(client, spec.project.name, options.workspaceId))?.id;
  if (!projectId) return { live: EMPTY_LIVE_STATE, serviceIds: new Map() };
  const project = await readProjectState(client, projectId);
  if (!project) return { live: EMPTY_LIVE_STATE, serviceIds: new Map() };
  return snapshotFrom(client, spec, project);
}

async function snapshotFrom(
  client: RailwayClient,
  spec: StackSpec,
  project: NonNullable<StateProject>,
): Promise<LiveSnapshot> {
  const env = project.environments.edges.map((e) => e.node).find((e) => e.name === spec.environment);
  const serviceIds = new Map<string, string>();
  for (const { node } of project.services.edges) serviceIds.set(node.name, node.id);
  const live: LiveState = {
    project: { id: project.id, name: project.name, description: project.description ?? null },
    environment: env ? { id: env.id, name: env.name } : null,
    shared: {},
    services: [],
  };
  if (!env) return { live, projectId: project.id, serviceIds, raw: project };

  const appNames = new Set(spec.services.map((s) => s.name));
  const limitedNames = new Set(spec.services.filter((s) => s.limits).map((s) => s.name));
  const volumes = env.volumeInstances.edges.map((e) => e.node);
  const reads: Promise<void>[] = [];
  if (spec.manageShared) {
    reads.push(
      client
        .request(VariablesDocument, { projectId: project.id, environmentId: env.id, unrendered: true })
        .then((r) => {
          live.shared = { ...(r.variables as Record<string, string>) };
        }),
    );
  }
  for (const { node: si } of env.serviceInstances.edges) {
    serviceIds.set(si.serviceName, si.serviceId);
    const domains: LiveDomain[] = [
      ...si.domains.serviceDomains.map((d) => ({
        id: d.id,
        domain: d.domain,
        kind: "generated" as const,
        ...(d.targetPort ? { port: d.targetPort } : {}),
      })),
      ...si.domains.customDomains.map((d) => ({
        id: d.id,
        domain: d.domain,
        kind: "custom" as const,
        ...(d.targetPort ? { port: d.targetPort } : {}),
      })),
    ];
    const service: LiveService = {
      id: si.serviceId,
      name: si.serviceName,
      source: {
        ...(si.source?.repo ? { repo: si.source.repo } : {}),
        ...(si.source?.image ? { image: si.source.image } : {}),
      },
      settings: definedOnly({
        buildCommand: si.buildCommand,
        startCommand: si.startCommand,
        healthcheckPath: si.healthcheckPath,
        healthcheckTimeout: si.healthcheckTimeout,
        numReplicas: si.numReplicas,
        restartPolicyType: si.restartPolicyType,
        restartPolicyMaxRetries: si.restartPolicyMaxRetries,
        rootDirectory: si.rootDirectory,
      }),
      variables: {},
      domains,
      volumes: volumes
        .filter((v) => v.serviceId === si.serviceId)
        .map((v) => ({ id: v.volumeId, mountPath: v.mountPath })),
      ...(si.latestDeployment
        ? {
            latestDeployment: {
              id: si.latestDeployment.id,
              status: si.latestDeployment.status,
              createdAt: si.latestDeployment.createdAt,
            },
          }
        : {}),
    };
    live.services.push(service);
    if (appNames.has(si.serviceName)) {
      reads.push(
        client
          .request(VariablesDocument, {
            projectId: project.id,
            environmentId: env.id,
            serviceId: si.serviceId,
            unrendered: true,
          })
          .then((r) => {
            service.variables = { ...(r.variables as Record<string, string>) };
          }),
      );
    }
    if (limitedNames.has(si.serviceName)) {
      reads.push(
        readLimitOverride(client, env.id, si.serviceId).then((limits) => {
          if (limits) service.limits = limits;
        }),
      );
    }
  }
  await Promise.all(reads);
  live.services.sort((a, b) => a.name.localeCompare(b.name));
  return { live, projectId: project.id, environmentId: env.id, serviceIds, raw: project };
}

/**
 * `ServiceInstanceLimit` is a JSON scalar Railway does not document. Assumed to be config-as-code's
 * `limitOverride` shape: `{containers: {cpu: <vCPUs>, memoryBytes: <bytes>}}`, only overridden fields.
 */
const limitOverrideShape = z.looseObject({
  containers: z.looseObject({
    cpu: z.number().positive().nullish(),
    memoryBytes: z.number().positive().nullish(),
  }),
});

/** Decimal: Railway's config-as-code example writes 3 GB as 3000000000 bytes. */
const BYTES_PER_GB = 1e9;

/**
 * Parses the scalar's value: null → no overrides (`{}`); an unexpected shape → undefined
 * (limits unknown, so the planner keeps planning the update and the applier sets them again).
 */
export function limitsFromOverride(value: unknown): LiveService["limits"] {
  if (value === null || value === undefined) return {};
  const parsed = limitOverrideShape.safeParse(value);
  if (!parsed.success) return undefined;
  const { cpu, memoryBytes } = parsed.data.containers;
  return {
    ...(memoryBytes != null ? { memoryGB: memoryBytes / BYTES_PER_GB } : {}),
    ...(cpu != null ? { vCPUs: cpu } : {}),
  };
}

/**
 * A service instance's limit overrides, or undefined when unknown. A refusal of this one read
 * (an auth or GraphQL error, e.g. a token that may not see limits) leaves the limits unknown rather
 * than failing the whole read; network failures, timeouts and rate limits are thrown as usual.
 */
async function readLimitOverride(
  client: RailwayClient,
  environmentId: string,
  serviceId: string,
): Promise<LiveService["limits"]> {
  try {
    const r = await client.request(ServiceInstanceLimitOverrideDocument, { environmentId, serviceId });
    return limitsFromOverride(r.serviceInstanceLimitOverride);
  } catch (error) {
    if (error instanceof RailwayAuthError || error instanceof RailwayGraphQLError) return undefined;
    throw error;
  }
}

function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: NonNullable<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined && v !== "") out[k] = v;
  return out as { [K in keyof T]?: NonNullable<T[K]> };
}
