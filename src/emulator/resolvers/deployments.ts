import type {
  DeploymentListInput,
  MutationDeploymentApproveArgs,
  MutationDeploymentCancelArgs,
  MutationDeploymentRedeployArgs,
  MutationDeploymentRemoveArgs,
  MutationDeploymentRestartArgs,
  MutationDeploymentRollbackArgs,
  MutationDeploymentStopArgs,
  MutationServiceInstanceDeployArgs,
  MutationServiceInstanceDeployV2Args,
  MutationServiceInstanceRedeployArgs,
  QueryDeploymentArgs,
  QueryDeploymentEventsArgs,
  QueryDeploymentsArgs,
} from "../generated/schema-types.js";
import { connection, deploymentEventView, deploymentView } from "../graphql-views.js";
import type { DeploymentRec } from "../model.js";
import { type RequestContext, touchService } from "../request-context.js";
import { mutation, page, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

/**
 * `deployments(input)`: newest first, filtered by project, environment, service and status. With
 * only `environmentId` it lists the deployments of every service of that environment at once.
 */
function deploymentsList(ctx: RequestContext, input: DeploymentListInput): DeploymentRec[] {
  const w = ctx.world;
  const { projectId, environmentId, serviceId } = input;
  if (projectId) ctx.auth.project(projectId);
  if (environmentId) ctx.auth.environment(environmentId);
  if (serviceId) ctx.auth.service(serviceId);
  const inList = input.status?.in ? new Set(input.status.in) : undefined;
  const notIn = input.status?.notIn ? new Set(input.status.notIn) : undefined;
  const bound = ctx.auth.boundEnvironmentId;
  const out: DeploymentRec[] = [];
  for (const d of w.deployments.values()) {
    if (projectId && d.projectId !== projectId) continue;
    if (environmentId && d.environmentId !== environmentId) continue;
    if (serviceId && d.serviceId !== serviceId) continue;
    if (bound && d.environmentId !== bound) continue;
    if (inList && !inList.has(d.status)) continue;
    if (notIn?.has(d.status)) continue;
    const p = w.projects.get(d.projectId);
    if (!p || p.deletedAt !== null || !ctx.auth.canSeeProject(p)) continue;
    out.push(d);
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.seqOrder - a.seqOrder);
}

const deployments: RootResolver<QueryDeploymentsArgs> = (args, ctx) =>
  connection(deploymentsList(ctx, args.input), page(args), (d) => deploymentView(ctx, d));

const deployment: RootResolver<QueryDeploymentArgs> = ({ id }, ctx) => {
  ctx.auth.deployment(id);
  return deploymentView(ctx, ctx.world.getDeployment(id));
};

const deploymentEvents: RootResolver<QueryDeploymentEventsArgs> = (args, ctx) => {
  ctx.auth.deployment(args.id);
  const dep = ctx.world.getDeployment(args.id);
  return connection([...dep.events], page(args), deploymentEventView);
};

/** The checks every service-instance deploy mutation makes. */
function instanceTarget(ctx: RequestContext, serviceId: string, environmentId: string): void {
  ctx.auth.service(serviceId);
  ctx.auth.environment(environmentId);
  touchService(ctx, serviceId);
}

const serviceInstanceDeploy = mutation<MutationServiceInstanceDeployArgs>(
  ({ serviceId, environmentId, commitSha }, ctx) => {
    instanceTarget(ctx, serviceId, environmentId);
    ctx.world.deployInstance(serviceId, environmentId, commitSha);
    return true;
  },
);

const serviceInstanceDeployV2 = mutation<MutationServiceInstanceDeployV2Args>(
  ({ serviceId, environmentId, commitSha }, ctx) => {
    instanceTarget(ctx, serviceId, environmentId);
    return ctx.world.deployInstance(serviceId, environmentId, commitSha).id;
  },
);

const serviceInstanceRedeploy = mutation<MutationServiceInstanceRedeployArgs>(({ serviceId, environmentId }, ctx) => {
  instanceTarget(ctx, serviceId, environmentId);
  ctx.world.redeployInstance(serviceId, environmentId);
  return true;
});

/** The checks every mutation on one deployment makes (the cooldown applies to its service). */
function deploymentTarget(ctx: RequestContext, id: string, cooldown: boolean): void {
  ctx.auth.deployment(id);
  if (cooldown) touchService(ctx, ctx.world.getDeployment(id).serviceId);
}

const deploymentRedeploy = mutation<MutationDeploymentRedeployArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, true);
  return deploymentView(ctx, ctx.world.redeployDeployment(id));
});

const deploymentRollback = mutation<MutationDeploymentRollbackArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, true);
  ctx.world.rollback(id);
  return true;
});

/** deploymentRestart: the same id goes DEPLOYING → SUCCESS without a build (see World.restart). */
const deploymentRestart = mutation<MutationDeploymentRestartArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, true);
  ctx.world.restart(id);
  return true;
});

const deploymentApprove = mutation<MutationDeploymentApproveArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, false);
  ctx.world.approve(id);
  return true;
});

const deploymentCancel = mutation<MutationDeploymentCancelArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, false);
  ctx.world.cancel(id);
  return true;
});

const deploymentRemove = mutation<MutationDeploymentRemoveArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, false);
  ctx.world.remove(id);
  return true;
});

const deploymentStop = mutation<MutationDeploymentStopArgs>(({ id }, ctx) => {
  deploymentTarget(ctx, id, false);
  ctx.world.stop(id);
  return true;
});

export const deploymentQueries: ResolverGroup = { deployments, deployment, deploymentEvents };
export const deploymentMutations: ResolverGroup = {
  serviceInstanceDeploy,
  serviceInstanceDeployV2,
  serviceInstanceRedeploy,
  deploymentRedeploy,
  deploymentRollback,
  deploymentRestart,
  deploymentApprove,
  deploymentCancel,
  deploymentRemove,
  deploymentStop,
};
