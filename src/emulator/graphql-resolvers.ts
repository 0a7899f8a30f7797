import { createDatabaseService, DATABASE_TEMPLATES, detectDatabase, serializedTemplateConfig } from "./database-templates.js";
import { badRequest, EmulatorApiError, notAuthorized, notFound } from "./emulator-errors.js";
import {
  connection,
  customDomainView,
  deploymentEventView,
  deploymentView,
  domainsView,
  environmentView,
  instanceView,
  iso,
  logView,
  type PageArgs,
  projectView,
  rateLimitView,
  serviceDomainView,
  serviceView,
  volumeView,
  workspaceView,
} from "./graphql-views.js";
import { selectLogRows, selectWindow, logFilter } from "./log-queries.js";
import type { DeploymentRec, DeploymentStatus, InstanceRec } from "./model.js";
import { type RequestContext, touchService } from "./request-context.js";
import { synthMetrics, httpMetricSamples } from "./synthetic-metrics.js";

/** A root field resolver: (args, context). */
export type RootResolver = (args: Record<string, unknown>, ctx: RequestContext) => unknown;

type Args = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const reqStr = (args: Args, name: string): string => {
  const v = args[name];
  if (typeof v !== "string") throw badRequest(`Argument ${name} is required`);
  return v;
};
const obj = (v: unknown): Args => (v && typeof v === "object" ? (v as Args) : {});
const page = (args: Args): PageArgs => ({
  first: args.first as number | null,
  after: args.after as string | null,
  last: args.last as number | null,
  before: args.before as string | null,
});

function varsInput(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) {
    if (val === null || val === undefined) continue;
    out[k] = typeof val === "string" ? val : JSON.stringify(val);
  }
  return out;
}

function deploymentsList(ctx: RequestContext, input: Args): DeploymentRec[] {
  const w = ctx.world;
  const projectId = str(input.projectId);
  const environmentId = str(input.environmentId);
  const serviceId = str(input.serviceId);
  if (projectId) ctx.auth.project(projectId);
  if (environmentId) ctx.auth.environment(environmentId);
  if (serviceId) ctx.auth.service(serviceId);
  const status = obj(input.status);
  const inList = Array.isArray(status.in) ? new Set(status.in as DeploymentStatus[]) : undefined;
  const notIn = Array.isArray(status.notIn) ? new Set(status.notIn as DeploymentStatus[]) : undefined;
  const bound = ctx.auth.boundEnvironmentId;
  return [...w.deployments.values()]
    .filter((d) => {
      const p = w.projects.get(d.projectId);
      if (!p || p.deletedAt !== null || !ctx.auth.canSeeProject(p)) return false;
      if (bound && d.environmentId !== bound) return false;
      if (projectId && d.projectId !== projectId) return false;
      if (environmentId && d.environmentId !== environmentId) return false;
      if (serviceId && d.serviceId !== serviceId) return false;
      if (inList && !inList.has(d.status)) return false;
      if (notIn?.has(d.status)) return false;
      return true;
    })
    .sort((a, b) => b.createdAt - a.createdAt || b.seqOrder - a.seqOrder);
}

function applyInstanceUpdate(inst: InstanceRec, input: Args): void {
  const set = <K extends keyof InstanceRec>(key: K, value: unknown) => {
    if (value !== undefined) (inst as unknown as Record<string, unknown>)[key] = value;
  };
  const source = input.source === undefined ? undefined : obj(input.source);
  if (source) {
    if (source.repo !== undefined) inst.repo = (source.repo as string | null) ?? null;
    if (source.image !== undefined) inst.image = (source.image as string | null) ?? null;
  }
  set("buildCommand", input.buildCommand);
  set("builder", input.builder ?? undefined);
  set("cronSchedule", input.cronSchedule);
  set("dockerfilePath", input.dockerfilePath);
  set("drainingSeconds", input.drainingSeconds);
  set("healthcheckPath", input.healthcheckPath);
  set("healthcheckTimeout", input.healthcheckTimeout);
  set("numReplicas", input.numReplicas ?? undefined);
  set("overlapSeconds", input.overlapSeconds);
  set("preDeployCommand", input.preDeployCommand);
  set("railwayConfigFile", input.railwayConfigFile);
  set("region", input.region ?? undefined);
  set("restartPolicyMaxRetries", input.restartPolicyMaxRetries ?? undefined);
  set("restartPolicyType", input.restartPolicyType ?? undefined);
  set("rootDirectory", input.rootDirectory);
  set("sleepApplication", input.sleepApplication ?? undefined);
  set("startCommand", input.startCommand);
  set("watchPatterns", input.watchPatterns ?? undefined);
}

