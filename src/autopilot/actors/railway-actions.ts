/**
 * The Railway calls the autopilot's actors make, through the typed client (one budget, one retry
 * policy, typed errors). Mutations are never retried after they may have reached Railway; the
 * ledger (keyed by cause) makes sure they are not repeated either. Nothing here decides.
 */
import {
  DeploySnapshotDocument,
  DeploymentLogsDocument,
  DeploymentRestartDocument,
  DeploymentsDocument,
  BuildLogsDocument,
  type RailwayClient,
  ServiceInstanceDeployV2Document,
  ServiceInstanceLimitsUpdateDocument,
  VariablesDocument,
} from "../../railway/index.js";
import type { ObservedDeployment } from "../contract.js";

export interface CallOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout, ms. Default: the client's. */
  timeoutMs?: number;
}

const opts = (o: CallOptions) => ({
  ...(o.signal ? { signal: o.signal } : {}),
  ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
});

export class RailwayActions {
  constructor(readonly client: RailwayClient) {}

  /** `deploymentRestart`: restarts the deployment under the same id, without a rebuild. */
  async restart(deploymentId: string, o: CallOptions = {}): Promise<boolean> {
    return (await this.client.request(DeploymentRestartDocument, { id: deploymentId }, opts(o))).deploymentRestart;
  }

  /** `serviceInstanceLimitsUpdate`: sets the memory limit (GB) of one service instance. */
  async setMemoryLimit(
    serviceId: string,
    environmentId: string,
    memoryGB: number,
    o: CallOptions = {},
  ): Promise<boolean> {
    return (
      await this.client.request(
        ServiceInstanceLimitsUpdateDocument,
        { input: { serviceId, environmentId, memoryGB } },
        opts(o),
      )
    ).serviceInstanceLimitsUpdate;
  }

  /** `serviceInstanceDeployV2`: deploys the service again (the given commit); returns the new deployment id. */
  async redeploy(
    serviceId: string,
    environmentId: string,
    commitSha: string | undefined,
    o: CallOptions = {},
  ): Promise<string> {
    return (
      await this.client.request(
        ServiceInstanceDeployV2Document,
        { serviceId, environmentId, commitSha: commitSha ?? null },
        opts(o),
      )
    ).serviceInstanceDeployV2;
  }

  async deployment(id: string, o: CallOptions = {}): Promise<ObservedDeployment> {
    const d = (await this.client.request(DeploySnapshotDocument, { id }, opts(o))).deployment;
    return toObserved(d, d.serviceId ?? "", d.environmentId ?? "");
  }

  /** The service's newest deployments, newest first. */
  async deployments(
    serviceId: string,
    environmentId: string,
    first = 10,
    o: CallOptions = {},
  ): Promise<ObservedDeployment[]> {
    const r = await this.client.request(DeploymentsDocument, { input: { serviceId, environmentId }, first }, opts(o));
    return r.deployments.edges
      .map((e) => toObserved(e.node, serviceId, environmentId))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  async logs(deploymentId: string, phase: "build" | "runtime", limit = 200, o: CallOptions = {}): Promise<string[]> {
    if (phase === "build")
      return (await this.client.request(BuildLogsDocument, { deploymentId, limit }, opts(o))).buildLogs.map(
        (l) => l.message,
      );
    return (await this.client.request(DeploymentLogsDocument, { deploymentId, limit }, opts(o))).deploymentLogs.map(
      (l) => l.message,
    );
  }

  /** A service's variables as written (`${{Service.VAR}}` references unrendered). Values stay in memory only. */
  async rawVariables(
    projectId: string,
    environmentId: string,
    serviceId: string,
    o: CallOptions = {},
  ): Promise<Record<string, string>> {
    const r = await this.client.request(
      VariablesDocument,
      { projectId, environmentId, serviceId, unrendered: true },
      opts(o),
    );
    return Object.fromEntries(Object.entries(r.variables as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
}

interface DeploymentLike {
  id: string;
  status: string;
  createdAt: unknown;
  updatedAt?: unknown;
  canRollback?: boolean | null;
  meta?: unknown;
  serviceId?: string | null;
  environmentId?: string | null;
}

export function toObserved(d: DeploymentLike, serviceId: string, environmentId: string): ObservedDeployment {
  const meta = (d.meta ?? {}) as Record<string, unknown>;
  const commit = typeof meta.commitHash === "string" ? meta.commitHash : undefined;
  return {
    id: d.id,
    serviceId: d.serviceId ?? serviceId,
    environmentId: d.environmentId ?? environmentId,
    status: String(d.status),
    createdAt: new Date(String(d.createdAt)).toISOString(),
    ...(d.updatedAt ? { updatedAt: new Date(String(d.updatedAt)).toISOString() } : {}),
    ...(commit ? { commitHash: commit } : {}),
    ...(typeof d.canRollback === "boolean" ? { canRollback: d.canRollback } : {}),
  };
}
