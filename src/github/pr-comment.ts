/**
 * One comment per service on the pull request of the deployed commit, updated in place on re-runs.
 * The comment is found again by a hidden marker AND its author (the token's own account), so a
 * second run (or a retry) never duplicates it and never rewrites someone else's comment that
 * happens to quote the marker. Bodies are redacted here, at the edge that sends them.
 */
import type { Octokit } from "@octokit/rest";
import { formatDuration, redact } from "../core/index.js";
import { gitHubFailure } from "./github-client.js";

/** The account GitHub Actions' GITHUB_TOKEN comments as. */
export const GITHUB_ACTIONS_BOT = "github-actions[bot]";

/** Who our comments are by: a login, or (installation tokens) a bot login. */
export interface CommentAuthor {
  login: string;
  /** True when the login had to be assumed (GET /user is closed to installation tokens). */
  assumed: boolean;
}

const authors = new WeakMap<Octokit, Promise<CommentAuthor>>();

/**
 * The login the token comments as: `GET /user` for user tokens. Installation tokens (GITHUB_TOKEN,
 * GitHub Apps) get 403 there; their comments come from a bot, `github-actions[bot]` unless
 * `fallback` names the app's bot. Asked once per client.
 */
export function commentAuthor(gh: Octokit, fallback = GITHUB_ACTIONS_BOT): Promise<CommentAuthor> {
  const known = authors.get(gh);
  if (known) return known;
  const asking = gh.rest.users.getAuthenticated().then(
    (r) => ({ login: r.data.login, assumed: false }),
    (error: unknown) => {
      const status =
        typeof error === "object" && error && "status" in error ? (error as { status: unknown }).status : undefined;
      if (status === 403 || status === 404) return { login: fallback, assumed: true };
      authors.delete(gh);
      throw gitHubFailure("reading the token's own account (GET /user)", error);
    },
  );
  authors.set(gh, asking);
  return asking;
}

/** The plain data a comment (and a GitHub deployment status) shows. src/deploy's DeployReport fits it. */
export interface DeployOutcome {
  verdict: string;
  /** True when the deploy ended well (deployed or skipped). */
  ok: boolean;
  summary: string;
  deploymentId?: string | undefined;
  url?: string | undefined;
  durationsMs: { queued: number; build: number; deploy: number };
  health: { url?: string | undefined; checks: number; passed: number; failures: string[] };
  rollback?: { toDeploymentId: string | undefined; status: string; reason?: string } | undefined;
  logExcerpt: string[];
}

export function commentMarker(service: string): string {
  return `<!-- railpilot:deploy:${service.replace(/--/g, "-")} -->`;
}

const ICON: Record<string, string> = {
  deployed: "✅",
  skipped: "⏭️",
  "rolled-back": "↩️",
  failed: "❌",
  timeout: "⏱️",
  "rollback-failed": "🚨",
  "checks-failed": "🚫",
  inconclusive: "❔",
};

/** Renders the comment body (markdown). Pure. */
export function renderDeployComment(
  outcome: DeployOutcome,
  context: { service: string; environment?: string; sha?: string; runUrl?: string },
): string {
  const icon = ICON[outcome.verdict] ?? (outcome.ok ? "✅" : "⚠️");
  const lines = [
    commentMarker(context.service),
    `### ${icon} railpilot deploy: \`${context.service}\`${context.environment ? ` → ${context.environment}` : ""}: **${outcome.verdict}**`,
    "",
    outcome.summary,
    "",
    "| | |",
    "|---|---|",
  ];
  if (context.sha) lines.push(`| commit | \`${context.sha.slice(0, 12)}\` |`);
  if (outcome.deploymentId) lines.push(`| deployment | \`${outcome.deploymentId}\` |`);
  if (outcome.url) lines.push(`| URL | ${outcome.url} |`);
  const d = outcome.durationsMs;
  lines.push(
    `| durations | queued ${formatDuration(d.queued)} · build ${formatDuration(d.build)} · deploy ${formatDuration(d.deploy)} |`,
  );
  if (outcome.health.checks > 0) {
    const failures = outcome.health.failures.length ? ` (${outcome.health.failures.join(", ")})` : "";
    lines.push(`| health | ${outcome.health.passed}/${outcome.health.checks} probes passed${failures} |`);
  }
  if (outcome.rollback) {
    lines.push(
      `| rollback | ${outcome.rollback.status}${outcome.rollback.toDeploymentId ? ` to \`${outcome.rollback.toDeploymentId}\`` : ""}${outcome.rollback.reason ? `: ${outcome.rollback.reason}` : ""} |`,
    );
  }
  if (context.runUrl) lines.push(`| run | ${context.runUrl} |`);
  if (outcome.logExcerpt.length) {
    lines.push(
      "",
      "<details><summary>Decisive log lines</summary>",
      "",
      "```",
      ...outcome.logExcerpt.map((l) => l.replace(/```/g, "ˋˋˋ")),
      "```",
      "</details>",
    );
  }
  return lines.join("\n");
}

export interface UpsertCommentResult {
  pullNumber: number | undefined;
  commentId: number | undefined;
  action: "created" | "updated" | "unchanged" | "no-pull-request";
}

/**
 * Creates or updates the marked comment on the (first open) pull request of `sha`. Idempotent:
 * running it twice with the same body changes nothing the second time.
 */
export async function upsertPrComment(
  gh: Octokit,
  options: {
    owner: string;
    repo: string;
    sha: string;
    service: string;
    body: string;
    pullNumber?: number;
    /** The login our comments are by, when GET /user cannot tell (a GitHub App's `slug[bot]`). */
    author?: string;
  },
): Promise<UpsertCommentResult> {
  const { owner, repo } = options;
  // Log lines quoted in the body may carry tokens or database URLs the app printed.
  const body = redact(options.body);
  let pullNumber = options.pullNumber;
  if (pullNumber === undefined) {
    try {
      const pulls = await gh.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: options.sha });
      pullNumber = (pulls.data.find((p) => p.state === "open") ?? pulls.data[0])?.number;
    } catch (error) {
      throw gitHubFailure(`finding the pull request of ${options.sha.slice(0, 7)}`, error);
    }
  }
  if (pullNumber === undefined) return { pullNumber: undefined, commentId: undefined, action: "no-pull-request" };
  const marker = commentMarker(options.service);
  const author = options.author ? { login: options.author, assumed: false } : await commentAuthor(gh);
  const ours = (user: { login: string; type?: string } | null | undefined) =>
    !!user && user.login.toLowerCase() === author.login.toLowerCase() && (!author.assumed || user.type === "Bot");
  try {
    const comments = await gh.paginate(gh.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(marker) && ours(c.user));
    if (existing) {
      if (existing.body === body) return { pullNumber, commentId: existing.id, action: "unchanged" };
      await gh.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { pullNumber, commentId: existing.id, action: "updated" };
    }
    const created = await gh.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
    return { pullNumber, commentId: created.data.id, action: "created" };
  } catch (error) {
    throw gitHubFailure(`commenting on pull request #${pullNumber}`, error);
  }
}
