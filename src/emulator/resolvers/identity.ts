import { notAuthorized, notFound } from "../emulator-errors.js";
import type { MutationProjectTokenCreateArgs, QueryWorkspaceArgs } from "../generated/schema-types.js";
import { environmentView, iso, projectView, rateLimitView, workspaceView } from "../graphql-views.js";
import { mutation, projectTokenForbidden, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

const me: RootResolver = (_args, ctx) => {
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
};

const workspace: RootResolver<QueryWorkspaceArgs> = (args, ctx) => {
  ctx.auth.workspace(args.workspaceId);
  const ws = ctx.world.workspaces.get(args.workspaceId);
  if (!ws) throw notFound("Workspace");
  return workspaceView(ctx, ws);
};

const projectToken: RootResolver = (_args, ctx) => {
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
};

const projectTokenCreate = mutation<MutationProjectTokenCreateArgs>(({ input }, ctx) => {
  projectTokenForbidden(ctx);
  const project = ctx.auth.project(input.projectId);
  const env = ctx.world.getEnvironment(input.environmentId);
  if (env.projectId !== project.id) throw notFound("Environment");
  return ctx.world.createToken("project", { projectId: project.id, environmentId: env.id, name: input.name }).token;
});

/** Who the token is: `me`, `workspace`, `projectToken`, and minting project tokens. */
export const identityQueries: ResolverGroup = { me, workspace, projectToken };
export const identityMutations: ResolverGroup = { projectTokenCreate };
