/**
 * `railpilot monitor --once [--environments production,staging]`: one pass over the configured
 * services (latest deployment status; a health probe when deploy.healthPath is set and the service
 * has a domain). Unhealthy ones open or update their deduplicated GitHub issue (when GITHUB_TOKEN and
 * RAILPILOT_ISSUES_REPO or GITHUB_REPOSITORY are set) and notify the configured channels.
 * Exit 0: all healthy · 1: something unhealthy (or an issue could not be written) · 2: usage.
 */
import type { Command } from "commander";
import { resolveTarget } from "../../config/index.js";
import { UsageError } from "../../core/index.js";
import { isHealthy, parseResolveList, probeHealth } from "../../deploy/index.js";
import {
  EscalationService,
  IssueEscalator,
  issueSettingsFromEnv,
  type MonitoredService,
  monitorOnce,
} from "../../escalation/index.js";
import { createGitHubClient } from "../../github/index.js";
import { Notifier, notificationChannelsFromEnv } from "../../notify/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "../railway-client.js";
import { collectStatus } from "./status.js";

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
      const env = ctx.io.env;
      const issues =
        rw.config.github.token && (env.RAILPILOT_ISSUES_REPO || env.GITHUB_REPOSITORY || rw.config.github.repository)
          ? new IssueEscalator(
              issueSettingsFromEnv({ ...env, GITHUB_REPOSITORY: env.GITHUB_REPOSITORY || rw.config.github.repository }),
              {
                octokit: createGitHubClient({ token: rw.config.github.token, baseUrl: rw.config.github.baseUrl }),
                clock: rw.clock,
              },
            )
          : undefined;
      const channels = notificationChannelsFromEnv(env, rw.clock);
      const notifier = channels.length > 0 ? new Notifier({ channels, clock: rw.clock, maxAttempts: 3 }) : undefined;
      try {
        const environments = flags.environments
          ? flags.environments
              .split(",")
              .map((e) => e.trim())
              .filter(Boolean)
          : [undefined];
        const services: MonitoredService[] = [];
        for (const environment of environments) {
          const target = await resolveTarget(rw.client, rw.config, {
            ...(environment ? { environment } : {}),
            ...(flags.project ? { project: flags.project } : {}),
          });
          const status = await collectStatus(rw.client, target);
          for (const s of status.services) {
            const domain = s.domains[0];
            services.push({
              service: {
                projectId: target.project.id,
                environmentId: target.environment.id,
                environmentName: target.environment.name,
                serviceId: s.id,
                serviceName: s.name,
              },
              ...(s.latestDeployment
                ? { deploymentStatus: s.latestDeployment.status, deploymentId: s.latestDeployment.id }
                : {}),
              ...(s.latestDeployment?.commit ? { commitHash: s.latestDeployment.commit } : {}),
              ...(domain && rw.config.deploy.healthPath
                ? { healthUrl: `https://${domain}${rw.config.deploy.healthPath}` }
                : {}),
            });
          }
        }
        const resolve = parseResolveList(Object.entries(rw.config.deploy.resolve).map(([k, v]) => `${k}:${v}`));
        const report = await monitorOnce({
          services,
          clock: rw.clock,
          // A CI run forgets everything: the issue says whether the cause is new (one message per cause).
          escalation: new EscalationService({
            ...(issues ? { issues } : {}),
            ...(notifier ? { notifier } : {}),
            notifyOnlyOnNewIssue: true,
          }),
          ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
          probe: async (url) => {
            const s = await probeHealth({ url, checks: 1, timeoutMs: 10_000, resolve, clock: rw.clock });
            return { healthy: isHealthy(s), detail: s.failures[0] ?? "ok" };
          },
        });
        await issues?.flush();
        if (notifier) await Promise.race([notifier.drain(), new Promise((r) => setTimeout(r, 30_000).unref())]);
        if (flags.json)
          ctx.json({ ...report, issues: issues ? "on" : "off", notifications: notifier?.status() ?? null });
        else {
          for (const f of report.findings) {
            const issue = f.escalation?.issue;
            ctx.out(
              `${f.service.environmentName}/${f.service.serviceName}: ${f.state}${f.category ? ` (${f.category})` : ""} — ${f.detail}${issue?.issueNumber ? ` → issue #${issue.issueNumber} ${issue.outcome}` : ""}`,
            );
            if (f.escalation?.issueError) ctx.err(`  issue not written: ${f.escalation.issueError.message}`);
          }
          if (!issues)
            ctx.err("GitHub issues are off (set GITHUB_TOKEN and RAILPILOT_ISSUES_REPO or GITHUB_REPOSITORY).");
          ctx.out(`${report.findings.length} services checked, ${report.unhealthy} unhealthy`);
        }
        if (report.unhealthy > 0 || report.escalationErrors > 0) ctx.setExitCode(ExitCode.FAILED);
      } finally {
        issues?.close();
        await notifier?.close();
        await rw.close();
      }
    });
}
