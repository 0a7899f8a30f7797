/** `railpilot report`: DORA metrics from Railway's deployment history (no daemon needed). */
import type { Command } from "commander";
import { resolveTarget } from "../../config/index.js";
import { parseDuration, UsageError } from "../../core/index.js";
import { createGitHubClient } from "../../github/index.js";
import { buildDoraReport, type ReportFormat, renderReport } from "../../report/index.js";
import type { CliContext } from "../context.js";
import { addCommonOptions, type CommonFlags, connectRailway, targetWanted } from "../railway-client.js";

interface ReportFlags extends CommonFlags {
  since: string;
  service?: string;
  format: string;
  fixWindow: string;
}

const FORMATS = ["text", "md", "json"] as const;
const MAX_WINDOW_MS = 366 * 86_400_000;

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("report")
    .description(
      "DORA metrics (deployment frequency, lead time, change failure rate, time to restore) from Railway's deployment history",
    )
    .option("--since <duration>", "how far back, e.g. 7d or 30d", "30d")
    .option("-s, --service <nameOrId>", "one service only (default: every service of the environment)")
    .option("--format <format>", "text, md (Markdown for a CI artifact or PR comment) or json", "text")
    .option("--fix-window <duration>", "a fix deployed this soon after a change marks the change failed", "1h");
  addCommonOptions(cmd).action(async (flags: ReportFlags) => {
    const format = flags.json ? "json" : flags.format;
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format "${flags.format}" is not one of ${FORMATS.join(", ")}`, {
        hint: "e.g. --format md",
      });
    const windowMs = parseDuration(flags.since, "--since", { min: 1, max: MAX_WINDOW_MS, window: true });
    const fixWindowMs = parseDuration(flags.fixWindow, "--fix-window");
    const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
    try {
      const target = await resolveTarget(rw.client, rw.config, targetWanted(flags));
      const gh = rw.config.github;
      const [owner, repo] = gh.repository?.split("/") ?? [];
      const until = rw.clock.now();
      const report = await buildDoraReport({
        client: rw.client,
        target,
        since: until - windowMs,
        until,
        fixWindowMs,
        ...(flags.service ? { service: flags.service } : {}),
        ...(gh.token && owner && repo
          ? { github: { octokit: createGitHubClient({ token: gh.token, baseUrl: gh.baseUrl }), owner, repo } }
          : {}),
      });
      if (format === "json") return ctx.json(report);
      for (const line of renderReport(report, format as ReportFormat)) ctx.out(line);
    } finally {
      await rw.close();
    }
  });
}
