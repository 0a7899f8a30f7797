/**
 * `railpilot deploy`: trigger, follow to a verdict, verify, roll back; optionally gated on the
 * commit's GitHub checks and reported back to the pull request. The wiring it shares with watch,
 * rollback and history lives in ../deploy-wiring.ts.
 */
import type { Command } from "commander";
import { parseDuration, UsageError } from "../../core/index.js";
import { type DeployReport, type ResolvedTarget, runDeploy } from "../../deploy/index.js";
import {
  ChecksFailedError,
  createGitHubClient,
  deploymentStateForVerdict,
  environmentForBranch,
  gitHubSettingsFromEnv,
  recordGitHubDeployment,
  renderDeployComment,
  upsertPrComment,
  waitForChecks,
} from "../../github/index.js";
import type { CliContext } from "../context.js";
import { existingDirectory } from "../flag-values.js";
import { addFollowOptions, addTargetOptions, collect, type FollowFlags, resolveDeployTarget, type TargetFlags, withFollowSession } from "../deploy-wiring.js";

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
    if (!branch || !env) throw new UsageError(`--branch-environment "${p}" is not branch=environment`, { hint: "e.g. --branch-environment main=production" });
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
    .option("--wait-for-checks", "wait for the commit's GitHub check runs first; a failed check means no deploy (exit 6)")
    .option("--checks-timeout <duration>", "how long to wait for checks", "30m")
    .option("--checks-interval <duration>", "how often to poll checks", "15s")
    .option("--required-check <name>", "only this check counts (repeatable; default: all but this job's)", collect, [])
    .option("--ignore-check <name>", "never wait on this check (repeatable; the current GITHUB_JOB is always ignored)", collect, [])
    .option("--branch-environment <branch=env>", "map a branch to an environment (repeatable; default: deploy.branchEnvironments, main=production, staging=staging)", collect, [])
    .option("--no-github", "do not comment on the pull request or record a GitHub deployment");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (flags: DeployFlags) => {
    if (flags.commit && flags.up) throw new UsageError("--commit and --up exclude each other", { hint: "Deploy a commit from the source, or upload a directory, not both." });
    if (flags.up) flags.up = existingDirectory(flags.up, "--up", ctx.io.cwd);
    const env = ctx.io.env;
    await withFollowSession(ctx, flags, async ({ w, printer, run, finish }) => {
      const g = w.config.github;
      // Config (railpilot.yaml, env) names token, repository, base URL, sha and branch; the Actions
      // environment adds the PR head branch, the job name and the run URL.
      const ghEnv = { ...env, GITHUB_TOKEN: g.token, GITHUB_REPOSITORY: g.repository, GITHUB_API_URL: g.baseUrl, GITHUB_SHA: g.sha, GITHUB_REF_NAME: g.branch };
      const gh = flags.github !== false && g.token && g.repository ? gitHubSettingsFromEnv(ghEnv, flags.commit ? { sha: flags.commit } : {}) : undefined;
      if (flags.waitForChecks && !gh) {
        throw new UsageError("--wait-for-checks needs GitHub settings", { hint: "Set GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_SHA or --commit)." });
      }
      // Resolve the target first: a typo should fail now, not after 30 minutes of waiting for checks.
      const branch = gh?.branch ?? g.branch;
      const fromBranch = environmentForBranch(branch, flags.branchEnvironment.length ? branchMap(flags.branchEnvironment) : w.config.deploy.branchEnvironments);
      const target = await resolveDeployTarget(w, flags, fromBranch);
      const octokit = gh ? createGitHubClient({ token: gh.token, baseUrl: gh.apiUrl }) : undefined;
      const sha = flags.commit ?? (flags.waitForChecks ? gh?.sha : undefined);
      if (flags.waitForChecks && octokit && gh) {
        if (!sha) throw new UsageError("--wait-for-checks needs a commit", { hint: "Set GITHUB_SHA or pass --commit." });
        printer.onEvent({ kind: "note", message: `waiting for the checks of ${sha.slice(0, 12)}` });
        try {
          await waitForChecks(octokit, {
            owner: gh.owner,
            repo: gh.repo,
            sha,
            clock: w.clock,
            timeoutMs: parseDuration(flags.checksTimeout, "--checks-timeout"),
            intervalMs: parseDuration(flags.checksInterval, "--checks-interval"),
            rules: { required: flags.requiredCheck, ignore: [...flags.ignoreCheck, ...(gh.job ? [gh.job] : [])] },
            onPoll: (d) => {
              if (d.pending.length || d.missing.length) printer.onEvent({ kind: "note", message: `checks pending: ${[...d.pending.map((c) => c.name), ...d.missing].join(", ")}` });
            },
          });
        } catch (error) {
          if (!(error instanceof ChecksFailedError)) throw error;
          printer.done();
          await reportChecksFailed(ctx, octokit, gh, sha, target, error, flags.json);
          // The shared exit-code table maps the error's code (CHECKS_FAILED) to exit 6.
          throw error;
        }
      }
      const report = await runDeploy({
        ...run,
        serviceId: target.serviceId,
        environmentId: target.environmentId,
        ...(target.projectId ? { projectId: target.projectId } : {}),
        ...(sha ? { commitSha: sha } : {}),
        ...(flags.up ? { upDirectory: flags.up } : {}),
        ...(flags.message ? { message: flags.message } : {}),
        ...(flags.image ? { expectImage: flags.image } : {}),
      });
      printer.done();
      if (gh && octokit && (sha ?? gh.sha)) {
        await reportToGitHub(ctx, octokit, gh, sha ?? (gh.sha as string), target, report).catch((error: unknown) => {
          // The deploy's verdict stands even when GitHub is unreachable: say so, keep the exit code.
          ctx.err(`warning: could not report to GitHub: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      finish(report);
    });
  });
}

type GitHubClient = ReturnType<typeof createGitHubClient>;
type GitHubSettings = ReturnType<typeof gitHubSettingsFromEnv>;

/** Says which checks failed: on the pull request (best effort), and as JSON or text. */
async function reportChecksFailed(
  ctx: CliContext,
  octokit: GitHubClient,
  gh: GitHubSettings,
  sha: string,
  target: ResolvedTarget,
  error: ChecksFailedError,
  json: boolean | undefined,
): Promise<void> {
  const failed = error.decision.failed;
  const service = target.serviceName ?? target.serviceId;
  const body = renderDeployComment(
    {
      verdict: "checks-failed",
      ok: false,
      summary: `Not deployed: ${failed.length === 1 ? "a check" : `${failed.length} checks`} failed (${failed.map((c) => `${c.name}: ${c.conclusion}`).join(", ")}).`,
      durationsMs: { queued: 0, build: 0, deploy: 0 },
      health: { checks: 0, passed: 0, failures: [] },
      logExcerpt: [],
    },
    { service, environment: target.environmentName ?? target.environmentId, sha, ...(gh.runUrl ? { runUrl: gh.runUrl } : {}) },
  );
  await upsertPrComment(octokit, { owner: gh.owner, repo: gh.repo, sha, service, body }).catch((e: unknown) => {
    ctx.err(`warning: could not comment on the pull request: ${e instanceof Error ? e.message : String(e)}`);
  });
  if (json) ctx.json({ deploymentId: null, status: null, verdict: "checks-failed", failedChecks: failed.map((c) => ({ name: c.name, conclusion: c.conclusion, url: c.url })) });
  else {
    ctx.out(`CHECKS-FAILED: not deploying ${sha.slice(0, 12)}; failed checks:`);
    for (const c of failed) ctx.out(`  ✗ ${c.name}: ${c.conclusion}${c.url ? ` ${c.url}` : ""}`);
  }
}

async function reportToGitHub(
  ctx: CliContext,
  octokit: GitHubClient,
  gh: GitHubSettings,
  sha: string,
  target: ResolvedTarget,
  report: DeployReport,
): Promise<void> {
  const service = target.serviceName ?? target.serviceId;
  const environment = target.environmentName ?? target.environmentId;
  const ok = report.verdict === "deployed" || report.verdict === "skipped";
  const body = renderDeployComment(
    { ...report, ok, url: report.url, health: { ...report.health } },
    { service, environment, sha, ...(gh.runUrl ? { runUrl: gh.runUrl } : {}) },
  );
  const comment = await upsertPrComment(octokit, { owner: gh.owner, repo: gh.repo, sha, service, body });
  await recordGitHubDeployment(octokit, {
    owner: gh.owner,
    repo: gh.repo,
    sha,
    environment,
    service,
    state: deploymentStateForVerdict(report.verdict),
    description: report.summary,
    ...(report.url ? { environmentUrl: report.url } : {}),
    ...(gh.runUrl ? { logUrl: gh.runUrl } : {}),
  });
  if (comment.action !== "no-pull-request" && !ctx.interactive()) ctx.err(`GitHub: PR #${comment.pullNumber} comment ${comment.action}`);
}

