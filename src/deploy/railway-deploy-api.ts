/**
 * The edge between the deploy logic and Railway: every call deploy/watch/rollback/history make,
 * through the typed client (one budget, one retry policy, typed errors). Nothing here decides.
 */
import { UsageError } from "../core/index.js";
import {
  BuildLogsDocument,
  BuildLogStreamDocument,
  type DeploymentEventFieldsFragment,
  DeploySnapshotDocument,
  DeploymentEventsDocument,
  type DeploymentFieldsFragment,
  DeploymentLogsDocument,
  DeploymentLogStreamDocument,
  DeploymentRollbackDocument,
  DeploymentsDocument,
  DeploymentUpdatesDocument,
  ProjectDocument,
  ProjectTokenDocument,
  type RailwayClient,
  ServiceInstanceDeployV2Document,
  ServiceInstanceDocument,
  type ServiceInstanceQuery,
} from "../railway/index.js";

export type DeploymentSnapshot = DeploymentFieldsFragment;
export type DeploymentEventInfo = DeploymentEventFieldsFragment;
export type ServiceInstanceInfo = ServiceInstanceQuery["serviceInstance"];

export interface UploadRequest {
  projectId: string;
  environmentId: string;
  serviceId: string;
  directory: string;
  message?: string;
  signal?: AbortSignal;
}

export interface ResolvedTarget {
  projectId: string | undefined;
  environmentId: string;
  environmentName: string | undefined;
  serviceId: string;
  serviceName: string | undefined;
}

export class RailwayDeployApi {
  constructor(readonly client: RailwayClient) {}

  /** True when the client can open subscriptions (the follower polls otherwise). */
  canSubscribe = true;

  /**
   * Resolves service and environment given as ids or names. Ids are used as they are (no request);
   * names need the project (from --project/RAILWAY_PROJECT_ID, or the project token).
   */
  async resolveTarget(input: { projectId?: string; environment?: string; service: string }): Promise<ResolvedTarget> {
    let projectId = input.projectId;
    let environment = input.environment;
    let environmentName: string | undefined;
    const looksLikeId = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
    if ((!projectId || !environment) && this.client.tokenKind === "project") {
      const { projectToken } = await this.client.request(ProjectTokenDocument);
      projectId ??= projectToken.projectId;
      if (!environment) {
        environment = projectToken.environmentId;
        environmentName = projectToken.environment.name;
      }
    }
    if (!environment) {
      throw new UsageError("no environment given", {
        hint: "Name the environment (or map the branch to one in railpilot.yaml), or use a project token.",
      });
    }
    if (looksLikeId(input.service) && looksLikeId(environment)) {
      return {
        projectId,
        environmentId: environment,
        environmentName,
        serviceId: input.service,
        serviceName: undefined,
      };
    }
    if (!projectId) {
      throw new UsageError(`cannot look up "${input.service}" by name without a project`, {
        hint: "Use ids, or name the project (RAILWAY_PROJECT_ID), or use a project token (RAILWAY_TOKEN).",
      });
    }
    const { project } = await this.client.request(ProjectDocument, { id: projectId });
    const env = project.environments.edges
      .map((e) => e.node)
      .find((e) => e.id === environment || e.name === environment);
    if (!env)
      throw new UsageError(`environment "${environment}" is not in project ${project.name}`, {
        hint: `Known: ${project.environments.edges.map((e) => e.node.name).join(", ")}`,
      });
    const svc = project.services.edges
      .map((e) => e.node)
      .find((s) => s.id === input.service || s.name === input.service);
    if (!svc)
      throw new UsageError(`service "${input.service}" is not in project ${project.name}`, {
        hint: `Known: ${project.services.edges.map((e) => e.node.name).join(", ")}`,
      });
    return { projectId, environmentId: env.id, environmentName: env.name, serviceId: svc.id, serviceName: svc.name };
  }

  async serviceInstance(serviceId: string, environmentId: string): Promise<ServiceInstanceInfo> {
    return (await this.client.request(ServiceInstanceDocument, { serviceId, environmentId })).serviceInstance;
  }

  /** `serviceInstanceDeployV2`: returns the new deployment's id. Not retried after it may have reached Railway. */
  async trigger(serviceId: string, environmentId: string, commitSha?: string): Promise<string> {
    const r = await this.client.request(ServiceInstanceDeployV2Document, {
      serviceId,
      environmentId,
      commitSha: commitSha ?? null,
    });
    return r.serviceInstanceDeployV2;
  }

  /** `railway up`: uploads the directory as a tarball; Railway answers with the new deployment's id. */
  async upload(request: UploadRequest): Promise<{ deploymentId: string; url?: string }> {
    const r = await this.client.upload({
      projectId: request.projectId,
      environmentId: request.environmentId,
      serviceId: request.serviceId,
      dir: request.directory,
      ...(request.message ? { message: request.message } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return { deploymentId: r.deploymentId, ...(r.url ? { url: r.url } : {}) };
  }

  async deployment(id: string): Promise<DeploymentSnapshot> {
    return (await this.client.request(DeploySnapshotDocument, { id })).deployment;
  }

  /** Pushes each update of the deployment. Ends (or throws) when the stream breaks for good. */
  watch(id: string, signal: AbortSignal): AsyncIterable<DeploymentSnapshot> {
    const stream = this.client.subscribe(DeploymentUpdatesDocument, { id }, { signal });
    return (async function* () {
      for await (const message of stream) yield message.deployment;
    })();
  }

  /** Streams a deployment's build or deploy log as batches of lines (ends when Railway closes the stream). */
  logs(deploymentId: string, kind: "build" | "deploy", signal: AbortSignal): AsyncIterable<string[]> {
    const client = this.client;
    return (async function* () {
      if (kind === "build") {
        for await (const m of client.subscribe(BuildLogStreamDocument, { deploymentId, limit: 50 }, { signal }))
          yield m.buildLogs.map((l) => l.message);
      } else {
        for await (const m of client.subscribe(DeploymentLogStreamDocument, { deploymentId, limit: 50 }, { signal }))
          yield m.deploymentLogs.map((l) => l.message);
      }
    })();
  }

  /** Newest first. */
  async deployments(serviceId: string, environmentId: string, first = 10): Promise<DeploymentSnapshot[]> {
    const r = await this.client.request(DeploymentsDocument, { input: { serviceId, environmentId }, first });
    return r.deployments.edges.map((e) => e.node).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  async rollback(toDeploymentId: string): Promise<boolean> {
    return (await this.client.request(DeploymentRollbackDocument, { id: toDeploymentId })).deploymentRollback;
  }

  async events(id: string, first = 50): Promise<DeploymentEventInfo[]> {
    return (await this.client.request(DeploymentEventsDocument, { id, first })).deploymentEvents.edges.map(
      (e) => e.node,
    );
  }

  async buildLogs(deploymentId: string, limit = 500): Promise<string[]> {
    return (await this.client.request(BuildLogsDocument, { deploymentId, limit })).buildLogs.map((l) => l.message);
  }

  async deploymentLogs(deploymentId: string, limit = 500): Promise<string[]> {
    return (await this.client.request(DeploymentLogsDocument, { deploymentId, limit })).deploymentLogs.map(
      (l) => l.message,
    );
  }
}
