/**
 * `buildDoraReport`: the report as a library call. It lists an environment's deployments once,
 * optionally looks the commits up on GitHub, and computes the DORA metrics per service and overall.
 */
import type { Octokit } from "@octokit/rest";
import type { Target } from "../config/index.js";
import { UsageError } from "../core/index.js";
import type { RailwayClient } from "../railway/index.js";
import { collectHistory, collectPhases, commitTimesFromGitHub } from "./collect-history.js";
import { computeDora, type DoraReport, type DoraTrendPoint, doraTrend, type LeadTimeSource } from "./dora.js";

export interface BuildReportOptions {
  client: RailwayClient;
  /** The project and environment to report on (from `resolveTarget`). */
  target: Target;
  /** Epoch ms: the window's start. */
  since: number;
  /** Epoch ms: the window's end (the Clock's now). */
  until: number;
  /** A service name or id: report on that service only. */
  service?: string;
  /** Commit times for lead time come from this repository when given. */
  github?: { octokit: Octokit; owner: string; repo: string };
  /** Deployment ids the store recorded as rolled back. */
  rolledBack?: ReadonlySet<string>;
  /** How soon a fix must follow a change to count it as failed. Default 1 h. */
  fixWindowMs?: number;
  /** Deployments whose `deploymentEvents` are read for the build/deploy phase durations. Default 20; 0 skips. */
  phaseSamples?: number;
  /** Also compute the overall metrics bucket by bucket of this length (the dashboard's trend). */
  trendBucketMs?: number;
  signal?: AbortSignal;
}

export interface DoraReportResult extends DoraReport {
  project: { id: string; name: string };
  environment: { id: string; name: string };
  /** What the report cost: Railway requests for the history, GitHub requests for commit times. */
  requests: { railwayHistory: number; railwayPhases: number; github: number };
  /** The trend, when `trendBucketMs` was given. */
  trend?: DoraTrendPoint[];
  /** True when the history was longer than the listing's page cap. */
  truncated: boolean;
}

/** A service named by `--service` that the project does not have. */
export class ReportServiceNotFoundError extends UsageError {
  constructor(wanted: string, available: readonly string[]) {
    super(`no service "${wanted}" in this environment; found: ${available.join(", ") || "none"}`, {
      hint: "Service names are case-sensitive.",
    });
  }
}

export async function buildDoraReport(options: BuildReportOptions): Promise<DoraReportResult> {
  const { target } = options;
  let services = target.services;
  if (options.service !== undefined) {
    const wanted = options.service;
    const match = services.find((s) => s.id === wanted || s.name === wanted);
    if (!match)
      throw new ReportServiceNotFoundError(
        wanted,
        services.map((s) => s.name),
      );
    services = [match];
  }
  const history = await collectHistory({
    client: options.client,
    environmentId: target.environment.id,
    services: new Map(services.map((s) => [s.id, s.name])),
    since: options.since,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let leadTimeSource: LeadTimeSource | null = null;
  let githubRequests = 0;
  if (options.github) {
    const hashes = history.deployments.flatMap((d) => (d.commitHash ? [d.commitHash] : []));
    const found = await commitTimesFromGitHub({ ...options.github, hashes });
    githubRequests = found.requests;
    for (const d of history.deployments) if (d.commitHash) d.commitTime = found.times.get(d.commitHash) ?? null;
    if (found.times.size > 0) leadTimeSource = "github";
  }
  const phaseRequests =
    options.phaseSamples === 0
      ? 0
      : await collectPhases({
          client: options.client,
          deployments: history.deployments,
          max: options.phaseSamples ?? 20,
          ...(options.signal ? { signal: options.signal } : {}),
        });
  const input = {
    since: options.since,
    until: options.until,
    deployments: history.deployments,
    leadTimeSource,
    ...(options.rolledBack ? { rolledBack: options.rolledBack } : {}),
    ...(options.fixWindowMs !== undefined ? { fixWindowMs: options.fixWindowMs } : {}),
  };
  return {
    ...computeDora(input),
    project: target.project,
    environment: target.environment,
    requests: { railwayHistory: history.requests, railwayPhases: phaseRequests, github: githubRequests },
    truncated: history.truncated,
    ...(options.trendBucketMs ? { trend: doraTrend(input, options.trendBucketMs) } : {}),
  };
}
