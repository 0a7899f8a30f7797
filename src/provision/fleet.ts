import { type Clock, RailpilotError } from "../core/index.js";
import {
  ProjectDeleteDocument,
  ProjectScheduleDeleteCancelDocument,
  ProjectScheduleDeleteDocument,
  ProjectUpdateDocument,
  type RailwayClient,
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

export async function listInstances(client: RailwayClient, workspaceId: string | undefined, clock: Clock): Promise<InstanceSummary[]> {
  const now = clock.now();
  return (await listProjects(client, workspaceId))
    .map((p) => toInstance(p, now))
    .filter((i): i is InstanceSummary => i !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function findInstance(client: RailwayClient, workspaceId: string | undefined, clock: Clock, name: string): Promise<InstanceSummary> {
  const hit = (await listInstances(client, workspaceId, clock)).find((i) => i.name === name);
  if (!hit) throw new RailpilotError("NOT_FOUND", `No instance named "${name}"`, { hint: "List instances with `railpilot instances list`." });
  return hit;
}

/**
 * Creates (or resumes creating) a tenant instance from a stack spec already rendered with the
 * instance's parameters. Refuses a name that is taken by a finished instance.
 */
export async function createInstance(name: string, spec: StackSpec, stack: string, deps: ApplyDeps, options: ApplyOptions = {}): Promise<ApplyResult> {
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
    const taken = (await listInstances(deps.client, deps.workspaceId, deps.clock)).find((i) => i.name === name || i.projectName === spec.project.name);
    if (taken) {
      throw new InstanceNameError(`Instance "${name}" already exists (project ${taken.projectName}, ${taken.projectId})`, "Pick another name, or delete the instance first.");
    }
  }
  return applyStack(spec, deps, { ...options, tags: { ...options.tags, instance: name, stack } });
}

async function writeTags(client: RailwayClient, projectId: string, change: (tags: ProjectTags) => ProjectTags): Promise<void> {
  const project = await readProjectState(client, projectId);
  if (!project) throw new RailpilotError("NOT_FOUND", `Project ${projectId} no longer exists`);
  const { text, tags } = parseProjectDescription(project.description);
  await client.request(ProjectUpdateDocument, { id: projectId, input: { description: formatProjectDescription(text, change({ ...tags })) } });
}

export interface DeleteResult {
  name: string;
  projectId: string;
  mode: "now" | "railway" | "grace";
  at: string;
}

/**
 * Soft-deletes an instance. Without a grace (or with one up to 48 h) Railway's own
 * `projectScheduleDelete` runs the countdown; a longer grace is our tag, acted on by `sweep`.
 * `force` deletes at once (the caller confirms first).
 */
export async function deleteInstance(
  client: RailwayClient,
  workspaceId: string | undefined,
  clock: Clock,
  name: string,
  options: { force?: boolean; graceMs?: number } = {},
): Promise<DeleteResult> {
  const instance = await findInstance(client, workspaceId, clock, name);
  const now = clock.now();
  if (options.force) {
    await client.request(ProjectDeleteDocument, { id: instance.projectId });
    return { name, projectId: instance.projectId, mode: "now", at: new Date(now).toISOString() };
  }
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

export async function cancelDelete(client: RailwayClient, workspaceId: string | undefined, clock: Clock, name: string): Promise<InstanceSummary> {
  const instance = await findInstance(client, workspaceId, clock, name);
  if (!instance.deletion) throw new RailpilotError("NOT_SCHEDULED", `Instance "${name}" is not scheduled for deletion`, { hint: "Nothing to cancel." });
  if (instance.deletion.mode === "railway") await client.request(ProjectScheduleDeleteCancelDocument, { id: instance.projectId });
  await writeTags(client, instance.projectId, (t) => {
    const { deletionScheduled: _a, deletionMode: _b, ...rest } = t;
    return rest;
  });
  return { ...instance, deletion: undefined };
}

/** Deletes every instance whose railpilot grace period has run out. Safe to run repeatedly. */
export async function sweepInstances(client: RailwayClient, workspaceId: string | undefined, clock: Clock): Promise<InstanceSummary[]> {
  const due = (await listInstances(client, workspaceId, clock)).filter((i) => i.deletion?.mode === "grace" && i.deletion.remainingMs === 0);
  for (const i of due) await client.request(ProjectDeleteDocument, { id: i.projectId });
  return due;
}

export interface InstanceStatus extends InstanceSummary {
  services: { name: string; database: boolean; status: string | undefined }[];
}

export async function instanceStatus(client: RailwayClient, workspaceId: string | undefined, clock: Clock, name: string): Promise<InstanceStatus> {
  const instance = await findInstance(client, workspaceId, clock, name);
  const project = await readProjectState(client, instance.projectId);
  const templated = new Set(project?.services.edges.filter((e) => e.node.templateId).map((e) => e.node.id));
  const env = project?.environments.edges[0]?.node;
  const services = (env?.serviceInstances.edges ?? []).map(({ node }) => ({
    name: node.serviceName,
    database: templated.has(node.serviceId),
    status: node.latestDeployment?.status,
  }));
  return { ...instance, services: services.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Deploys every app service of the instance again (databases are left alone). */
export async function redeployInstance(client: RailwayClient, workspaceId: string | undefined, clock: Clock, name: string): Promise<string[]> {
  const instance = await findInstance(client, workspaceId, clock, name);
  const project = await readProjectState(client, instance.projectId);
  const templated = new Set(project?.services.edges.filter((e) => e.node.templateId).map((e) => e.node.id));
  const deployed: string[] = [];
  for (const { node: env } of project?.environments.edges ?? []) {
    for (const { node } of env.serviceInstances.edges) {
      if (templated.has(node.serviceId)) continue;
      await client.request(ServiceInstanceDeployV2Document, { serviceId: node.serviceId, environmentId: env.id });
      deployed.push(node.serviceName);
    }
  }
  return deployed;
}

/** How many tenants to create at once: enough to keep the request budget busy, never more than 8. */
export function fleetConcurrency(perSecond: number, count: number): number {
  const bySecond = Number.isFinite(perSecond) ? Math.max(1, Math.floor(perSecond / 2)) : 8;
  return Math.max(1, Math.min(8, bySecond, count));
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
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
  if (nameCol < 0) throw new RailpilotError("USAGE", 'tenants CSV needs a "name" column', { hint: "First line: name,PLAN,REGION (any parameter columns)." });
  return lines.map((line, row) => {
    const cells = line.split(",").map((c) => c.trim());
    if (cells.length !== header.length) {
      throw new RailpilotError("USAGE", `tenants CSV line ${row + 2} has ${cells.length} cells, the header has ${header.length}`, { hint: "Quote-free CSV: one value per column." });
    }
    const params: Record<string, string> = {};
    header.forEach((h, i) => {
      if (i !== nameCol) params[h] = cells[i] as string;
    });
    return { name: cells[nameCol] as string, params };
  });
}