export const Query: Record<string, RootResolver> = {
  me(_args, ctx) {
    const t = ctx.auth.requireAccount();
    const user = t.userId ? ctx.world.users.get(t.userId) : undefined;
    if (!user) throw notAuthorized();
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      username: user.username,
      avatar: null,
      createdAt: iso(user.createdAt),
      workspaces: () => [...ctx.world.workspaces.values()].map((w) => workspaceView(ctx, w)),
      apiTokenRateLimit: () => rateLimitView(ctx),
    };
  },
  workspace(args, ctx) {
    const id = reqStr(args, "workspaceId");
    ctx.auth.workspace(id);
    const ws = ctx.world.workspaces.get(id);
    if (!ws) throw notFound("Workspace");
    return workspaceView(ctx, ws);
  },
  projects(args, ctx) {
    const t = ctx.auth.require();
    if (t.kind === "project") throw notAuthorized();
    const workspaceId = str(args.workspaceId);
    if (workspaceId) ctx.auth.workspace(workspaceId);
    const items = [...ctx.world.projects.values()]
      .filter((p) => (args.includeDeleted ? true : p.deletedAt === null))
      .filter((p) => ctx.auth.canSeeProject(p) && (!workspaceId || p.workspaceId === workspaceId));
    const order = str(args.orderBy) ?? "CREATED_AT_DESC";
    items.sort((a, b) =>
      order === "NAME_ASC" ? a.name.localeCompare(b.name) : order === "UPDATED_AT_DESC" ? b.updatedAt - a.updatedAt : b.createdAt - a.createdAt,
    );
    return connection(items, page(args), (p) => projectView(ctx, p));
  },
  project(args, ctx) {
    return projectView(ctx, ctx.auth.project(reqStr(args, "id")));
  },
  projectToken(_args, ctx) {
    const t = ctx.auth.requireProjectToken();
    const project = ctx.world.getProject(t.projectId as string);
    const env = ctx.world.getEnvironment(t.environmentId as string);
    return {
      id: t.id,
      name: t.name,
      projectId: project.id,
      environmentId: env.id,
      displayToken: `${t.token.slice(0, 4)}...${t.token.slice(-4)}`,
      createdAt: iso(t.createdAt),
      project: () => projectView(ctx, project),
      environment: () => environmentView(ctx, env),
    };
  },
  environments(args, ctx) {
    const project = ctx.auth.project(reqStr(args, "projectId"));
    const bound = ctx.auth.boundEnvironmentId;
    const items = ctx.world
      .environmentsOf(project.id)
      .filter((e) => (bound ? e.id === bound : true))
      .filter((e) => (typeof args.isEphemeral === "boolean" ? e.isEphemeral === args.isEphemeral : true))
      .sort((a, b) => a.createdAt - b.createdAt);
    return connection(items, page(args), (e) => environmentView(ctx, e));
  },
  environment(args, ctx) {
    const id = reqStr(args, "id");
    ctx.auth.environment(id);
    const env = ctx.world.getEnvironment(id);
    if (str(args.projectId) && env.projectId !== args.projectId) throw notFound("Environment");
    return environmentView(ctx, env);
  },
  service(args, ctx) {
    const id = reqStr(args, "id");
    ctx.auth.service(id);
    return serviceView(ctx, ctx.world.getService(id));
  },
  serviceInstance(args, ctx) {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    return instanceView(ctx, ctx.world.getInstance(serviceId, environmentId));
  },
  /**
   * Railway types this as an undocumented JSON scalar; the emulator assumes the config-as-code
   * shape `{containers: {cpu, memoryBytes}}` with only the overridden fields, or null when none are.
   */
  serviceInstanceLimitOverride(args, ctx) {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    const inst = ctx.world.getInstance(serviceId, environmentId);
    if (inst.vCPUs === null && inst.memoryGB === null) return null;
    return {
      containers: {
        ...(inst.vCPUs !== null ? { cpu: inst.vCPUs } : {}),
        ...(inst.memoryGB !== null ? { memoryBytes: Math.round(inst.memoryGB * 1e9) } : {}),
      },
    };
  },
  deployments(args, ctx) {
    return connection(deploymentsList(ctx, obj(args.input)), page(args), (d) => deploymentView(ctx, d));
  },
  deployment(args, ctx) {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    return deploymentView(ctx, ctx.world.getDeployment(id));
  },
  deploymentEvents(args, ctx) {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    const dep = ctx.world.getDeployment(id);
    return connection([...dep.events], page(args), deploymentEventView);
  },
  buildLogs(args, ctx) {
    const id = reqStr(args, "deploymentId");
    ctx.auth.deployment(id);
    const dep = ctx.world.getDeployment(id);
    return selectLogRows(dep.buildLogs, args).map((r) => logView(r, dep));
  },
  deploymentLogs(args, ctx) {
    const id = reqStr(args, "deploymentId");
    ctx.auth.deployment(id);
    const dep = ctx.world.getDeployment(id);
    return selectLogRows(dep.runtimeLogs, args).map((r) => logView(r, dep));
  },
  environmentLogs(args, ctx) {
    const envId = reqStr(args, "environmentId");
    ctx.auth.environment(envId);
    ctx.world.getEnvironment(envId);
    const match = logFilter(str(args.filter));
    const rows = [...ctx.world.deployments.values()]
      .filter((d) => d.environmentId === envId)
      .flatMap((d) => d.runtimeLogs.filter(match).map((row) => ({ at: row.at, row, d })));
    return selectWindow(rows, args, ctx.world.now()).map(({ row, d }) => logView(row, d));
  },
  httpLogs(args, ctx) {
    const id = reqStr(args, "deploymentId");
    ctx.auth.deployment(id);
    ctx.world.getDeployment(id);
    const filter = str(args.filter);
    const rows = (ctx.world.httpLogs.get(id) ?? []).filter(
      (r) => !filter || `${r.method} ${r.path} ${r.httpStatus}`.toLowerCase().includes(filter.toLowerCase()),
    );
    const limited = typeof args.limit === "number" ? { ...args, beforeLimit: args.limit } : args;
    return selectWindow(rows, limited, ctx.world.now());
  },
  metrics(args, ctx) {
    const projectId = str(args.projectId);
    const serviceId = str(args.serviceId);
    const environmentId = str(args.environmentId);
    if (projectId) ctx.auth.project(projectId);
    if (serviceId) ctx.auth.service(serviceId);
    if (environmentId) ctx.auth.environment(environmentId);
    if (!projectId && !serviceId && !environmentId) ctx.auth.require();
    return synthMetrics(ctx.world, {
      startDate: reqStr(args, "startDate"),
      endDate: str(args.endDate),
      measurements: (args.measurements as string[]) ?? [],
      serviceId,
      environmentId,
      projectId,
      groupBy: (args.groupBy as string[] | null) ?? [],
      sampleRateSeconds: (args.sampleRateSeconds as number | null) ?? null,
    });
  },
  httpMetrics(args, ctx) {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    return {
      samples: httpMetricSamples(ctx.world, {
        serviceId,
        environmentId,
        startDate: reqStr(args, "startDate"),
        endDate: reqStr(args, "endDate"),
        stepSeconds: (args.stepSeconds as number | null) ?? 60,
        method: str(args.method),
        path: str(args.path),
        statusCode: (args.statusCode as number | null) ?? undefined,
      }),
    };
  },
  variables(args, ctx) {
    const projectId = reqStr(args, "projectId");
    const environmentId = reqStr(args, "environmentId");
    const serviceId = str(args.serviceId) ?? null;
    ctx.auth.project(projectId);
    ctx.auth.environment(environmentId);
    if (serviceId) ctx.auth.service(serviceId);
    return ctx.world.readVariables(environmentId, serviceId, args.unrendered === true);
  },
  variablesForServiceDeployment(args, ctx) {
    const projectId = reqStr(args, "projectId");
    const environmentId = reqStr(args, "environmentId");
    const serviceId = reqStr(args, "serviceId");
    ctx.auth.project(projectId);
    ctx.auth.environment(environmentId);
    ctx.auth.service(serviceId);
    return ctx.world.readVariables(environmentId, serviceId);
  },
  domains(args, ctx) {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.project(reqStr(args, "projectId"));
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    ctx.world.getInstance(serviceId, environmentId);
    return domainsView(ctx, serviceId, environmentId);
  },
  workflowStatus(args, ctx) {
    ctx.auth.require();
    const wf = ctx.world.workflows.get(reqStr(args, "workflowId"));
    if (!wf) return { status: "NotFound", error: null };
    return { status: wf.status, error: wf.error };
  },
  template(args, _ctx) {
    // Works without auth, like Railway.
    const key = str(args.code) ?? str(args.id) ?? str(args.repo) ?? "";
    const kind = detectDatabase(key, null);
    if (!kind || (key !== DATABASE_TEMPLATES[kind].id && key.toLowerCase() !== kind && key.toLowerCase() !== DATABASE_TEMPLATES[kind].code)) {
      throw notFound("Template");
    }
    const t = DATABASE_TEMPLATES[kind];
    return {
      id: t.id,
      code: t.code,
      name: t.name,
      description: `Deploy ${t.name} on Railway`,
      serializedConfig: serializedTemplateConfig(kind),
      isApproved: true,
      isV2Template: true,
      createdAt: iso(Date.UTC(2024, 0, 1)),
    };
  },
};

