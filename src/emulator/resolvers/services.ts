import type {
  MutationServiceConnectArgs,
  MutationServiceCreateArgs,
  MutationServiceDeleteArgs,
  MutationServiceDisconnectArgs,
  MutationServiceInstanceLimitsUpdateArgs,
  MutationServiceInstanceUpdateArgs,
  MutationServiceUpdateArgs,
  QueryServiceArgs,
  QueryServiceInstanceArgs,
  QueryServiceInstanceLimitOverrideArgs,
  ServiceInstanceUpdateInput,
} from "../generated/schema-types.js";
import { instanceView, serviceView } from "../graphql-views.js";
import type { InstanceRec } from "../model.js";
import { touchService } from "../request-context.js";
import { mutation, projectTokenForbidden, type ResolverGroup, type RootResolver, varsInput } from "./resolver-kit.js";

/** serviceInstanceUpdate: every field given (null included) replaces the stored one. */
function applyInstanceUpdate(inst: InstanceRec, input: ServiceInstanceUpdateInput): void {
  if (input.source) {
    if (input.source.repo !== undefined) inst.repo = input.source.repo ?? null;
    if (input.source.image !== undefined) inst.image = input.source.image ?? null;
  }
  if (input.buildCommand !== undefined) inst.buildCommand = input.buildCommand;
  if (input.builder) inst.builder = input.builder;
  if (input.cronSchedule !== undefined) inst.cronSchedule = input.cronSchedule;
  if (input.dockerfilePath !== undefined) inst.dockerfilePath = input.dockerfilePath;
  if (input.drainingSeconds !== undefined) inst.drainingSeconds = input.drainingSeconds;
  if (input.healthcheckPath !== undefined) inst.healthcheckPath = input.healthcheckPath;
  if (input.healthcheckTimeout !== undefined) inst.healthcheckTimeout = input.healthcheckTimeout;
  if (typeof input.numReplicas === "number") inst.numReplicas = input.numReplicas;
  if (input.overlapSeconds !== undefined) inst.overlapSeconds = input.overlapSeconds;
  if (input.preDeployCommand !== undefined) inst.preDeployCommand = input.preDeployCommand;
  if (input.railwayConfigFile !== undefined) inst.railwayConfigFile = input.railwayConfigFile;
  if (typeof input.region === "string") inst.region = input.region;
  if (typeof input.restartPolicyMaxRetries === "number") inst.restartPolicyMaxRetries = input.restartPolicyMaxRetries;
  if (input.restartPolicyType) inst.restartPolicyType = input.restartPolicyType;
  if (input.rootDirectory !== undefined) inst.rootDirectory = input.rootDirectory;
  if (typeof input.sleepApplication === "boolean") inst.sleepApplication = input.sleepApplication;
  if (input.startCommand !== undefined) inst.startCommand = input.startCommand;
  if (input.watchPatterns) inst.watchPatterns = input.watchPatterns;
}

const service: RootResolver<QueryServiceArgs> = ({ id }, ctx) => {
  ctx.auth.service(id);
  return serviceView(ctx, ctx.world.getService(id));
};

const serviceInstance: RootResolver<QueryServiceInstanceArgs> = ({ serviceId, environmentId }, ctx) => {
  ctx.auth.service(serviceId);
  ctx.auth.environment(environmentId);
  return instanceView(ctx, ctx.world.getInstance(serviceId, environmentId));
};

/**
 * Railway types this as an undocumented JSON scalar; the emulator assumes the config-as-code
 * shape `{containers: {cpu, memoryBytes}}` with only the overridden fields, or null when none are.
 */
const serviceInstanceLimitOverride: RootResolver<QueryServiceInstanceLimitOverrideArgs> = (
  { serviceId, environmentId },
  ctx,
) => {
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
};

/**
 * serviceCreate: with `environmentId`, the service exists only there; without, in every
 * environment of the project that is not a fork (API-NOTES §4).
 */
