import { type Clock, RailpilotError, UsageError } from "../core/index.js";
import { isInProgress } from "../deploy/index.js";
import {
  DomainsDocument,
  ProjectDeleteDocument,
  ProjectScheduleDeleteCancelDocument,
  ProjectScheduleDeleteDocument,
  ProjectUpdateDocument,
  type RailwayClient,
  RailwayNotFoundError,
  ServiceInstanceDeployV2Document,
} from "../railway/index.js";
import { type ApplyDeps, type ApplyOptions, type ApplyResult, applyStack } from "./applier.js";
import { InstanceNameError } from "./errors.js";
import { validateInstanceName } from "./instance-names.js";
import { listProjects, type ProjectSummary, readProjectState } from "./live-reader.js";
import { formatProjectDescription, type ProjectTags, parseProjectDescription } from "./project-tags.js";
import type { StackSpec } from "./spec.js";

/**
 * Tenant fleets: one stack per customer. An instance is a project whose description carries
 * `[railpilot instance:<name> …]`; deletion state is kept in the same tag line.
 */
export const RAILWAY_SCHEDULED_DELETE_MS = 48 * 3_600_000;

export interface InstanceSummary {
  name: string;
  projectId: string;
  projectName: string;
  stack: string | undefined;
  createdAt: string;
  deletion: { at: string; mode: "railway" | "grace"; remainingMs: number } | undefined;
}

function toInstance(p: ProjectSummary, now: number): InstanceSummary | undefined {
  const { tags } = parseProjectDescription(p.description);
  if (!tags.instance) return undefined;
  const at = tags.deletionScheduled ? Date.parse(tags.deletionScheduled) : Number.NaN;
  return {
    name: tags.instance,
    projectId: p.id,
    projectName: p.name,
    stack: tags.stack,
    createdAt: p.createdAt,
    deletion:
      tags.deletionScheduled && !Number.isNaN(at)
        ? { at: tags.deletionScheduled, mode: tags.deletionMode ?? "grace", remainingMs: Math.max(0, at - now) }
        : undefined,
  };
}

