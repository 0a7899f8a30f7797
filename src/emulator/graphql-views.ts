import { instanceStatuses } from "./deployment-lifecycle.js";
import type {
  CustomDomainRec,
  DeploymentEventRec,
  DeploymentRec,
  EnvironmentRec,
  InstanceRec,
  LogRow,
  ProjectRec,
  ServiceDomainRec,
  ServiceRec,
  VolumeInstanceRec,
  VolumeRec,
  WorkspaceRec,
} from "./model.js";
import type { RequestContext } from "./request-context.js";
import { canRedeploy, canRollback } from "./world.js";

/**
 * Views turn records into the schema's shapes. Relations are methods: graphql-js's default
 * resolver calls a function-valued property with (args, context), so nothing is computed
 * unless the query selects it.
 */
export const iso = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString();

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Relay pagination over an ordered list; the cursor is the node id. */
export function connection<T extends { id: string }, V>(items: T[], args: PageArgs, view: (item: T) => V) {
  let start = 0;
  let end = items.length;
  if (args.after) {
    const i = items.findIndex((x) => x.id === args.after);
    if (i >= 0) start = i + 1;
  }
  if (args.before) {
    const i = items.findIndex((x) => x.id === args.before);
    if (i >= 0) end = i;
  }
  let slice = items.slice(start, end);
  let hasNextPage = end < items.length;
  let hasPreviousPage = start > 0;
  if (typeof args.first === "number" && args.first >= 0 && slice.length > args.first) {
    slice = slice.slice(0, args.first);
    hasNextPage = true;
  }
  if (typeof args.last === "number" && args.last >= 0 && slice.length > args.last) {
    slice = slice.slice(slice.length - args.last);
    hasPreviousPage = true;
  }
  return {
    edges: slice.map((item) => ({ cursor: item.id, node: view(item) })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: slice[0]?.id ?? null,
      endCursor: slice[slice.length - 1]?.id ?? null,
    },
  };
}

const byCreatedAsc = <T extends { createdAt: number }>(a: T, b: T) => a.createdAt - b.createdAt;
const byCreatedDesc = <T extends { createdAt: number }>(a: T, b: T) => b.createdAt - a.createdAt;

export function rateLimitView(ctx: RequestContext) {
  const info = ctx.rateLimit();
  return { remainingPoints: info.remaining, resetsAt: iso(info.resetAt) };
}

export function workspaceView(ctx: RequestContext, ws: WorkspaceRec) {
  return {
    id: ws.id,
    name: ws.name,
    avatar: null,
    createdAt: iso(ws.createdAt),
    updatedAt: iso(ws.createdAt),
    apiTokenRateLimit: () => rateLimitView(ctx),
    projects: (args: PageArgs) =>
      connection(
        ctx.world
          .liveProjects()
          .filter((p) => p.workspaceId === ws.id && ctx.auth.canSeeProject(p))
          .sort(byCreatedDesc),
        args,
        (p) => projectView(ctx, p),
      ),
  };
}

