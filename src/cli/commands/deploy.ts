/**
 * `railpilot deploy`: parses its flags, calls src/deploy's runDeployGate (checks → deploy →
 * report to GitHub) and renders the result. The wiring it shares with watch, rollback and history
 * lives in ../deploy-wiring.ts.
 */
import type { Command } from "commander";
import { parseDuration, UsageError } from "../../core/index.js";
import { runDeployGate } from "../../deploy/index.js";
import { environmentForBranch, gitHubSettingsFromConfig } from "../../github/index.js";
import type { CliContext } from "../context.js";
import { existingDirectory } from "../flag-values.js";
import {
  addFollowOptions,
  addTargetOptions,
  collect,
  type FollowFlags,
  resolveDeployTarget,
  type TargetFlags,
  withFollowSession,
} from "../deploy-wiring.js";

interface DeployFlags extends TargetFlags, FollowFlags {
  commit?: string;
  up?: string;
  message?: string;
  image?: string;
  waitForChecks?: boolean;
  checksTimeout: string;
  checksInterval: string;
  requiredCheck: string[];
  ignoreCheck: string[];
  github: boolean;
  branchEnvironment: string[];
}

function branchMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of pairs) {
    const [branch, env] = p.split("=");
    if (!branch || !env)
      throw new UsageError(`--branch-environment "${p}" is not branch=environment`, {
        hint: "e.g. --branch-environment main=production",
      });
    map[branch] = env;
  }
  return map;
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("deploy")
    .description("Deploy a service and follow it to a verdict: health-checked, rolled back if it goes bad")
    .option("--commit <sha>", "deploy this commit (default: the source's latest, or GITHUB_SHA with --wait-for-checks)")
    .option("--up <dir>", "upload this directory as a tarball instead of deploying from the source")
    .option("-m, --message <text>", "deployment message (with --up)")
    .option("--image <ref>", "fail unless the live deployment runs this image")
    .option(
      "--wait-for-checks",
      "wait for the commit's GitHub check runs first; a failed check means no deploy (exit 6)",
    )
    .option("--checks-timeout <duration>", "how long to wait for checks", "30m")
    .option("--checks-interval <duration>", "how often to poll checks", "15s")
    .option("--required-check <name>", "only this check counts (repeatable; default: all but this job's)", collect, [])
    .option(
      "--ignore-check <name>",
      "never wait on this check (repeatable; the current GITHUB_JOB is always ignored)",
      collect,
      [],
    )
    .option(
      "--branch-environment <branch=env>",
      "map a branch to an environment (repeatable; default: deploy.branchEnvironments, main=production, staging=staging)",
      collect,
      [],
    )
    .option("--no-github", "do not comment on the pull request or record a GitHub deployment");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (flags: DeployFlags) => {
    if (flags.commit && flags.up)
      throw new UsageError("--commit and --up exclude each other", {
        hint: "Deploy a commit from the source, or upload a directory, not both.",
      });
    if (flags.up) flags.up = existingDirectory(flags.up, "--up", ctx.io.cwd);
    await withFollowSession(
      ctx,
      flags,
      async ({ w, printer, run, finish }) => {
        const github =
          flags.github !== false
            ? gitHubSettingsFromConfig(w.config.github, flags.commit ? { sha: flags.commit } : {})
            : undefined;
        // Resolve the target first: a typo should fail now, not after 30 minutes of waiting for checks.
        const branch = github?.branch ?? w.config.github.headBranch ?? w.config.github.branch;
        const fromBranch = environmentForBranch(
          branch,
          flags.branchEnvironment.length ? branchMap(flags.branchEnvironment) : w.config.deploy.branchEnvironments,
        );
        const target = await resolveDeployTarget(w, flags, fromBranch);
        const result = await runDeployGate({
          ...run,
          target,
          github,
          serviceId: target.serviceId,
          environmentId: target.environmentId,
          ...(target.projectId ? { projectId: target.projectId } : {}),
          ...(flags.commit ? { commitSha: flags.commit } : {}),
          ...(flags.up ? { upDirectory: flags.up } : {}),
          ...(flags.message ? { message: flags.message } : {}),
          ...(flags.image ? { expectImage: flags.image } : {}),
          ...(flags.waitForChecks
            ? {
                checks: {
                  timeoutMs: parseDuration(flags.checksTimeout, "--checks-timeout"),
                  intervalMs: parseDuration(flags.checksInterval, "--checks-interval"),
                  required: flags.requiredCheck,
                  ignore: flags.ignoreCheck,
                },
              }
            : {}),
        });
        printer.done();
        for (const warning of result.warnings) ctx.err(`warning: ${warning}`);
        if (result.outcome === "checks-failed") {
          const failed = result.decision.failed;
          if (flags.json)
            ctx.json({
              deploymentId: null,
              status: null,
              verdict: "checks-failed",
              failedChecks: failed.map((c) => ({ name: c.name, conclusion: c.conclusion, url: c.url })),
            });
          else {
            ctx.out(`CHECKS-FAILED: not deploying ${result.sha.slice(0, 12)}; failed checks:`);
            for (const c of failed) ctx.out(`  ✗ ${c.name}: ${c.conclusion}${c.url ? ` ${c.url}` : ""}`);
          }
          // The shared exit-code table maps the error's code (CHECKS_FAILED) to exit 6.
          throw result.error;
        }
        if (result.comment && result.comment.action !== "no-pull-request" && !ctx.interactive())
          ctx.err(`GitHub: PR #${result.comment.pullNumber} comment ${result.comment.action}`);
        finish(result.report);
      },
      "railpilot deploy",
    );
  });
}