export async function listInstances(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
): Promise<InstanceSummary[]> {
  const now = clock.now();
  return (await listProjects(client, workspaceId))
    .map((p) => toInstance(p, now))
    .filter((i): i is InstanceSummary => i !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An unknown instance name is a usage error (exit 2), with the names that do exist as the hint. */
function unknownInstance(name: string, all: readonly InstanceSummary[]): UsageError {
  const names = all.map((i) => i.name);
  return new UsageError(`No instance named "${name}"`, {
    hint: names.length > 0 ? `Instances: ${names.join(", ")}.` : "There are no instances yet.",
  });
}

async function findInstance(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
): Promise<InstanceSummary> {
  const all = await listInstances(client, workspaceId, clock);
  const hit = all.find((i) => i.name === name);
  if (!hit) throw unknownInstance(name, all);
  return hit;
}

/** A deleted project that carried this instance's tag (a forced delete that already happened). */
async function findDeletedInstance(
  client: RailwayClient,
  workspaceId: string | undefined,
  name: string,
): Promise<ProjectSummary | undefined> {
  return (await listProjects(client, workspaceId, { includeDeleted: true })).find(
    (p) => p.deletedAt && parseProjectDescription(p.description).tags.instance === name,
  );
}

/**
 * Creates (or resumes creating) a tenant instance from a stack spec already rendered with the
 * instance's parameters. Refuses a name that is taken by a finished instance.
 */
export async function createInstance(
  name: string,
  spec: StackSpec,
  stack: string,
  deps: ApplyDeps,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  validateInstanceName(name);
  if (!spec.project.name.includes(name)) {
    throw new InstanceNameError(
      `The stack's project name "${spec.project.name}" does not contain the instance name "${name}"`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: names the template syntax for the user
      "Use ${TENANT} (or {{ .name }}) in project.name so each tenant gets its own project.",
    );
  }
  const open = await deps.journal.findOpenRun(spec.project.name, spec.environment);
  if (!open) {
    const taken = (await listInstances(deps.client, deps.workspaceId, deps.clock)).find(
      (i) => i.name === name || i.projectName === spec.project.name,
    );
    if (taken) {
      throw new InstanceNameError(
        `Instance "${name}" already exists (project ${taken.projectName}, ${taken.projectId})`,
        "Pick another name, or delete the instance first.",
      );
    }
  }
  return applyStack(spec, deps, { ...options, tags: { ...options.tags, instance: name, stack } });
}

async function writeTags(
  client: RailwayClient,
  projectId: string,
  change: (tags: ProjectTags) => ProjectTags,
): Promise<void> {
  const project = await readProjectState(client, projectId);
  if (!project) throw new RailpilotError("NOT_FOUND", `Project ${projectId} no longer exists`);
  const { text, tags } = parseProjectDescription(project.description);
  await client.request(ProjectUpdateDocument, {
    id: projectId,
    input: { description: formatProjectDescription(text, change({ ...tags })) },
  });
}

export interface DeleteResult {
  name: string;
  projectId: string;
  mode: "now" | "railway" | "grace";
  at: string;
  /** True when nothing was changed: the deletion was scheduled (or done) by an earlier call. */
  already?: boolean;
}

/**
 * Soft-deletes an instance. Without a grace (or with one up to 48 h) Railway's own
 * `projectScheduleDelete` runs the countdown; a longer grace is our tag, acted on by `sweep`.
 * `force` deletes at once (the caller confirms first).
 *
 * Idempotent: a deletion already scheduled is returned as it is (repeating the command never
 * pushes the deadline later; cancel first to change it), and a forced delete of an instance
 * that is already gone succeeds.
 */
export async function deleteInstance(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
  options: { force?: boolean; graceMs?: number } = {},
): Promise<DeleteResult> {
  const all = await listInstances(client, workspaceId, clock);
  const instance = all.find((i) => i.name === name);
  const now = clock.now();
  if (!instance) {
    const gone = options.force ? await findDeletedInstance(client, workspaceId, name) : undefined;
    if (gone)
      return {
        name,
        projectId: gone.id,
        mode: "now",
        at: gone.deletedAt ?? new Date(now).toISOString(),
        already: true,
      };
    throw unknownInstance(name, all);
  }
  if (options.force) {
    try {
      await client.request(ProjectDeleteDocument, { id: instance.projectId });
    } catch (error) {
      if (!(error instanceof RailwayNotFoundError)) throw error;
      return { name, projectId: instance.projectId, mode: "now", at: new Date(now).toISOString(), already: true };
    }
    return { name, projectId: instance.projectId, mode: "now", at: new Date(now).toISOString() };
  }
  if (instance.deletion)
    return {
      name,
      projectId: instance.projectId,
      mode: instance.deletion.mode,
      at: instance.deletion.at,
      already: true,
    };
  const graceMs = options.graceMs ?? RAILWAY_SCHEDULED_DELETE_MS;
  if (graceMs <= RAILWAY_SCHEDULED_DELETE_MS) {
    const at = new Date(now + RAILWAY_SCHEDULED_DELETE_MS).toISOString();
    await client.request(ProjectScheduleDeleteDocument, { id: instance.projectId });
    await writeTags(client, instance.projectId, (t) => ({ ...t, deletionScheduled: at, deletionMode: "railway" }));
    return { name, projectId: instance.projectId, mode: "railway", at };
  }
  const at = new Date(now + graceMs).toISOString();
  await writeTags(client, instance.projectId, (t) => ({ ...t, deletionScheduled: at, deletionMode: "grace" }));
  return { name, projectId: instance.projectId, mode: "grace", at };
}

export async function cancelDelete(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
): Promise<InstanceSummary> {
  const instance = await findInstance(client, workspaceId, clock, name);
  if (!instance.deletion)
    throw new RailpilotError("NOT_SCHEDULED", `Instance "${name}" is not scheduled for deletion`, {
      hint: "Nothing to cancel.",
    });
  if (instance.deletion.mode === "railway")
    await client.request(ProjectScheduleDeleteCancelDocument, { id: instance.projectId });
  await writeTags(client, instance.projectId, (t) => {
    const { deletionScheduled: _a, deletionMode: _b, ...rest } = t;
    return rest;
  });
  return { ...instance, deletion: undefined };
}

/** Deletes every instance whose railpilot grace period has run out. Safe to run repeatedly. */
export async function sweepInstances(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
): Promise<InstanceSummary[]> {
  const due = (await listInstances(client, workspaceId, clock)).filter(
    (i) => i.deletion?.mode === "grace" && i.deletion.remainingMs === 0,
  );
  for (const i of due) await client.request(ProjectDeleteDocument, { id: i.projectId });
  return due;
}

export interface InstanceStatus extends InstanceSummary {
  services: { name: string; database: boolean; status: string | undefined; urls: string[] }[];
}

/** A service's public URLs: its Railway-generated domains and custom domains, as https URLs. */
export interface ServiceUrls {
  service: string;
  urls: string[];
}

/**
 * The public URLs of a project's app services in one environment (the project's first when not
 * given): `https://<domain>` for every generated and custom domain. Services without a domain
 * are left out.
 */
export async function publicUrls(
  client: RailwayClient,
  projectId: string,
  environmentId?: string,
): Promise<ServiceUrls[]> {
  const project = await readProjectState(client, projectId);
  const env = (
    environmentId
      ? project?.environments.edges.find((e) => e.node.id === environmentId)
      : project?.environments.edges[0]
  )?.node;
  if (!project || !env) return [];
  const out: ServiceUrls[] = [];
  for (const { node } of env.serviceInstances.edges) {
    const { domains } = await client.request(DomainsDocument, {
      projectId,
      environmentId: env.id,
      serviceId: node.serviceId,
    });
    const urls = [...domains.serviceDomains, ...domains.customDomains].map((d) => `https://${d.domain}`);
    if (urls.length > 0) out.push({ service: node.serviceName, urls });
  }
  return out.sort((a, b) => a.service.localeCompare(b.service));
}

export async function instanceStatus(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
): Promise<InstanceStatus> {
  const instance = await findInstance(client, workspaceId, clock, name);
  const project = await readProjectState(client, instance.projectId);
  const templated = new Set(project?.services.edges.filter((e) => e.node.templateId).map((e) => e.node.id));
  const env = project?.environments.edges[0]?.node;
  const urls = new Map((await publicUrls(client, instance.projectId, env?.id)).map((u) => [u.service, u.urls]));
  const services = (env?.serviceInstances.edges ?? []).map(({ node }) => ({
    name: node.serviceName,
    database: templated.has(node.serviceId),
    status: node.latestDeployment?.status,
    urls: urls.get(node.serviceName) ?? [],
  }));
  return { ...instance, services: services.sort((a, b) => a.name.localeCompare(b.name)) };
}

export interface RedeployResult {
  /** Services a deployment was started for. */
  deployed: string[];
  /** Services left alone: a deployment is already on its way (an earlier attempt's, or anyone's). */
  skipped: string[];
}

/**
 * Deploys every app service of the instance again (databases are left alone). A service whose
 * latest deployment is still in progress, or was created at or after `since` (the start of the
 * command, when it is retried), is skipped: running the command twice does not stack a second
 * deployment on the first.
 */
export async function redeployInstance(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
  options: { since?: number } = {},
): Promise<RedeployResult> {
  const instance = await findInstance(client, workspaceId, clock, name);
  const project = await readProjectState(client, instance.projectId);
  const templated = new Set(project?.services.edges.filter((e) => e.node.templateId).map((e) => e.node.id));
  const result: RedeployResult = { deployed: [], skipped: [] };
  for (const { node: env } of project?.environments.edges ?? []) {
    for (const { node } of env.serviceInstances.edges) {
      if (templated.has(node.serviceId)) continue;
      const latest = node.latestDeployment;
      const fresh =
        latest &&
        (isInProgress(latest.status) || (options.since !== undefined && Date.parse(latest.createdAt) >= options.since));
      if (fresh) {
        result.skipped.push(node.serviceName);
        continue;
      }
      await client.request(ServiceInstanceDeployV2Document, { serviceId: node.serviceId, environmentId: env.id });
      result.deployed.push(node.serviceName);
    }
  }
  return result;
}

/** How many tenants to create at once: enough to keep the request budget busy, never more than 8. */
export function fleetConcurrency(perSecond: number, count: number): number {
  const bySecond = Number.isFinite(perSecond) ? Math.max(1, Math.floor(perSecond / 2)) : 8;
  return Math.max(1, Math.min(8, bySecond, count));
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      try {
        results[i] = { status: "fulfilled", value: await work(items[i] as T, i) };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Parses tenants.csv: a header row with `name` plus parameter columns; `#` lines are comments. */
export function parseTenantsCsv(text: string): { name: string; params: Record<string, string> }[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  const header = (lines.shift() ?? "").split(",").map((h) => h.trim());
  const nameCol = header.indexOf("name");
  if (nameCol < 0)
    throw new RailpilotError("USAGE", 'tenants CSV needs a "name" column', {
      hint: "First line: name,PLAN,REGION (any parameter columns).",
    });
  return lines.map((line, row) => {
    const cells = line.split(",").map((c) => c.trim());
    if (cells.length !== header.length) {
      throw new RailpilotError(
        "USAGE",
        `tenants CSV line ${row + 2} has ${cells.length} cells, the header has ${header.length}`,
        { hint: "Quote-free CSV: one value per column." },
      );
    }
    const params: Record<string, string> = {};
    header.forEach((h, i) => {
      if (i !== nameCol) params[h] = cells[i] as string;
    });
    return { name: cells[nameCol] as string, params };
  });
}