export function projectView(ctx: RequestContext, p: ProjectRec) {
  const w = ctx.world;
  const bound = ctx.auth.boundEnvironmentId;
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    deletedAt: iso(p.deletedAt),
    expiredAt: null,
    isPublic: p.isPublic,
    isTempProject: false,
    prDeploys: p.prDeploys,
    botPrEnvironments: p.botPrEnvironments,
    focusedPrEnvironments: p.focusedPrEnvironments,
    baseEnvironmentId: p.baseEnvironmentId,
    primaryEnvironmentId:
      w
        .environmentsOf(p.id)
        .filter((e) => !e.isEphemeral)
        .sort(byCreatedAsc)[0]?.id ?? null,
    workspaceId: p.workspaceId,
    workspace: () => {
      const ws = w.workspaces.get(p.workspaceId);
      return ws ? workspaceView(ctx, ws) : null;
    },
    baseEnvironment: () => {
      const env = p.baseEnvironmentId ? w.environments.get(p.baseEnvironmentId) : undefined;
      return env && env.deletedAt === null ? environmentView(ctx, env) : null;
    },
    environments: (args: PageArgs & { isEphemeral?: boolean | null }) =>
      connection(
        w
          .environmentsOf(p.id)
          .filter((e) => (bound ? e.id === bound : true))
          .filter((e) => (typeof args.isEphemeral === "boolean" ? e.isEphemeral === args.isEphemeral : true))
          .sort(byCreatedAsc),
        args,
        (e) => environmentView(ctx, e),
      ),
    services: (args: PageArgs) => connection(w.servicesOf(p.id).sort(byCreatedAsc), args, (s) => serviceView(ctx, s)),
    volumes: (args: PageArgs) =>
      connection([...w.volumes.values()].filter((v) => v.projectId === p.id).sort(byCreatedAsc), args, (v) =>
        volumeView(ctx, v),
      ),
    // The emulator has no storage buckets: always an empty connection (Railway's CLI selects it).
    buckets: (args: PageArgs) => connection<{ id: string }, never>([], args, () => undefined as never),
  };
}

export function environmentView(ctx: RequestContext, e: EnvironmentRec) {
  const w = ctx.world;
  return {
    id: e.id,
    name: e.name,
    projectId: e.projectId,
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
    deletedAt: iso(e.deletedAt),
    isEphemeral: e.isEphemeral,
    // The token could read this environment to be shown it at all.
    canAccess: true,
    unmergedChangesCount: 0,
    meta: e.sourceEnvironmentId
      ? {
          baseBranch: null,
          branch: null,
          latestSuccessfulGitHubDeploymentId: null,
          prCommentId: null,
          prNumber: null,
          prRepo: null,
          prTitle: null,
          skippedResourceIds: null,
        }
      : null,
    sourceEnvironment: () => {
      const src = e.sourceEnvironmentId ? w.environments.get(e.sourceEnvironmentId) : undefined;
      return src ? environmentView(ctx, src) : null;
    },
    serviceInstances: (args: PageArgs) =>
      connection(
        [...w.instances.values()]
          .filter((i) => i.environmentId === e.id && i.deletedAt === null && isVisible(ctx, i.serviceId))
          .sort(byCreatedAsc),
        args,
        (i) => instanceView(ctx, i),
      ),
    deployments: (args: PageArgs) =>
      connection(
        [...w.deployments.values()]
          .filter((d) => d.environmentId === e.id)
          .sort((a, b) => b.createdAt - a.createdAt || b.seqOrder - a.seqOrder),
        args,
        (d) => deploymentView(ctx, d),
      ),
    volumeInstances: (args: PageArgs) =>
      connection(
        [...w.volumeInstances.values()].filter((v) => v.environmentId === e.id).sort(byCreatedAsc),
        args,
        (v) => volumeInstanceView(ctx, v),
      ),
  };
}

function isVisible(ctx: RequestContext, serviceId: string): boolean {
  const s = ctx.world.services.get(serviceId);
  return s !== undefined && s.deletedAt === null && s.visibleAt <= ctx.world.now();
}

export function serviceView(ctx: RequestContext, s: ServiceRec) {
  const w = ctx.world;
  const bound = ctx.auth.boundEnvironmentId;
  return {
    id: s.id,
    name: s.name,
    icon: s.icon,
    projectId: s.projectId,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    deletedAt: iso(s.deletedAt),
    templateId: s.templateId,
    templateServiceId: s.templateServiceId,
    project: () => projectView(ctx, w.getProject(s.projectId)),
    serviceInstances: (args: PageArgs) =>
      connection(
        [...w.instances.values()]
          .filter((i) => i.serviceId === s.id && i.deletedAt === null && (bound ? i.environmentId === bound : true))
          .sort(byCreatedAsc),
        args,
        (i) => instanceView(ctx, i),
      ),
    deployments: (args: PageArgs) =>
      connection(
        [...w.deployments.values()]
          .filter((d) => d.serviceId === s.id && (bound ? d.environmentId === bound : true))
          .sort((a, b) => b.createdAt - a.createdAt || b.seqOrder - a.seqOrder),
        args,
        (d) => deploymentView(ctx, d),
      ),
  };
}

