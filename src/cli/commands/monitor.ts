/**
 * `railpilot monitor --once [--environments production,staging]`: parses the flags, runs one
 * `runMonitor` pass (src/escalation: latest deployment status, the crashed or failed deployment's
 * logs diagnosed, a health probe when deploy.healthPath is set; issues, notifications and fix PRs
 * as configured) and renders what it found.
 * Exit 0: all healthy · 1: something unhealthy (or an issue could not be written) · 2: usage.
 */
import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { type MonitorRun, runMonitor } from "../../escalation/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "../railway-client.js";

interface MonitorFlags extends CommonFlags {
  once?: boolean;
  environments?: string;
}

export function register(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command("monitor")
      .description(
        "check the services' health once, open or update deduplicated GitHub issues and notify (for CI schedules)",
      )
      .option("--once", "run one pass and exit (required: the daemon monitors continuously)")
      .option("--environments <names>", "comma-separated environments to check (default: the configured one)"),
    false,
  )
    .option("-p, --project <name>", "project name or id")
    .action(async (flags: MonitorFlags) => {
      if (!flags.once)
        throw new UsageError("monitor runs one pass only here.", {
          hint: "Add --once (the daemon monitors continuously).",
        });
      const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
      try {
        const report = await runMonitor({
          client: rw.client,
          config: rw.config,
          env: ctx.io.env,
          clock: rw.clock,
          cwd: ctx.io.cwd,
          ...(flags.environments
            ? {
                environments: flags.environments
                  .split(",")
                  .map((e) => e.trim())
                  .filter(Boolean),
              }
            : {}),
          ...(flags.project ? { project: flags.project } : {}),
        });
        if (flags.json) ctx.json(report);
        else render(ctx, report);
        if (report.unhealthy > 0 || report.escalationErrors > 0) ctx.setExitCode(ExitCode.FAILED);
      } finally {
        await rw.close();
      }
    });
}

function render(ctx: CliContext, report: MonitorRun): void {
  for (const f of report.findings) {
    const issue = f.escalation?.issue;
    const prior = f.alreadyReported;
    const outcome = prior
      ? "inProgress" in prior
        ? " → being reported by another run"
        : ` → already reported${prior.issueNumber !== undefined ? ` (issue #${prior.issueNumber})` : ""}`
      : issue?.issueNumber
        ? ` → issue #${issue.issueNumber} ${issue.outcome}`
        : "";
    ctx.out(
      `${f.service.environmentName}/${f.service.serviceName}: ${f.state}${f.category ? ` (${f.category})` : ""} — ${f.detail}${outcome}`,
    );
    if (f.diagnosis?.keyLine) ctx.out(`  key line: ${ctx.untrusted(f.diagnosis.keyLine)}`);
    const fix = f.escalation?.fix;
    if (fix && fix.status !== "not_eligible")
      ctx.out(
        `  fix: ${fix.status}${fix.prUrl ? ` ${fix.prUrl}` : ""}${fix.reason ? ` (${ctx.untrusted(fix.reason)})` : ""}`,
      );
    if (f.logsError) ctx.err(`  logs not read: ${f.logsError}`);
    if (f.escalation?.issueError) ctx.err(`  issue not written: ${f.escalation.issueError.message}`);
  }
  if (report.issues === "off")
    ctx.err("GitHub issues are off (set GITHUB_TOKEN and RAILPILOT_ISSUES_REPO or GITHUB_REPOSITORY).");
  ctx.out(`${report.findings.length} services checked, ${report.unhealthy} unhealthy`);
}
