/**
 * Target discovery: which services of which environments the autopilot watches. Targets name
 * whole environments or services by name (or id); with none configured, the environment the token
 * (a project token) or RAILWAY_PROJECT_ID + RAILWAY_ENVIRONMENT_ID name, as every command does.
 */
import { UsageError } from "../../core/index.js";
import { type Config, resolveTarget } from "../../config/index.js";
import type { RailwayClient } from "../../railway/index.js";
import type { WatchedService } from "../contract.js";

/** One configured target: an environment (all its services) or some of its services. */
export interface WatchTarget {
  /** Project name or id. Default: the config's / token's project. */
  project?: string;
  /** Environment name or id. Default: the config's / token's environment. */
  environment?: string;
  /** Service names or ids; none = every service of the environment. */
  services?: readonly string[];
}

/**
 * Resolves the targets (or, with none, the default environment) to the watched services,
 * deduplicated by environment and service. Unknown names fail with the existing
 * TargetNotFoundError (a usage error listing what exists).
 */
export async function discoverServices(
  client: RailwayClient,
  config: Config,
  targets: readonly WatchTarget[] = [],
): Promise<WatchedService[]> {
  const wanted: WatchTarget[] = targets.length > 0 ? [...targets] : [{}];
  const out = new Map<string, WatchedService>();
  for (const t of wanted) {
    const target = await resolveTarget(client, config, { project: t.project, environment: t.environment });
    const names = t.services ?? [];
    let services = target.services;
    if (names.length > 0) {
      services = names.map((n) => {
        const s = target.services.find((x) => x.id === n || x.name === n);
        if (!s) {
          throw new UsageError(
            `service "${n}" not found in project ${target.project.name}; found: ${target.services.map((x) => x.name).join(", ") || "none"}`,
            {
              hint: "Name an existing service (by name or id) in the autopilot's targets.",
            },
          );
        }
        return s;
      });
    }
    for (const s of services) {
      out.set(`${target.environment.id}/${s.id}`, {
        projectId: target.project.id,
        environmentId: target.environment.id,
        environmentName: target.environment.name,
        serviceId: s.id,
        serviceName: s.name,
      });
    }
  }
  return [...out.values()];
}

/** The distinct environments of a service list, in first-seen order. */
export function environmentsOf(services: readonly WatchedService[]): string[] {
  return [...new Set(services.map((s) => s.environmentId))];
}

export const serviceKey = (environmentId: string, serviceId: string): string => `${environmentId}/${serviceId}`;
