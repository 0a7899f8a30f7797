import type { Clock } from "../core/index.js";
import { DomainsDocument, type RailwayClient, RailwayTimeoutError } from "../railway/index.js";
import type { CreatedResource, PendingLookup } from "./journal.js";
import { findProjectByName, readProjectState } from "./live-reader.js";
import { DEFAULT_QUIRKS, pollUntil, type QuirkOptions } from "./railway-quirks.js";

/**
 * Finding what a create left behind when its answer never came (a timeout, a dropped
 * connection, a template still deploying). The applier journals a `pending` record before it
 * sends a create; once Railway answers, the record gets the id. When the answer is lost, the
 * record keeps the lookup below, and the applier (at once) or compensation (later) finds the
 * resource by name, domain or mount path instead.
 */
export interface LookupDeps {
  client: RailwayClient;
  clock: Clock;
  quirks?: QuirkOptions;
}

/** A template's own service names: `postgres`, `Postgres`, `Postgres-2`. */
export function isTemplateServiceName(engine: string, name: string): boolean {
  const lower = name.toLowerCase();
  return lower === engine || new RegExp(`^${engine}-\\d+$`).test(lower);
}

/**
 * The resources a pending record stands for, as plain records with ids ([] when nothing was
 * created). A service may take a while to show up (propagation), so services are polled for up
 * to the visibility bound before "nothing" is believed. Throws when Railway cannot be asked.
 */
export async function resolvePending(r: CreatedResource, deps: LookupDeps): Promise<CreatedResource[]> {
  const p = r.pending;
  if (!p) return [r];
  const excluded = new Set(p.excludeIds ?? []);
  const names = new Set(p.names ?? []);
  const { client } = deps;
  switch (r.type) {
    case "project": {
      const name = p.names?.[0];
      if (!name) return [];
      const hit = await findProjectByName(client, name, p.workspaceId);
      return hit && !excluded.has(hit.id) ? [{ type: "project", id: hit.id, name: hit.name }] : [];
    }
    case "environment": {
      if (!p.projectId) return [];
      const project = await readProjectState(client, p.projectId);
      const env = project?.environments.edges.map((e) => e.node).find((e) => names.has(e.name) && !excluded.has(e.id));
      return env ? [{ type: "environment", id: env.id, name: env.name }] : [];
    }
    case "service":
      return findService(r, p, deps);
    case "volume": {
      if (!p.projectId) return [];
      const project = await readProjectState(client, p.projectId);
      const env = project?.environments.edges.find((e) => e.node.id === p.environmentId)?.node;
      const hit = env?.volumeInstances.edges
        .map((e) => e.node)
        .find((v) => v.serviceId === p.serviceId && v.mountPath === p.mountPath && !excluded.has(v.volumeId));
      return hit ? [{ type: "volume", id: hit.volumeId, ...(p.serviceId ? { serviceId: p.serviceId } : {}) }] : [];
    }
    case "service-domain":
    case "custom-domain": {
      if (!p.projectId || !p.environmentId || !p.serviceId) return [];
      const { domains } = await client.request(DomainsDocument, {
        projectId: p.projectId,
        environmentId: p.environmentId,
        serviceId: p.serviceId,
      });
      const list =
        r.type === "service-domain"
          ? domains.serviceDomains
          : domains.customDomains.filter((d) => d.domain === p.domain);
      return list
        .filter((d) => !excluded.has(d.id) && (p.targetPort === undefined || d.targetPort === p.targetPort))
        .map((d) => ({ type: r.type, id: d.id, serviceId: p.serviceId as string }));
    }
    default:
      return [];
  }
}

async function findService(r: CreatedResource, p: PendingLookup, deps: LookupDeps): Promise<CreatedResource[]> {
  const projectId = p.projectId;
  if (!projectId) return [];
  const excluded = new Set(p.excludeIds ?? []);
  const names = new Set(p.names ?? []);
  const quirks = { ...DEFAULT_QUIRKS, ...deps.quirks };
  const matches = (s: { id: string; name: string }) =>
    !excluded.has(s.id) && (names.has(s.name) || (p.engine !== undefined && isTemplateServiceName(p.engine, s.name)));
  let project: Awaited<ReturnType<typeof readProjectState>> | null;
  try {
    project = await pollUntil(
      `The service ${r.name ?? ""} to appear`,
      async () => {
        const state = await readProjectState(deps.client, projectId);
        if (!state) return null; // the project is gone, and the service with it
        return state.services.edges.some((e) => matches(e.node)) ? state : undefined;
      },
      deps.clock,
      { timeoutMs: quirks.visibilityTimeoutMs, intervalMs: quirks.visibilityIntervalMs },
    );
  } catch (error) {
    // Never showed up within the bound: not created. (A request that timed out is another matter.)
    if (!(error instanceof RailwayTimeoutError) && (error as { code?: unknown }).code === "TIMEOUT") return [];
    throw error;
  }
  if (!project) return [];
  const out: CreatedResource[] = [];
  for (const { node } of project.services.edges) {
    if (!matches(node)) continue;
    out.push({ type: "service", id: node.id, name: node.name });
    if (p.engine !== undefined) out.push(...volumesOf(project, node.id));
  }
  return out;
}

/** The volumes attached to a service in any environment (a template's data volume). */
export function volumesOf(
  project: NonNullable<Awaited<ReturnType<typeof readProjectState>>>,
  serviceId: string,
): CreatedResource[] {
  const seen = new Set<string>();
  const out: CreatedResource[] = [];
  for (const { node: env } of project.environments.edges) {
    for (const { node: v } of env.volumeInstances.edges) {
      if (v.serviceId !== serviceId || seen.has(v.volumeId)) continue;
      seen.add(v.volumeId);
      out.push({ type: "volume", id: v.volumeId, serviceId });
    }
  }
  return out;
}