function mutation(fn: RootResolver): RootResolver {
  return (args, ctx) => {
    ctx.auth.require();
    ctx.onMutation();
    return fn(args, ctx);
  };
}

function projectTokenForbidden(ctx: RequestContext): void {
  if (ctx.auth.token?.kind === "project") throw notAuthorized();
}

export const Mutation: Record<string, RootResolver> = {
  projectCreate: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const input = obj(args.input);
    const t = ctx.auth.require();
    const workspaceId = str(input.workspaceId) ?? t.workspaceId ?? [...ctx.world.workspaces.keys()][0];
    if (!workspaceId || !ctx.world.workspaces.has(workspaceId)) throw notFound("Workspace");
    ctx.auth.workspace(workspaceId);
    const project = ctx.world.createProject({
      workspaceId,
      name: str(input.name),
      description: str(input.description),
      defaultEnvironmentName: str(input.defaultEnvironmentName),
      isPublic: input.isPublic as boolean | null,
      prDeploys: input.prDeploys as boolean | null,
    });
    const repo = obj(input.repo);
    if (typeof repo.fullRepoName === "string") {
      const svc = ctx.world.createService({ projectId: project.id, repo: repo.fullRepoName, branch: str(repo.branch) ?? "main" });
      for (const env of ctx.world.environmentsOf(project.id)) ctx.world.createDeployment(svc.id, env.id);
    }
    return projectView(ctx, project);
  }),
  projectUpdate: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const project = ctx.auth.project(reqStr(args, "id"));
    const input = obj(args.input);
    if (typeof input.name === "string") project.name = input.name;
    if (input.description !== undefined) project.description = (input.description as string | null) ?? null;
    if (typeof input.isPublic === "boolean") project.isPublic = input.isPublic;
    if (typeof input.prDeploys === "boolean") project.prDeploys = input.prDeploys;
    if (typeof input.botPrEnvironments === "boolean") project.botPrEnvironments = input.botPrEnvironments;
    if (typeof input.focusedPrEnvironments === "boolean") project.focusedPrEnvironments = input.focusedPrEnvironments;
    if (typeof input.baseEnvironmentId === "string") {
      const env = ctx.world.getEnvironment(input.baseEnvironmentId);
      if (env.projectId !== project.id) throw notFound("Environment");
      project.baseEnvironmentId = env.id;
    }
    project.updatedAt = ctx.world.now();
    return projectView(ctx, project);
  }),
  projectDelete: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    ctx.world.deleteProject(ctx.auth.project(reqStr(args, "id")).id);
    return true;
  }),
  projectScheduleDelete: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    ctx.world.scheduleProjectDelete(ctx.auth.project(reqStr(args, "id")).id);
    return true;
  }),
  projectScheduleDeleteCancel: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    ctx.world.cancelScheduledProjectDelete(ctx.auth.project(reqStr(args, "id")).id);
    return true;
  }),
  projectScheduleDeleteForce: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    ctx.world.forceScheduledProjectDelete(ctx.auth.project(reqStr(args, "id")).id);
    return true;
  }),
  projectTokenCreate: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const input = obj(args.input);
    const project = ctx.auth.project(reqStr(input, "projectId"));
    const env = ctx.world.getEnvironment(reqStr(input, "environmentId"));
    if (env.projectId !== project.id) throw notFound("Environment");
    return ctx.world.createToken("project", { projectId: project.id, environmentId: env.id, name: reqStr(input, "name") }).token;
  }),
  environmentCreate: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const input = obj(args.input);
    const project = ctx.auth.project(reqStr(input, "projectId"));
    const source = str(input.sourceEnvironmentId);
    if (source && ctx.world.getEnvironment(source).projectId !== project.id) throw notFound("Environment");
    const env = ctx.world.createEnvironment({
      projectId: project.id,
      name: reqStr(input, "name"),
      sourceEnvironmentId: source,
      ephemeral: input.ephemeral as boolean | null,
    });
    if (source && input.skipInitialDeploys !== true) {
      for (const inst of [...ctx.world.instances.values()].filter((i) => i.environmentId === env.id)) {
        if (inst.repo || inst.image) ctx.world.createDeployment(inst.serviceId, env.id);
      }
    }
    return environmentView(ctx, env);
  }),
  environmentDelete: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const id = reqStr(args, "id");
    ctx.auth.environment(id);
    ctx.world.deleteEnvironment(id);
    return true;
  }),
  serviceCreate: mutation((args, ctx) => {
    const input = obj(args.input);
    const project = ctx.auth.project(reqStr(input, "projectId"));
    const environmentId = str(input.environmentId);
    if (environmentId) ctx.auth.environment(environmentId);
    const source = obj(input.source);
    const svc = ctx.world.createService({
      projectId: project.id,
      name: str(input.name),
      environmentId,
      repo: str(source.repo),
      image: str(source.image),
      branch: str(input.branch),
      variables: input.variables ? varsInput(input.variables) : null,
      icon: str(input.icon),
      templateId: str(input.templateId),
    });
    // A service with a source deploys right away, in each environment it was created in.
    if (source.repo || source.image) {
      for (const inst of [...ctx.world.instances.values()].filter((i) => i.serviceId === svc.id)) {
        ctx.world.createDeployment(svc.id, inst.environmentId);
      }
    }
    return serviceView(ctx, svc);
  }),
  serviceConnect: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.service(id);
    touchService(ctx, id);
    const svc = ctx.world.getService(id);
    const input = obj(args.input);
    for (const inst of [...ctx.world.instances.values()].filter((i) => i.serviceId === id && i.deletedAt === null)) {
      if (typeof input.repo === "string") {
        inst.repo = input.repo;
        inst.image = null;
        inst.branch = str(input.branch) ?? inst.branch ?? "main";
        ctx.world.ensureRepoHead(inst.repo, inst.branch);
      } else if (typeof input.image === "string") {
        inst.image = input.image;
        inst.repo = null;
        inst.branch = null;
      } else if (typeof input.branch === "string") {
        inst.branch = input.branch;
      }
      inst.updatedAt = ctx.world.now();
      ctx.world.createDeployment(id, inst.environmentId);
    }
    return serviceView(ctx, svc);
  }),
  serviceDisconnect: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.service(id);
    touchService(ctx, id);
    ctx.world.getService(id);
    return serviceView(ctx, ctx.world.disconnectService(id));
  }),
  serviceDelete: mutation((args, ctx) => {
    projectTokenForbidden(ctx);
    const id = reqStr(args, "id");
    ctx.auth.service(id);
    ctx.world.deleteService(id);
    return true;
  }),
  serviceUpdate: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.service(id);
    touchService(ctx, id);
    const svc = ctx.world.getService(id);
    const input = obj(args.input);
    if (typeof input.name === "string") svc.name = input.name;
    if (input.icon !== undefined) svc.icon = (input.icon as string | null) ?? null;
    svc.updatedAt = ctx.world.now();
    return serviceView(ctx, svc);
  }),
  serviceInstanceUpdate: mutation((args, ctx) => {
    const serviceId = reqStr(args, "serviceId");
    ctx.auth.service(serviceId);
    touchService(ctx, serviceId);
    const environmentId = str(args.environmentId);
    const targets = environmentId
      ? [ctx.world.getInstance(serviceId, environmentId)]
      : [...ctx.world.instances.values()].filter((i) => i.serviceId === serviceId && i.deletedAt === null);
    if (environmentId) ctx.auth.environment(environmentId);
    for (const inst of targets) {
      applyInstanceUpdate(inst, obj(args.input));
      inst.updatedAt = ctx.world.now();
    }
    return true;
  }),
  serviceInstanceLimitsUpdate: mutation((args, ctx) => {
    const input = obj(args.input);
    const serviceId = reqStr(input, "serviceId");
    const environmentId = reqStr(input, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    touchService(ctx, serviceId);
    const inst = ctx.world.getInstance(serviceId, environmentId);
    if (typeof input.vCPUs === "number") inst.vCPUs = input.vCPUs;
    if (typeof input.memoryGB === "number") inst.memoryGB = input.memoryGB;
    inst.updatedAt = ctx.world.now();
    return true;
  }),
  serviceInstanceDeploy: mutation((args, ctx) => {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    touchService(ctx, serviceId);
    ctx.world.deployInstance(serviceId, environmentId, str(args.commitSha));
    return true;
  }),
  serviceInstanceDeployV2: mutation((args, ctx) => {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    touchService(ctx, serviceId);
    return ctx.world.deployInstance(serviceId, environmentId, str(args.commitSha)).id;
  }),
  serviceInstanceRedeploy: mutation((args, ctx) => {
    const serviceId = reqStr(args, "serviceId");
    const environmentId = reqStr(args, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    touchService(ctx, serviceId);
    ctx.world.redeployInstance(serviceId, environmentId);
    return true;
  }),
  deploymentRedeploy: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    touchService(ctx, ctx.world.getDeployment(id).serviceId);
    return deploymentView(ctx, ctx.world.redeployDeployment(id));
  }),
  deploymentRollback: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    touchService(ctx, ctx.world.getDeployment(id).serviceId);
    ctx.world.rollback(id);
    return true;
  }),
  deploymentRestart: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    touchService(ctx, ctx.world.getDeployment(id).serviceId);
    ctx.world.restart(id);
    return true;
  }),
  deploymentApprove: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    ctx.world.approve(id);
    return true;
  }),
  deploymentCancel: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    ctx.world.cancel(id);
    return true;
  }),
  deploymentRemove: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    ctx.world.remove(id);
    return true;
  }),
  deploymentStop: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    ctx.auth.deployment(id);
    ctx.world.stop(id);
    return true;
  }),
  variableUpsert: mutation((args, ctx) => {
    const input = obj(args.input);
    const { environmentId, serviceId } = variableTarget(ctx, input);
    ctx.world.varMap(environmentId, serviceId).set(reqStr(input, "name"), reqStr(input, "value"));
    redeployAfterVariables(ctx, environmentId, serviceId, input.skipDeploys === true);
    return true;
  }),
  variableCollectionUpsert: mutation((args, ctx) => {
    const input = obj(args.input);
    const { environmentId, serviceId } = variableTarget(ctx, input);
    const vars = ctx.world.varMap(environmentId, serviceId);
    if (input.replace === true) vars.clear();
    for (const [k, v] of Object.entries(varsInput(input.variables))) vars.set(k, v);
    redeployAfterVariables(ctx, environmentId, serviceId, input.skipDeploys === true);
    return true;
  }),
  variableDelete: mutation((args, ctx) => {
    const input = obj(args.input);
    const { environmentId, serviceId } = variableTarget(ctx, input);
    ctx.world.varMap(environmentId, serviceId).delete(reqStr(input, "name"));
    return true;
  }),
  serviceDomainCreate: mutation((args, ctx) => {
    const input = obj(args.input);
    const serviceId = reqStr(input, "serviceId");
    const environmentId = reqStr(input, "environmentId");
    ctx.auth.service(serviceId);
    ctx.auth.environment(environmentId);
    ctx.world.getService(serviceId); // API callers do not see a service that has not propagated yet
    touchService(ctx, serviceId);
    return serviceDomainView(ctx.world.createServiceDomain(serviceId, environmentId, input.targetPort as number | null));
  }),
  serviceDomainDelete: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    const d = ctx.world.serviceDomains.get(id);
    if (!d) throw notFound("Service domain");
    ctx.auth.service(d.serviceId);
    ctx.world.serviceDomains.delete(id);
    return true;
  }),
  customDomainCreate: mutation((args, ctx) => {
    const input = obj(args.input);
    ctx.auth.project(reqStr(input, "projectId"));
    ctx.auth.service(reqStr(input, "serviceId"));
    ctx.auth.environment(reqStr(input, "environmentId"));
    ctx.world.getService(reqStr(input, "serviceId")); // not before it has propagated
    const domain = reqStr(input, "domain").toLowerCase();
    if (!/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(domain)) throw badRequest("Invalid domain");
    return customDomainView(
      ctx.world.createCustomDomain({
        domain,
        projectId: reqStr(input, "projectId"),
        environmentId: reqStr(input, "environmentId"),
        serviceId: reqStr(input, "serviceId"),
        targetPort: input.targetPort as number | null,
      }),
    );
  }),
  customDomainDelete: mutation((args, ctx) => {
    const id = reqStr(args, "id");
    const d = ctx.world.customDomains.get(id);
    if (!d) throw notFound("Custom domain");
    ctx.auth.service(d.serviceId);
    ctx.world.customDomains.delete(id);
    return true;
  }),
  volumeCreate: mutation((args, ctx) => {
    const input = obj(args.input);
    const project = ctx.auth.project(reqStr(input, "projectId"));
    if (str(input.serviceId)) {
      ctx.auth.service(input.serviceId as string);
      ctx.world.getService(input.serviceId as string); // not before it has propagated
    }
    if (str(input.environmentId)) ctx.auth.environment(input.environmentId as string);
    const vol = ctx.world.createVolume({
      projectId: project.id,
      mountPath: reqStr(input, "mountPath"),
      // Omitted and null differ: keep `undefined` when the key is absent.
      environmentId: "environmentId" in input ? ((input.environmentId as string | null) ?? null) : undefined,
      serviceId: str(input.serviceId) ?? null,
      region: str(input.region),
    });
    return volumeView(ctx, vol);
  }),
  volumeDelete: mutation((args, ctx) => {
    const id = reqStr(args, "volumeId");
    const vol = ctx.world.volumes.get(id);
    if (!vol) throw notFound("Volume");
    ctx.auth.project(vol.projectId);
    ctx.world.deleteVolume(id);
    return true;
  }),
  templateDeployV2: mutation((args, ctx) => {
    const input = obj(args.input);
    const kind = detectDatabase(reqStr(input, "templateId"), input.serializedConfig);
    if (!kind) throw new EmulatorApiError("Template not found", { hint: "The emulator knows the postgres and redis templates." });
    let projectId = str(input.projectId);
    if (projectId) ctx.auth.project(projectId);
    else {
      projectTokenForbidden(ctx);
      const workspaceId = str(input.workspaceId) ?? ctx.auth.token?.workspaceId ?? [...ctx.world.workspaces.keys()][0];
      if (!workspaceId) throw notFound("Workspace");
      ctx.auth.workspace(workspaceId);
      projectId = ctx.world.createProject({ workspaceId }).id;
    }
    const environmentId = str(input.environmentId);
    if (environmentId) ctx.auth.environment(environmentId);
    createDatabaseService(ctx.world, kind, projectId, { environmentId, deploy: true });
    const wf = ctx.world.startWorkflow();
    return { projectId, workflowId: wf.id };
  }),
};