export function instanceView(ctx: RequestContext, i: InstanceRec) {
  const w = ctx.world;
  const svc = w.services.get(i.serviceId);
  return {
    id: i.id,
    serviceId: i.serviceId,
    serviceName: svc?.name ?? "",
    environmentId: i.environmentId,
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
    deletedAt: iso(i.deletedAt),
    source: i.repo || i.image ? { repo: i.repo, image: i.image } : null,
    rootDirectory: i.rootDirectory,
    buildCommand: i.buildCommand,
    builder: i.builder,
    startCommand: i.startCommand,
    preDeployCommand: i.preDeployCommand,
    cronSchedule: i.cronSchedule,
    dockerfilePath: i.dockerfilePath,
    railwayConfigFile: i.railwayConfigFile,
    watchPatterns: i.watchPatterns,
    healthcheckPath: i.healthcheckPath,
    healthcheckTimeout: i.healthcheckTimeout,
    numReplicas: i.numReplicas,
    region: i.region,
    restartPolicyType: i.restartPolicyType,
    restartPolicyMaxRetries: i.restartPolicyMaxRetries,
    sleepApplication: i.sleepApplication,
    drainingSeconds: i.drainingSeconds,
    overlapSeconds: i.overlapSeconds,
    isUpdatable: true,
    upstreamUrl: i.repo ? `https://github.com/${i.repo}` : null,
    nextCronRunAt: null,
    service: () => (svc ? serviceView(ctx, svc) : null),
    latestDeployment: () => {
      const d = w.latestDeployment(i.serviceId, i.environmentId);
      return d ? deploymentView(ctx, d) : null;
    },
    activeDeployments: () =>
      w
        .deploymentsOf(i.serviceId, i.environmentId)
        .filter((d) => d.status === "SUCCESS" || d.status === "SLEEPING")
        .map((d) => deploymentView(ctx, d)),
    domains: () => domainsView(ctx, i.serviceId, i.environmentId),
  };
}

export function domainsView(ctx: RequestContext, serviceId: string, environmentId: string) {
  const d = ctx.world.domainsOf(serviceId, environmentId);
  return {
    serviceDomains: d.service.map(serviceDomainView),
    customDomains: d.custom.map(customDomainView),
  };
}

export function serviceDomainView(d: ServiceDomainRec) {
  const suffix = "up.railway.app";
  return {
    id: d.id,
    domain: d.domain,
    suffix,
    serviceId: d.serviceId,
    environmentId: d.environmentId,
    projectId: d.projectId,
    targetPort: d.targetPort,
    syncStatus: "ACTIVE",
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.createdAt),
    deletedAt: null,
    cdnMode: null,
    edgeId: null,
    newDomainName: null,
    newHostLabel: null,
  };
}

export function customDomainView(d: CustomDomainRec) {
  const host = d.domain.split(".")[0] ?? "@";
  return {
    id: d.id,
    domain: d.domain,
    serviceId: d.serviceId,
    environmentId: d.environmentId,
    projectId: d.projectId,
    targetPort: d.targetPort,
    syncStatus: "ACTIVE",
    isRailwayDomain: false,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.createdAt),
    deletedAt: null,
    cdnMode: null,
    edgeId: null,
    cnameCheck: { link: null, message: "Waiting for DNS update", status: "WAITING" },
    status: {
      cdnProvider: null,
      certificateStatus: "CERTIFICATE_STATUS_TYPE_VALIDATING_OWNERSHIP",
      verified: false,
      verificationDnsHost: `_railway-verify.${host}`,
      verificationToken: d.verificationToken,
      dnsRecords: [
        {
          currentValue: "",
          fqdn: d.domain,
          hostlabel: host,
          purpose: "DNS_RECORD_PURPOSE_TRAFFIC_ROUTE",
          recordType: "DNS_RECORD_TYPE_CNAME",
          requiredValue: `${d.id.slice(0, 8)}.up.railway.app`,
          status: "DNS_RECORD_STATUS_REQUIRES_UPDATE",
          zone: d.domain.split(".").slice(1).join("."),
        },
      ],
    },
  };
}

