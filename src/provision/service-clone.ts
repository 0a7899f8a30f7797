import { type Clock, RailpilotError, UsageError } from "../core/index.js";
import {
  type RailwayClient,
  ServiceConnectDocument,
  ServiceCreateDocument,
  ServiceDeleteDocument,
  ServiceDocument,
  ServiceInstanceUpdateDocument,
  VariableCollectionUpsertDocument,
  VariablesDocument,
} from "../railway/index.js";
import { readProjectState } from "./live-reader.js";
import { compact, DEFAULT_QUIRKS, pollUntil } from "./railway-quirks.js";
import { suggest } from "./references.js";

export interface CloneServiceInput {
  projectId: string;
  /** Environment id or name. Default: the project's only environment, else "production". */
  environment?: string;
  /** Name of the service to copy source and settings from. */
  template: string;
  name: string;
  /** Variables set on top of the template's. */
  set?: Record<string, string>;
  /** Branch to connect (Railway does not report a service's branch). Default "main". */
  branch?: string;
}

export interface CloneServiceResult {
  serviceId: string;
  environmentId: string;
  variables: string[];
  source: { repo?: string; image?: string };
}

/**
 * Creates a service in an existing project as a copy of a template service: its source, its
 * instance settings and its variables (plus `set`), all variables in one upsert with
 * skipDeploys, then one deploy (serviceConnect deploys). If any step fails, the new service is
 * removed and the error names the step.
 */
export async function cloneService(
  client: RailwayClient,
  clock: Clock,
  input: CloneServiceInput,
): Promise<CloneServiceResult> {
  const project = await readProjectState(client, input.projectId);
  if (!project)
    throw new RailpilotError("NOT_FOUND", `Project ${input.projectId} not found`, {
      hint: "Give the id of a project the token can see.",
    });
  const envs = project.environments.edges.map((e) => e.node);
  const env =
    (input.environment ? envs.find((e) => e.id === input.environment || e.name === input.environment) : undefined) ??
    (input.environment ? undefined : envs.length === 1 ? envs[0] : envs.find((e) => e.name === "production"));
  if (!env)
    throw new UsageError(`Environment ${input.environment ?? "(default)"} not found in ${project.name}`, {
      hint: `Known: ${envs.map((e) => e.name).join(", ")}`,
    });
  const instances = env.serviceInstances.edges.map((e) => e.node);
  const template = instances.find((s) => s.serviceName === input.template);
  if (!template) {
    throw new UsageError(
      `Template service "${input.template}" not found in ${project.name}${suggest(
        input.template,
        instances.map((s) => s.serviceName),
      )}`,
      {
        hint: "Name an existing service of the project to copy.",
      },
    );
  }
  if (project.services.edges.some((e) => e.node.name === input.name)) {
    throw new UsageError(`A service named "${input.name}" already exists in ${project.name}`, {
      hint: "Pick another name.",
    });
  }
  const source = template.source?.image
    ? { image: template.source.image }
    : template.source?.repo
      ? { repo: template.source.repo }
      : undefined;
  if (!source)
    throw new UsageError(`Template service "${input.template}" has no repo or image source`, {
      hint: "Copy a service that deploys from a repo or an image.",
    });

  const { variables } = await client.request(VariablesDocument, {
    projectId: project.id,
    environmentId: env.id,
    serviceId: template.serviceId,
    unrendered: true,
  });
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(variables as Record<string, string>))
    if (!k.startsWith("RAILWAY_")) values[k] = v;
  Object.assign(values, input.set ?? {});

  let step = "serviceCreate";
  let serviceId: string | undefined;
  try {
    const { serviceCreate } = await client.request(ServiceCreateDocument, {
      input: { projectId: project.id, name: input.name },
    });
    serviceId = serviceCreate.id;
    const id = serviceId;
    step = "wait for visibility";
    await pollUntil(
      `Service ${input.name} to become visible`,
      async () => (await client.request(ServiceDocument, { id })).service.id,
      clock,
      {
        timeoutMs: DEFAULT_QUIRKS.visibilityTimeoutMs,
        intervalMs: DEFAULT_QUIRKS.visibilityIntervalMs,
      },
    );
    step = "serviceInstanceUpdate";
    const settings = compact({
      buildCommand: template.buildCommand,
      startCommand: template.startCommand,
      healthcheckPath: template.healthcheckPath,
      healthcheckTimeout: template.healthcheckTimeout,
      numReplicas: template.numReplicas,
      restartPolicyType: template.restartPolicyType,
      restartPolicyMaxRetries: template.restartPolicyMaxRetries,
      rootDirectory: template.rootDirectory,
    });
    if (Object.keys(settings).length > 0)
      await client.request(ServiceInstanceUpdateDocument, { serviceId: id, environmentId: env.id, input: settings });
    step = "variableCollectionUpsert";
    if (Object.keys(values).length > 0) {
      await client.request(VariableCollectionUpsertDocument, {
        input: { projectId: project.id, environmentId: env.id, serviceId: id, variables: values, skipDeploys: true },
      });
    }
    step = "serviceConnect";
    // serviceConnect(id, input): the id outside the input (API-NOTES §9f). It deploys: the one deploy.
    await client.request(ServiceConnectDocument, {
      id,
      input: source.image ? { image: source.image } : { repo: source.repo, branch: input.branch ?? "main" },
    });
    return { serviceId: id, environmentId: env.id, variables: Object.keys(values).sort(), source };
  } catch (cause) {
    let cleanup = "";
    if (serviceId) {
      try {
        await client.request(ServiceDeleteDocument, { id: serviceId });
        cleanup = "; the new service was removed";
      } catch {
        cleanup = `; removing the new service ${serviceId} failed too: delete it in the dashboard`;
      }
    }
    throw new RailpilotError(
      "PROVISION_FAILED",
      `services create: ${step} failed: ${cause instanceof Error ? cause.message : String(cause)}${cleanup}`,
      {
        cause,
        hint: "Fix the cause and run the command again.",
      },
    );
  }
}