function variableTarget(ctx: RequestContext, input: Args): { environmentId: string; serviceId: string | null } {
  const projectId = reqStr(input, "projectId");
  const environmentId = reqStr(input, "environmentId");
  const serviceId = str(input.serviceId) ?? null;
  ctx.auth.project(projectId);
  ctx.auth.environment(environmentId);
  if (ctx.world.getEnvironment(environmentId).projectId !== projectId) throw notFound("Environment");
  if (serviceId) {
    ctx.auth.service(serviceId);
    touchService(ctx, serviceId);
    ctx.world.getInstance(serviceId, environmentId);
  }
  return { environmentId, serviceId };
}

/** By default a variable change redeploys the affected services that have a deployment. */
function redeployAfterVariables(ctx: RequestContext, environmentId: string, serviceId: string | null, skip: boolean): void {
  if (skip) return;
  const env = ctx.world.getEnvironment(environmentId);
  // A shared variable change redeploys only the services that reference shared variables.
  const targets = serviceId
    ? [serviceId]
    : ctx.world
        .servicesOf(env.projectId, true)
        .filter((s) => [...ctx.world.varMap(environmentId, s.id).values()].some((v) => v.includes("shared.")))
        .map((s) => s.id);
  for (const id of targets) {
    if (ctx.world.latestDeployment(id, environmentId)) ctx.world.redeployInstance(id, environmentId);
  }
}
