/**
 * A GitHub Deployment per (commit, environment) with statuses, so the PR timeline shows the deploy.
 * Idempotent: an existing deployment for the same commit and environment is reused, and a status
 * equal to the latest one is not posted again.
 */
import type { Octokit } from "@octokit/rest";
import { redact } from "../core/index.js";
import { gitHubFailure } from "./github-client.js";

export type GitHubDeploymentState = "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

/** Maps a railpilot verdict to a deployment status state. */
export function deploymentStateForVerdict(verdict: string): GitHubDeploymentState {
  switch (verdict) {
    case "deployed":
    case "skipped":
      return "success";
    case "timeout":
    case "rollback-failed":
    // Live, but not verified: GitHub's "error" says "could not tell", not "bad".
    case "inconclusive":
      return "error";
    default:
      return "failure";
  }
}

export interface RecordDeploymentOptions {
  owner: string;
  repo: string;
  sha: string;
  environment: string;
  state: GitHubDeploymentState;
  description: string;
  environmentUrl?: string;
  logUrl?: string;
  /** Key stored in the payload to recognise our own deployments. */
  service: string;
}

export async function recordGitHubDeployment(
  gh: Octokit,
  o: RecordDeploymentOptions,
): Promise<{ deploymentId: number; posted: boolean }> {
  const { owner, repo } = o;
  // Redacted before it is cut to GitHub's 140 characters, so no fragment of a secret survives.
  const description = redact(o.description).slice(0, 140);
  const environmentUrl = o.environmentUrl ? redact(o.environmentUrl) : undefined;
  const logUrl = o.logUrl ? redact(o.logUrl) : undefined;
  try {
    const existing = await gh.rest.repos.listDeployments({
      owner,
      repo,
      sha: o.sha,
      environment: o.environment,
      per_page: 100,
    });
    const ours = existing.data.find(
      (d) =>
        typeof d.payload === "object" &&
        d.payload !== null &&
        (d.payload as Record<string, unknown>).railpilotService === o.service,
    );
    let deploymentId = ours?.id;
    if (deploymentId === undefined) {
      const created = await gh.rest.repos.createDeployment({
        owner,
        repo,
        ref: o.sha,
        environment: o.environment,
        description: `railpilot: ${o.service}`,
        auto_merge: false,
        // The checks gate is railpilot's own (--wait-for-checks); GitHub must not re-judge them.
        required_contexts: [],
        payload: { railpilotService: o.service },
        production_environment: o.environment === "production",
      });
      if (!("id" in created.data))
        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(created.data)}`);
      deploymentId = created.data.id;
    } else {
      const statuses = await gh.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deploymentId,
        per_page: 1,
      });
      const last = statuses.data[0];
      if (
        last &&
        last.state === o.state &&
        last.description === description &&
        (last.environment_url ?? "") === (environmentUrl ?? "")
      ) {
        return { deploymentId, posted: false };
      }
    }
    await gh.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deploymentId,
      state: o.state,
      description,
      ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      ...(logUrl ? { log_url: logUrl } : {}),
    });
    return { deploymentId, posted: true };
  } catch (error) {
    throw gitHubFailure(`recording the GitHub deployment of ${o.sha.slice(0, 7)}`, error);
  }
}
