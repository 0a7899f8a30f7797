/**
 * Where escalations go, built from the config and the environment: ONE builder for the daemon
 * (`railpilot autopilot`) and the one-shot monitor (`railpilot monitor --once`), so both open the
 * same issues, notify the same channels and run the same fix-PR pipeline.
 *
 * - GitHub issues: a GitHub token and RAILPILOT_ISSUES_REPO / GITHUB_REPOSITORY / github.repository.
 * - Notifications: whatever channels are configured (src/notify).
 * - Fix PRs: AUTO_FIX_ENABLED or ANTHROPIC_API_KEY (src/fixes), on the issues' repository.
 */
import type { Octokit } from "@octokit/rest";
import type { Kysely } from "kysely";
import type { Config } from "../config/index.js";
import type { Clock } from "../core/index.js";
import { type FixLedger, type FixPipeline, fixPipelineFromEnv } from "../fixes/index.js";
import { createGitHubClient } from "../github/index.js";
import { Notifier, notificationChannelsFromEnv } from "../notify/index.js";
import type { Database } from "../store/index.js";
import type { EscalationError } from "./escalation-error.js";
import { issueSettingsFromEnv } from "./escalation-settings.js";
import { IssueEscalator } from "./issue-escalator.js";

export interface EscalationTargetsOptions {
  config: Config;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Where the fix pipeline counts occurrences and records what it did (storeFixLedger / lazyFixLedger). */
  fixLedger: FixLedger;
  /** The store's database, for issue idempotency across replicas. Absent: one-shot runs. */
  db?: Kysely<Database>;
  /** Failures of deferred issue updates (they have no caller to throw to). */
  onIssueError?: (error: EscalationError) => void;
  /** Delivery attempts per notification. Default: the Notifier's (5). */
  notifyAttempts?: number;
}

export interface EscalationTargets {
  /** Absent: no GitHub token or repository. */
  issues?: IssueEscalator;
  /** Absent: no channel configured. */
  notifier?: Notifier;
  /** Absent: neither AUTO_FIX_ENABLED nor ANTHROPIC_API_KEY is set. */
  fixes?: FixPipeline;
  /** The repository issues and fix PRs go to, when configured. */
  github?: { octokit: Octokit; owner: string; repo: string };
}

export function escalationTargetsFromEnv(options: EscalationTargetsOptions): EscalationTargets {
  const { config, env, clock } = options;
  const repository = env.RAILPILOT_ISSUES_REPO || env.GITHUB_REPOSITORY || config.github.repository;
  const settings =
    config.github.token && repository
      ? issueSettingsFromEnv({ ...env, GITHUB_REPOSITORY: env.GITHUB_REPOSITORY || repository })
      : undefined;
  const github =
    settings && config.github.token
      ? {
          octokit: createGitHubClient({ token: config.github.token, baseUrl: config.github.baseUrl }),
          owner: settings.owner,
          repo: settings.repo,
        }
      : undefined;
  const issues =
    settings && github
      ? new IssueEscalator(settings, {
          octokit: github.octokit,
          clock,
          ...(options.db ? { db: options.db } : {}),
          ...(options.onIssueError ? { onError: options.onIssueError } : {}),
        })
      : undefined;
  const channels = notificationChannelsFromEnv(env, clock);
  const notifier =
    channels.length > 0
      ? new Notifier({
          channels,
          clock,
          ...(options.notifyAttempts !== undefined ? { maxAttempts: options.notifyAttempts } : {}),
        })
      : undefined;
  const fixes = fixPipelineFromEnv({ env, clock, ledger: options.fixLedger, ...(github ? { github } : {}) });
  return {
    ...(issues ? { issues } : {}),
    ...(notifier ? { notifier } : {}),
    ...(fixes ? { fixes } : {}),
    ...(github ? { github } : {}),
  };
}
