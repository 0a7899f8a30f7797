/** `railpilot status`: project → environment → services with their latest deployment. */
import type { Command } from "commander";
import { resolveTarget } from "../../config/index.js";
import { collectStatus, type StatusReport } from "../../deploy/index.js";
import type { CliContext } from "../context.js";
import { formatAgo, formatStatus, formatTable, short } from "../output.js";
import { addCommonOptions, type CommonFlags, connectRailway, targetWanted } from "../railway-client.js";

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
      const target = await resolveTarget(rw.client, rw.config, targetWanted(flags));
      const report = await collectStatus(rw.client, target);
      if (flags.json) return ctx.json(report);
      for (const line of renderStatus(report, rw.clock.now())) ctx.out(line);
    } finally {
      await rw.close();
    }
  });
}
