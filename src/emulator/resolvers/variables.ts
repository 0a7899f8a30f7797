import { notFound } from "../emulator-errors.js";
import type {
  MutationVariableCollectionUpsertArgs,
  MutationVariableDeleteArgs,
  MutationVariableUpsertArgs,
  QueryVariablesArgs,
  QueryVariablesForServiceDeploymentArgs,
} from "../generated/schema-types.js";
import { type RequestContext, touchService } from "../request-context.js";
import { mutation, type ResolverGroup, type RootResolver, varsInput } from "./resolver-kit.js";

const variables: RootResolver<QueryVariablesArgs> = (args, ctx) => {
  const serviceId = args.serviceId ?? null;
  ctx.auth.project(args.projectId);
  ctx.auth.environment(args.environmentId);
  if (serviceId) ctx.auth.service(serviceId);
  return ctx.world.readVariables(args.environmentId, serviceId, args.unrendered === true);
};

const variablesForServiceDeployment: RootResolver<QueryVariablesForServiceDeploymentArgs> = (args, ctx) => {
  ctx.auth.project(args.projectId);
  ctx.auth.environment(args.environmentId);
  ctx.auth.service(args.serviceId);
  return ctx.world.readVariables(args.environmentId, args.serviceId);
};

/** Checks and resolves the scope of a variable mutation (a service's, or the shared ones). */
function variableTarget(
  ctx: RequestContext,
  input: { projectId: string; environmentId: string; serviceId?: string | null },
): { environmentId: string; serviceId: string | null } {
  const serviceId = input.serviceId ?? null;
  ctx.auth.project(input.projectId);
  ctx.auth.environment(input.environmentId);
  if (ctx.world.getEnvironment(input.environmentId).projectId !== input.projectId) throw notFound("Environment");
  if (serviceId) {
    ctx.auth.service(serviceId);
    touchService(ctx, serviceId);
    ctx.world.getInstance(serviceId, input.environmentId);
  }
  return { environmentId: input.environmentId, serviceId };
}

/** By default a variable change redeploys the affected services that have a deployment. */
function redeployAfterVariables(
  ctx: RequestContext,
  environmentId: string,
  serviceId: string | null,
  skip: boolean,
): void {
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

const variableUpsert = mutation<MutationVariableUpsertArgs>(({ input }, ctx) => {
  const { environmentId, serviceId } = variableTarget(ctx, input);
  ctx.world.varMap(environmentId, serviceId).set(input.name, input.value);
  redeployAfterVariables(ctx, environmentId, serviceId, input.skipDeploys === true);
  return true;
});

const variableCollectionUpsert = mutation<MutationVariableCollectionUpsertArgs>(({ input }, ctx) => {
  const { environmentId, serviceId } = variableTarget(ctx, input);
  const vars = ctx.world.varMap(environmentId, serviceId);
  if (input.replace === true) vars.clear();
  for (const [k, v] of Object.entries(varsInput(input.variables))) vars.set(k, v);
  redeployAfterVariables(ctx, environmentId, serviceId, input.skipDeploys === true);
  return true;
});

const variableDelete = mutation<MutationVariableDeleteArgs>(({ input }, ctx) => {
  const { environmentId, serviceId } = variableTarget(ctx, input);
  ctx.world.varMap(environmentId, serviceId).delete(input.name);
  return true;
});

export const variableQueries: ResolverGroup = { variables, variablesForServiceDeployment };
export const variableMutations: ResolverGroup = { variableUpsert, variableCollectionUpsert, variableDelete };
