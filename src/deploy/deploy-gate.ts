/**
 * The deploy as CI runs it: wait for the commit's GitHub checks → deploy and verify → report to
 * GitHub (the pull request comment and a GitHub Deployment). A failed check means nothing is
 * deployed. GitHub being unreachable while reporting never changes the deploy's verdict: it is
 * returned as a warning.
 */
import type { Octokit } from "@octokit/rest";
import { RailpilotError } from "../core/index.js";
import {
  ChecksFailedError,
  type ChecksDecision,
  createGitHubClient,
  deploymentStateForVerdict,
  type GitHubSettings,
  recordGitHubDeployment,
  renderDeployComment,
  type UpsertCommentResult,
  upsertPrComment,
  waitForChecks,
} from "../github/index.js";
import type { DeployReport } from "./deploy-verdict.js";
import { runDeploy } from "./deploy-runner.js";
import type { ResolvedTarget } from "./railway-deploy-api.js";
import type { DeployOptions } from "./run-options.js";

export type DeployGateErrorCode =
  /** Waiting for checks was asked for, but no GitHub token and repository are configured. */
  | "GATE_NEEDS_GITHUB"
  /** Waiting for checks was asked for, but no commit is known. */
  | "GATE_NEEDS_COMMIT";

export class DeployGateError extends RailpilotError {
  declare readonly code: DeployGateErrorCode;
  constructor(code: DeployGateErrorCode, message: string, hint: string) {
    super(code, message, { hint });
  }
}

export interface CheckGateOptions {
  timeoutMs: number;
  intervalMs: number;
  /** Only these checks count (default: all). */
  required?: readonly string[];
  /** Never wait on these (the current job is always ignored). */
  ignore?: readonly string[];
}

export interface DeployGateOptions extends DeployOptions {
  /** The resolved target: its names label the PR comment and the GitHub Deployment. */
  target: ResolvedTarget;
  /** GitHub settings (`gitHubSettingsFromConfig`); undefined = no checks, no reporting. */
  github?: GitHubSettings | undefined;
  /** Wait for the commit's checks first. Needs `github` and a commit. */
  checks?: CheckGateOptions | undefined;
  /** An Octokit to use instead of one made from `github`. */
  gitHubClient?: Octokit;
}

export type DeployGateResult =
  | {
      outcome: "checks-failed";
      sha: string;
      decision: ChecksDecision;
      /** The error to surface (code CHECKS_FAILED). */
      error: ChecksFailedError;
      warnings: string[];
    }
  | {
      outcome: "deployed";
      report: DeployReport;
      /** What reporting to GitHub did, when it ran. */
      comment?: UpsertCommentResult;
      warnings: string[];
    };

function label(target: ResolvedTarget) {
  return {
    service: target.serviceName ?? target.serviceId,
    environment: target.environmentName ?? target.environmentId,
  };
}

/** Checks → deploy → report. Returns the outcome as data; throws only for errors before anything happened. */
export async function runDeployGate(options: DeployGateOptions): Promise<DeployGateResult> {
  const { github, checks, target } = options;
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
  };
  if (checks && !github) {
    throw new DeployGateError(
      "GATE_NEEDS_GITHUB",
      "waiting for checks needs GitHub settings",
      "Configure the GitHub token and repository (GITHUB_TOKEN, GITHUB_REPOSITORY).",
    );
  }
  const sha = options.commitSha ?? (checks ? github?.sha : undefined);
  if (checks && !sha)
    throw new DeployGateError(
      "GATE_NEEDS_COMMIT",
      "waiting for checks needs a commit",
      "Name the commit (GITHUB_SHA in Actions).",
    );
  const octokit = github
    ? (options.gitHubClient ?? createGitHubClient({ token: github.token, baseUrl: github.apiUrl }))
    : undefined;
  const { service, environment } = label(target);

  if (checks && github && octokit && sha) {
    options.onEvent?.({ kind: "note", message: `waiting for the checks of ${sha.slice(0, 12)}` });
    try {
      await waitForChecks(octokit, {
        owner: github.owner,
        repo: github.repo,
        sha,
        clock: options.clock,
        timeoutMs: checks.timeoutMs,
        intervalMs: checks.intervalMs,
        rules: {
          required: [...(checks.required ?? [])],
          ignore: [...(checks.ignore ?? []), ...(github.job ? [github.job] : [])],
        },
        ...(options.signal ? { signal: options.signal } : {}),
        onPoll: (d) => {
          if (d.pending.length || d.missing.length)
            options.onEvent?.({
              kind: "note",
              message: `checks pending: ${[...d.pending.map((c) => c.name), ...d.missing].join(", ")}`,
            });
        },
      });
    } catch (error) {
      if (!(error instanceof ChecksFailedError)) throw error;
      const failed = error.decision.failed;
      const body = renderDeployComment(
        {
          verdict: "checks-failed",
          ok: false,
          summary: `Not deployed: ${failed.length === 1 ? "a check" : `${failed.length} checks`} failed (${failed.map((c) => `${c.name}: ${c.conclusion}`).join(", ")}).`,
          durationsMs: { queued: 0, build: 0, deploy: 0 },
          health: { checks: 0, passed: 0, failures: [] },
          logExcerpt: [],
        },
        { service, environment, sha, ...(github.runUrl ? { runUrl: github.runUrl } : {}) },
      );
      await upsertPrComment(octokit, { owner: github.owner, repo: github.repo, sha, service, body }).catch(
        (e: unknown) => {
          warn(`could not comment on the pull request: ${e instanceof Error ? e.message : String(e)}`);
        },
      );
      return { outcome: "checks-failed", sha, decision: error.decision, error, warnings };
    }
  }

  const report = await runDeploy({ ...options, ...(sha ? { commitSha: sha } : {}) });
  const reportSha = sha ?? github?.sha;
  if (!github || !octokit || !reportSha) return { outcome: "deployed", report, warnings };
  try {
    const ok = report.verdict === "deployed" || report.verdict === "skipped";
    const body = renderDeployComment(
      { ...report, ok, url: report.url, health: { ...report.health } },
      { service, environment, sha: reportSha, ...(github.runUrl ? { runUrl: github.runUrl } : {}) },
    );
    const comment = await upsertPrComment(octokit, {
      owner: github.owner,
      repo: github.repo,
      sha: reportSha,
      service,
      body,
    });
    await recordGitHubDeployment(octokit, {
      owner: github.owner,
      repo: github.repo,
      sha: reportSha,
      environment,
      service,
      state: deploymentStateForVerdict(report.verdict),
      description: report.summary,
      ...(report.url ? { environmentUrl: report.url } : {}),
      ...(github.runUrl ? { logUrl: github.runUrl } : {}),
    });
    return { outcome: "deployed", report, comment, warnings };
  } catch (error) {
    // The deploy's verdict stands even when GitHub is unreachable.
    warn(`could not report to GitHub: ${error instanceof Error ? error.message : String(error)}`);
    return { outcome: "deployed", report, warnings };
  }
}
