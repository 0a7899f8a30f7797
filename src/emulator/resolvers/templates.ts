import {
  createDatabaseService,
  DATABASE_TEMPLATES,
  detectDatabase,
  serializedTemplateConfig,
} from "../database-templates.js";
import { EmulatorApiError, notFound } from "../emulator-errors.js";
import type {
  MutationTemplateDeployV2Args,
  QueryTemplateArgs,
  QueryWorkflowStatusArgs,
} from "../generated/schema-types.js";
import { iso } from "../graphql-views.js";
import { mutation, projectTokenForbidden, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

const workflowStatus: RootResolver<QueryWorkflowStatusArgs> = ({ workflowId }, ctx) => {
  ctx.auth.require();
  const wf = ctx.world.workflows.get(workflowId);
  if (!wf) return { status: "NotFound", error: null };
  return { status: wf.status, error: wf.error };
};

/** Works without auth, like Railway. The emulator knows the postgres and redis templates. */
const template: RootResolver<QueryTemplateArgs> = (args) => {
  const key = args.code ?? args.id ?? args.repo ?? "";
  const kind = detectDatabase(key, null);
  if (
    !kind ||
    (key !== DATABASE_TEMPLATES[kind].id &&
      key.toLowerCase() !== kind &&
      key.toLowerCase() !== DATABASE_TEMPLATES[kind].code)
  ) {
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
};

const templateDeployV2 = mutation<MutationTemplateDeployV2Args>(({ input }, ctx) => {
  const kind = detectDatabase(input.templateId, input.serializedConfig);
  if (!kind)
    throw new EmulatorApiError("Template not found", { hint: "The emulator knows the postgres and redis templates." });
  let projectId = input.projectId ?? undefined;
  if (projectId) ctx.auth.project(projectId);
  else {
    projectTokenForbidden(ctx);
    const workspaceId = input.workspaceId ?? ctx.auth.token?.workspaceId ?? [...ctx.world.workspaces.keys()][0];
    if (!workspaceId) throw notFound("Workspace");
    ctx.auth.workspace(workspaceId);
    projectId = ctx.world.createProject({ workspaceId }).id;
  }
  const environmentId = input.environmentId ?? undefined;
  if (environmentId) ctx.auth.environment(environmentId);
  createDatabaseService(ctx.world, kind, projectId, { environmentId, deploy: true });
  const wf = ctx.world.startWorkflow();
  return { projectId, workflowId: wf.id };
});

export const templateQueries: ResolverGroup = { workflowStatus, template };
export const templateMutations: ResolverGroup = { templateDeployV2 };