export function deploymentView(ctx: RequestContext, d: DeploymentRec) {
  const w = ctx.world;
  const domain = w.domainsOf(d.serviceId, d.environmentId).service[0]?.domain ?? null;
  return {
    id: d.id,
    status: d.status,
    statusUpdatedAt: iso(d.statusUpdatedAt),
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
    projectId: d.projectId,
    environmentId: d.environmentId,
    serviceId: d.serviceId,
    snapshotId: d.snapshotId,
    url: domain ? `https://${domain}` : null,
    staticUrl: domain,
    canRedeploy: canRedeploy(d),
    canRollback: canRollback(d),
    deploymentStopped: d.stopped || d.status === "REMOVED" || d.status === "CRASHED",
    meta: d.meta,
    // Railway's automatic diagnosis has no documented shape; the emulator never produces one.
    diagnosis: null,
    instances: instanceStatuses(d).map((status, n) => ({ id: `${d.id.slice(0, 8)}-${n}`, status })),
    creator: d.creator,
    suggestAddServiceDomain: domain === null,
    sockets:
      d.status === "SUCCESS"
        ? [{ ipv6: false, port: 8080, processName: "node", updatedAt: Math.floor((d.liveAt ?? d.updatedAt) / 1000) }]
        : [],
    environment: () => environmentView(ctx, w.getEnvironment(d.environmentId)),
    service: () => serviceView(ctx, w.getService(d.serviceId, { ignorePropagation: true })),
  };
}

export function deploymentEventView(e: DeploymentEventRec) {
  return { id: e.id, step: e.step, createdAt: iso(e.createdAt), completedAt: iso(e.completedAt), payload: e.payload };
}

export function logView(row: LogRow, d: DeploymentRec) {
  return {
    message: row.message,
    timestamp: row.timestamp,
    severity: row.severity,
    attributes: row.attributes,
    tags: {
      deploymentId: d.id,
      deploymentInstanceId: `${d.id.slice(0, 8)}-0`,
      environmentId: d.environmentId,
      projectId: d.projectId,
      serviceId: d.serviceId,
      snapshotId: d.snapshotId,
      pluginId: null,
    },
  };
}

export function volumeView(ctx: RequestContext, v: VolumeRec) {
  return {
    id: v.id,
    name: v.name,
    projectId: v.projectId,
    createdAt: iso(v.createdAt),
    project: () => projectView(ctx, ctx.world.getProject(v.projectId)),
    volumeInstances: (args: PageArgs) =>
      connection(
        [...ctx.world.volumeInstances.values()].filter((vi) => vi.volumeId === v.id),
        args,
        (vi) => volumeInstanceView(ctx, vi),
      ),
  };
}

export function volumeInstanceView(ctx: RequestContext, vi: VolumeInstanceRec) {
  const w = ctx.world;
  return {
    id: vi.id,
    volumeId: vi.volumeId,
    environmentId: vi.environmentId,
    serviceId: vi.serviceId,
    mountPath: vi.mountPath,
    sizeMB: vi.sizeMB,
    currentSizeMB: vi.currentSizeMB,
    region: vi.region,
    state: "READY",
    externalId: null,
    isPendingDeletion: false,
    createdAt: iso(vi.createdAt),
    deletedAt: null,
    environment: () => environmentView(ctx, w.getEnvironment(vi.environmentId)),
    service: () => (vi.serviceId ? serviceView(ctx, w.getService(vi.serviceId)) : null),
    volume: () => {
      const v = w.volumes.get(vi.volumeId);
      return v ? volumeView(ctx, v) : null;
    },
  };
}
