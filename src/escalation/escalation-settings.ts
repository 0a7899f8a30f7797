/**
 * Issue settings from the environment:
 *   RAILPILOT_ISSUES_REPO        owner/repo for issues (default GITHUB_REPOSITORY)
 *   RAILPILOT_ISSUE_LABELS       comma-separated (default railpilot,deployment-alert)
 *   RAILPILOT_ISSUE_URGENT_LABEL (default urgent)
 *   RAILPILOT_ISSUE_UPDATE_INTERVAL  duration, e.g. 15m (default 15m)
 *   RAILPILOT_HEALTHY_AFTER      duration (default 30m)
 *   RAILPILOT_CLOSE_WHEN_HEALTHY true|false (default false)
 */
import { parseDuration, UsageError } from "../core/index.js";
import type { IssueEscalatorConfig } from "./issue-escalator.js";

export function issueSettingsFromEnv(env: NodeJS.ProcessEnv): IssueEscalatorConfig {
  const repoText = env.RAILPILOT_ISSUES_REPO || env.GITHUB_REPOSITORY;
  if (!repoText || !/^[^/\s]+\/[^/\s]+$/.test(repoText)) {
    throw new UsageError("The repository for escalation issues is not set (owner/repo).", {
      hint: "Set RAILPILOT_ISSUES_REPO (or GITHUB_REPOSITORY) to owner/repo.",
    });
  }
  const [owner, repo] = repoText.split("/") as [string, string];
  const labels = env.RAILPILOT_ISSUE_LABELS?.split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  const bool = env.RAILPILOT_CLOSE_WHEN_HEALTHY?.trim().toLowerCase();
  if (bool !== undefined && bool !== "" && !["true", "false", "1", "0"].includes(bool)) {
    throw new UsageError("RAILPILOT_CLOSE_WHEN_HEALTHY must be true or false.", { hint: "Set it to true or false." });
  }
  return {
    owner,
    repo,
    ...(labels && labels.length > 0 ? { labels } : {}),
    ...(env.RAILPILOT_ISSUE_URGENT_LABEL ? { urgentLabel: env.RAILPILOT_ISSUE_URGENT_LABEL } : {}),
    ...(env.RAILPILOT_ISSUE_UPDATE_INTERVAL
      ? { updateIntervalMs: parseDuration(env.RAILPILOT_ISSUE_UPDATE_INTERVAL, "RAILPILOT_ISSUE_UPDATE_INTERVAL") }
      : {}),
    ...(env.RAILPILOT_HEALTHY_AFTER
      ? { healthyAfterMs: parseDuration(env.RAILPILOT_HEALTHY_AFTER, "RAILPILOT_HEALTHY_AFTER") }
      : {}),
    ...(bool === "true" || bool === "1" ? { closeWhenHealthy: true } : {}),
  };
}
