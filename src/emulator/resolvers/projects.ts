import { notAuthorized, notFound } from "../emulator-errors.js";
import type {
  MutationProjectCreateArgs,
  MutationProjectDeleteArgs,
  MutationProjectScheduleDeleteArgs,
  MutationProjectScheduleDeleteCancelArgs,
  MutationProjectScheduleDeleteForceArgs,
  MutationProjectUpdateArgs,
  QueryProjectArgs,
  QueryProjectsArgs,
} from "../generated/schema-types.js";
import { connection, projectView } from "../graphql-views.js";
import { mutation, page, projectTokenForbidden, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

const projects: RootResolver<QueryProjectsArgs> = (args, ctx) => {
  const t = ctx.auth.require();
  if (t.kind === "project") throw notAuthorized();
  const workspaceId = args.workspaceId ?? undefined;
  if (workspaceId) ctx.auth.workspace(workspaceId);
  const items = [...ctx.world.projects.values()]
    .filter((p) => (args.includeDeleted ? true : p.deletedAt === null))
    .filter((p) => ctx.auth.canSeeProject(p) && (!workspaceId || p.workspaceId === workspaceId));
  const order = args.orderBy ?? "CREATED_AT_DESC";
  items.sort((a, b) =>
    order === "NAME_ASC"
      ? a.name.localeCompare(b.name)
      : order === "UPDATED_AT_DESC"
        ? b.updatedAt - a.updatedAt
        : b.createdAt - a.createdAt,
  );
  return connection(items, page(args), (p) => projectView(ctx, p));
};

const project: RootResolver<QueryProjectArgs> = (args, ctx) => projectView(ctx, ctx.auth.project(args.id));

const projectCreate = mutation<MutationProjectCreateArgs>(({ input }, ctx) => {
  projectTokenForbidden(ctx);
  const t = ctx.auth.require();
  const workspaceId = input.workspaceId ?? t.workspaceId ?? [...ctx.world.workspaces.keys()][0];
  if (!workspaceId || !ctx.world.workspaces.has(workspaceId)) throw notFound("Workspace");
  ctx.auth.workspace(workspaceId);
  const created = ctx.world.createProject({
    workspaceId,
    name: input.name,
    description: input.description,
    defaultEnvironmentName: input.defaultEnvironmentName,
    isPublic: input.isPublic,
    prDeploys: input.prDeploys,
  });
  if (input.repo) {
    const svc = ctx.world.createService({
      projectId: created.id,
      repo: input.repo.fullRepoName,
      branch: input.repo.branch || "main",
    });
    for (const env of ctx.world.environmentsOf(created.id)) ctx.world.createDeployment(svc.id, env.id);
  }
  return projectView(ctx, created);
});

const projectUpdate = mutation<MutationProjectUpdateArgs>(({ id, input }, ctx) => {
  projectTokenForbidden(ctx);
  const p = ctx.auth.project(id);
  if (typeof input.name === "string") p.name = input.name;
  if (input.description !== undefined) p.description = input.description ?? null;
  if (typeof input.isPublic === "boolean") p.isPublic = input.isPublic;
  if (typeof input.prDeploys === "boolean") p.prDeploys = input.prDeploys;
  if (typeof input.botPrEnvironments === "boolean") p.botPrEnvironments = input.botPrEnvironments;
  if (typeof input.focusedPrEnvironments === "boolean") p.focusedPrEnvironments = input.focusedPrEnvironments;
  if (typeof input.baseEnvironmentId === "string") {
    const env = ctx.world.getEnvironment(input.baseEnvironmentId);
    if (env.projectId !== p.id) throw notFound("Environment");
    p.baseEnvironmentId = env.id;
  }
  p.updatedAt = ctx.world.now();
  return projectView(ctx, p);
});

const projectDelete = mutation<MutationProjectDeleteArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.world.deleteProject(ctx.auth.project(id).id);
  return true;
});

const projectScheduleDelete = mutation<MutationProjectScheduleDeleteArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.world.scheduleProjectDelete(ctx.auth.project(id).id);
  return true;
});

const projectScheduleDeleteCancel = mutation<MutationProjectScheduleDeleteCancelArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.world.cancelScheduledProjectDelete(ctx.auth.project(id).id);
  return true;
});

const projectScheduleDeleteForce = mutation<MutationProjectScheduleDeleteForceArgs>(({ id }, ctx) => {
  projectTokenForbidden(ctx);
  ctx.world.forceScheduledProjectDelete(ctx.auth.project(id).id);
  return true;
});

export const projectQueries: ResolverGroup = { projects, project };
export const projectMutations: ResolverGroup = {
  projectCreate,
  projectUpdate,
  projectDelete,
  projectScheduleDelete,
  projectScheduleDeleteCancel,
  projectScheduleDeleteForce,
};
