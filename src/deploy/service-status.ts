/**
 * The latest deployment and domains of every service of a resolved target's environment (what
 * `railpilot status` shows and `railpilot monitor --once` checks). One unreadable service is
 * reported with its error instead of hiding the others.
 */
import type { Target } from "../config/index.js";
import { isRailpilotError } from "../core/index.js";
import { type DeploymentFieldsFragment, type RailwayClient, ServiceInstanceDocument } from "../railway/index.js";

export interface ServiceStatus {
  id: string;
  name: string;
  latestDeployment: {
    id: string;
    status: string;
    createdAt: string;
    commit: string | null;
    message: string | null;
    url: string | null;
  } | null;
  domains: string[];
  /** Set when the service's state could not be read. */
  error?: string;
}

export interface StatusReport {
  project: { id: string; name: string };
  environment: { id: string; name: string };
  environments: { id: string; name: string }[];
  services: ServiceStatus[];
}

/** Reads the latest deployment of every service of the target's environment. */
export async function collectStatus(client: RailwayClient, target: Target): Promise<StatusReport> {
  const services = await Promise.all(target.services.map((s) => serviceStatus(client, s, target.environment.id)));
  return {
    project: target.project,
    environment: target.environment,
    environments: target.environments,
    services: services.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function serviceStatus(
  client: RailwayClient,
  service: { id: string; name: string },
  environmentId: string,
): Promise<ServiceStatus> {
  try {
    const { serviceInstance } = await client.request(ServiceInstanceDocument, { serviceId: service.id, environmentId });
    const d = serviceInstance.latestDeployment;
    const domains = [
      ...(serviceInstance.domains?.serviceDomains ?? []),
      ...(serviceInstance.domains?.customDomains ?? []),
    ].map((x) => x.domain);
    return { id: service.id, name: service.name, latestDeployment: d ? deploymentSummary(d) : null, domains };
  } catch (error) {
    // One unreadable service (e.g. not deployed to this environment) must not hide the others.
    if (isRailpilotError(error) && (error.code === "NOT_FOUND" || error.code === "GRAPHQL")) {
      return { id: service.id, name: service.name, latestDeployment: null, domains: [], error: error.message };
    }
    throw error;
  }
}

function deploymentSummary(d: DeploymentFieldsFragment): NonNullable<ServiceStatus["latestDeployment"]> {
  const meta = (d.meta ?? {}) as Record<string, unknown>;
  const commit = typeof meta.commitHash === "string" ? meta.commitHash : null;
  const message = typeof meta.commitMessage === "string" ? meta.commitMessage : null;
  return { id: d.id, status: d.status, createdAt: d.createdAt, commit, message, url: d.staticUrl ?? d.url ?? null };
}
