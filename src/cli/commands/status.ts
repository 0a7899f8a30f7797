/** `railpilot status`: project → environment → services with their latest deployment. */
import type { Command } from "commander";
import { resolveTarget, type Target } from "../../config/index.js";
import { isRailpilotError } from "../../core/index.js";
import { type DeploymentFieldsFragment, type RailwayClient, ServiceInstanceDocument } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { formatAgo, formatStatus, formatTable, short } from "../output.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "../railway-client.js";

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

/** The status table as text lines (also used by `demo`). */
export function renderStatus(report: StatusReport, now: number): string[] {
  const lines = [`${report.project.name} / ${report.environment.name}`];
  const rows = report.services.map((s) => [
    s.name,
    s.error ? "unknown" : formatStatus(s.latestDeployment?.status),
    formatAgo(s.latestDeployment?.createdAt, now),
    short(s.latestDeployment?.commit),
    short(s.latestDeployment?.id, 8),
    s.domains[0] ?? "",
  ]);
  if (rows.length === 0) lines.push("  (no services)");
  else
    lines.push(
      ...formatTable(["SERVICE", "STATUS", "DEPLOYED", "COMMIT", "DEPLOYMENT", "DOMAIN"], rows, { indent: 2 }),
    );
  const others = report.environments.filter((e) => e.id !== report.environment.id).map((e) => e.name);
  if (others.length > 0) lines.push(`other environments: ${others.join(", ")}`);
  return lines;
}

export function register(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program.command("status").description("show the project's services and their latest deployments"),
  ).action(async (flags: CommonFlags) => {
    const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
    try {
      const target = await resolveTarget(rw.client, rw.config, {
        ...(flags.environment ? { environment: flags.environment } : {}),
        ...(flags.project ? { project: flags.project } : {}),
      });
      const report = await collectStatus(rw.client, target);
      if (flags.json) return ctx.json(report);
      for (const line of renderStatus(report, rw.clock.now())) ctx.out(line);
    } finally {
      await rw.close();
    }
  });
}