const serviceCreate = mutation<MutationServiceCreateArgs>(({ input }, ctx) => {
  const project = ctx.auth.project(input.projectId);
  const environmentId = input.environmentId ?? undefined;
  if (environmentId) ctx.auth.environment(environmentId);
  const source = input.source ?? {};
  const svc = ctx.world.createService({
    projectId: project.id,
    name: input.name,
    environmentId,
    repo: source.repo,
    image: source.image,
    branch: input.branch,
    variables: input.variables ? varsInput(input.variables) : null,
    icon: input.icon,
    templateId: input.templateId,
  });
  // A service with a source deploys right away, in each environment it was created in.
  if (source.repo || source.image) {
    for (const inst of [...ctx.world.instances.values()].filter((i) => i.serviceId === svc.id)) {
      ctx.world.createDeployment(svc.id, inst.environmentId);
    }
  }
  return serviceView(ctx, svc);
});

const serviceConnect = mutation<MutationServiceConnectArgs>(({ id, input }, ctx) => {
  ctx.auth.service(id);
  touchService(ctx, id);
  const svc = ctx.world.getService(id);
  for (const inst of [...ctx.world.instances.values()].filter((i) => i.serviceId === id && i.deletedAt === null)) {
    if (typeof input.repo === "string") {
      inst.repo = input.repo;
      inst.image = null;
      inst.branch = input.branch ?? inst.branch ?? "main";
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
});

const serviceDisconnect = mutation<MutationServiceDisconnectArgs>(({ id }, ctx) => {
  ctx.auth.service(id);
  touchService(ctx, id);
  ctx.world.getService(id);
  return serviceView(ctx, ctx.world.disconnectService(id));
});

const serviceDelete = mutation<MutationServiceDeleteArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.auth.service(id);
  ctx.world.deleteService(id);
  return true;
});

const serviceUpdate = mutation<MutationServiceUpdateArgs>(({ id, input }, ctx) => {
  ctx.auth.service(id);
  touchService(ctx, id);
  const svc = ctx.world.getService(id);
  if (typeof input.name === "string") svc.name = input.name;
  if (input.icon !== undefined) svc.icon = input.icon ?? null;
  svc.updatedAt = ctx.world.now();
  return serviceView(ctx, svc);
});

const serviceInstanceUpdate = mutation<MutationServiceInstanceUpdateArgs>(
  ({ serviceId, environmentId, input }, ctx) => {
    ctx.auth.service(serviceId);
    touchService(ctx, serviceId);
    const targets = environmentId
      ? [ctx.world.getInstance(serviceId, environmentId)]
      : [...ctx.world.instances.values()].filter((i) => i.serviceId === serviceId && i.deletedAt === null);
    if (environmentId) ctx.auth.environment(environmentId);
    for (const inst of targets) {
      applyInstanceUpdate(inst, input);
      inst.updatedAt = ctx.world.now();
    }
    return true;
  },
);

/** Limits apply to the next container: the OOM logic and MEMORY_LIMIT_GB read `memoryGB` at once. */
const serviceInstanceLimitsUpdate = mutation<MutationServiceInstanceLimitsUpdateArgs>(({ input }, ctx) => {
  ctx.auth.service(input.serviceId);
  ctx.auth.environment(input.environmentId);
  touchService(ctx, input.serviceId);
  const inst = ctx.world.getInstance(input.serviceId, input.environmentId);
  if (typeof input.vCPUs === "number") inst.vCPUs = input.vCPUs;
  if (typeof input.memoryGB === "number") inst.memoryGB = input.memoryGB;
  inst.updatedAt = ctx.world.now();
  return true;
});

export const serviceQueries: ResolverGroup = { service, serviceInstance, serviceInstanceLimitOverride };
export const serviceMutations: ResolverGroup = {
  serviceCreate,
  serviceConnect,
  serviceDisconnect,
  serviceDelete,
  serviceUpdate,
  serviceInstanceUpdate,
  serviceInstanceLimitsUpdate,
};
