/**
 * The GitHub adapter's entry: an Octokit with a configurable base URL (GitHub Enterprise, or the
 * emulator's stand-in at `http://127.0.0.1:PORT/github`), a timeout on every request, and the
 * settings read from the Actions environment.
 */
import { Octokit } from "@octokit/rest";
import { z } from "zod";
import {
  DROPPED_CONNECTION_CODES,
  isNotSentCode,
  RailpilotError,
  registerSecret,
  transportErrorCode,
  UsageError,
} from "../core/index.js";

export class GitHubError extends RailpilotError {
  readonly status: number | undefined;
  constructor(message: string, options: { cause?: unknown; hint?: string; status?: number } = {}) {
    super("GITHUB", message, options);
    this.status = options.status;
  }
}

export interface GitHubSettings {
  token: string;
  owner: string;
  repo: string;
  sha: string | undefined;
  /** Branch the run is for: the PR's head branch on pull_request events, else GITHUB_REF_NAME. */
  branch: string | undefined;
  /** REST base URL. Default https://api.github.com. */
  apiUrl: string;
  /** The current job's name (its own check run is never waited on). */
  job: string | undefined;
  /** Link to the workflow run, for deployment statuses. */
  runUrl: string | undefined;
}

const envSchema = z.object({
  GITHUB_TOKEN: z.string().min(1, "GITHUB_TOKEN is required"),
  GITHUB_REPOSITORY: z.string().regex(/^[^/\s]+\/[^/\s]+$/, "GITHUB_REPOSITORY must be owner/repo"),
  GITHUB_SHA: z.string().min(1).optional(),
  GITHUB_API_URL: z.string().url().optional(),
  GITHUB_HEAD_REF: z.string().optional(),
  GITHUB_REF_NAME: z.string().optional(),
  GITHUB_JOB: z.string().optional(),
  GITHUB_SERVER_URL: z.string().optional(),
  GITHUB_RUN_ID: z.string().optional(),
});

/** Reads GitHub settings from the environment; throws a UsageError naming the missing variable. */
export function gitHubSettingsFromEnv(env: NodeJS.ProcessEnv, overrides: { sha?: string } = {}): GitHubSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`GitHub settings are incomplete: ${issue?.path.join(".")}: ${issue?.message}`, {
      hint: "Set GITHUB_TOKEN and GITHUB_REPOSITORY (GitHub Actions sets GITHUB_REPOSITORY; pass the token as an input or env).",
    });
  }
  const e = parsed.data;
  registerSecret(e.GITHUB_TOKEN);
  const [owner, repo] = e.GITHUB_REPOSITORY.split("/") as [string, string];
  return {
    token: e.GITHUB_TOKEN,
    owner,
    repo,
    sha: overrides.sha ?? e.GITHUB_SHA,
    branch: e.GITHUB_HEAD_REF || e.GITHUB_REF_NAME || undefined,
    apiUrl: (e.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
    job: e.GITHUB_JOB,
    runUrl:
      e.GITHUB_SERVER_URL && e.GITHUB_RUN_ID
        ? `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`
        : undefined,
  };
}

/** GitHub settings as config holds them (src/config's `Config["github"]`); every field optional. */
export interface GitHubConfigInput {
  token?: string | undefined;
  repository?: string | undefined;
  baseUrl?: string | undefined;
  sha?: string | undefined;
  branch?: string | undefined;
  headBranch?: string | undefined;
  job?: string | undefined;
  runUrl?: string | undefined;
}

/** GitHub settings are configured but do not fit (e.g. a repository not written owner/repo). */
export class GitHubSettingsError extends RailpilotError {
  declare readonly code: "GITHUB_SETTINGS";
  constructor(message: string, hint: string) {
    super("GITHUB_SETTINGS", message, { hint });
  }
}

/**
 * GitHub settings straight from config (railpilot.yaml, then the environment, then flags, as
 * src/config merged them): undefined when no token or no repository is configured.
 */
export function gitHubSettingsFromConfig(
  github: GitHubConfigInput,
  overrides: { sha?: string } = {},
): GitHubSettings | undefined {
  if (!github.token || !github.repository) return undefined;
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(github.repository);
  if (!m)
    throw new GitHubSettingsError(
      `the GitHub repository "${github.repository}" is not owner/repo`,
      "Write the repository as owner/repo, e.g. acme/shop.",
    );
  registerSecret(github.token);
  return {
    token: github.token,
    owner: m[1] as string,
    repo: m[2] as string,
    sha: overrides.sha ?? github.sha,
    branch: github.headBranch || github.branch || undefined,
    apiUrl: (github.baseUrl ?? "https://api.github.com").replace(/\/$/, ""),
    job: github.job,
    runUrl: github.runUrl,
  };
}

export interface GitHubClientOptions {
  token: string;
  /** Default https://api.github.com. */
  baseUrl?: string;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
}

export function createGitHubClient(options: GitHubClientOptions): Octokit {
  registerSecret(options.token);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timedFetch: typeof fetch = async (input, init) => {
    const send = () => {
      const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
      return fetch(input, { ...init, signal: AbortSignal.any(signals) });
    };
    try {
      return await send();
    } catch (error) {
      // Sent again once, at once: a request that never left, or a read whose idle keep-alive
      // connection GitHub (or a proxy) had closed. A write that may have arrived is not repeated.
      const code = transportErrorCode(error);
      const read = ["GET", "HEAD"].includes((init?.method ?? "GET").toUpperCase());
      if (isNotSentCode(code) || (read && code !== undefined && DROPPED_CONNECTION_CODES.has(code))) return send();
      throw error;
    }
  };
  return new Octokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/$/, ""),
    userAgent: "railpilot",
    request: { fetch: timedFetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/** Wraps an Octokit failure in a GitHubError that says what was being done. */
export function gitHubFailure(doing: string, error: unknown): GitHubError {
  const status =
    typeof error === "object" && error && "status" in error && typeof error.status === "number"
      ? error.status
      : undefined;
  const hint =
    status === 401
      ? "The GitHub token is invalid or expired."
      : status === 403 || status === 404
        ? "Give the workflow's token the permissions checks: read, pull-requests: write, deployments: write (and contents: read)."
        : "Check GITHUB_API_URL and the network; the call can be retried safely.";
  const detail = error instanceof Error ? error.message : String(error);
  return new GitHubError(`GitHub: ${doing} failed${status ? ` (HTTP ${status})` : ""}: ${detail}`, {
    cause: error,
    hint,
    status,
  });
}
