import { notFound } from "../emulator-errors.js";
import type {
  MutationEnvironmentCreateArgs,
  MutationEnvironmentDeleteArgs,
  QueryEnvironmentArgs,
  QueryEnvironmentsArgs,
} from "../generated/schema-types.js";
import { connection, environmentView } from "../graphql-views.js";
import { mutation, page, projectTokenForbidden, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

const environments: RootResolver<QueryEnvironmentsArgs> = (args, ctx) => {
  const project = ctx.auth.project(args.projectId);
  const bound = ctx.auth.boundEnvironmentId;
  const items = ctx.world
    .environmentsOf(project.id)
    .filter((e) => (bound ? e.id === bound : true))
    .filter((e) => (typeof args.isEphemeral === "boolean" ? e.isEphemeral === args.isEphemeral : true))
    .sort((a, b) => a.createdAt - b.createdAt);
  return connection(items, page(args), (e) => environmentView(ctx, e));
};

const environment: RootResolver<QueryEnvironmentArgs> = (args, ctx) => {
  ctx.auth.environment(args.id);
  const env = ctx.world.getEnvironment(args.id);
  if (args.projectId && env.projectId !== args.projectId) throw notFound("Environment");
  return environmentView(ctx, env);
};

const environmentCreate = mutation<MutationEnvironmentCreateArgs>(({ input }, ctx) => {
  projectTokenForbidden(ctx);
  const project = ctx.auth.project(input.projectId);
  const source = input.sourceEnvironmentId ?? undefined;
  if (source && ctx.world.getEnvironment(source).projectId !== project.id) throw notFound("Environment");
  const env = ctx.world.createEnvironment({
    projectId: project.id,
    name: input.name,
    sourceEnvironmentId: source,
    ephemeral: input.ephemeral,
  });
  if (source && input.skipInitialDeploys !== true) {
    for (const inst of [...ctx.world.instances.values()].filter((i) => i.environmentId === env.id)) {
      if (inst.repo || inst.image) ctx.world.createDeployment(inst.serviceId, env.id);
    }
  }
  return environmentView(ctx, env);
});

const environmentDelete = mutation<MutationEnvironmentDeleteArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.auth.environment(id);
  ctx.world.deleteEnvironment(id);
  return true;
});

export const environmentQueries: ResolverGroup = { environments, environment };
export const environmentMutations: ResolverGroup = { environmentCreate, environmentDelete };
