/**
 * Reads an environment's deployment history from Railway for the report: one paginated
 * `deployments(input: {environmentId})` listing for every service at once (API-NOTES §4), and the
 * commit times from GitHub when asked. The request count is returned so the report can say what it
 * cost against the plan's budget.
 */
import type { Octokit } from "@octokit/rest";
import { DeploymentEventsDocument, DeploymentsDocument, type RailwayClient } from "../railway/index.js";
import { type DeploymentRecord, phaseDurations } from "./dora.js";

export interface CollectHistoryOptions {
  client: RailwayClient;
  environmentId: string;
  /** Service id → name; deployments of services not listed are left out. */
  services: ReadonlyMap<string, string>;
  /** Epoch ms: deployments created earlier are not read. */
  since: number;
  /** Deployments per page. Default 100. */
  pageSize?: number;
  /** Stop after this many pages even if older deployments remain. Default 50. */
  maxPages?: number;
  signal?: AbortSignal;
}

export interface CollectedHistory {
  deployments: DeploymentRecord[];
  requests: number;
  /** True when maxPages stopped the listing before it reached `since`. */
  truncated: boolean;
}

function text(meta: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = meta?.[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

function epoch(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export async function collectHistory(options: CollectHistoryOptions): Promise<CollectedHistory> {
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 50;
  const deployments: DeploymentRecord[] = [];
  let after: string | undefined;
  let requests = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await options.client.request(
      DeploymentsDocument,
      { input: { environmentId: options.environmentId }, first: pageSize, ...(after ? { after } : {}) },
      { ...(options.signal ? { signal: options.signal } : {}) },
    );
    requests++;
    let sawOlder = false;
    for (const { node } of page.deployments.edges) {
      const createdAt = epoch(node.createdAt);
      if (createdAt === null) continue;
      if (createdAt < options.since) {
        sawOlder = true;
        continue;
      }
      const serviceName = node.serviceId ? options.services.get(node.serviceId) : undefined;
      if (!node.serviceId || serviceName === undefined) continue;
      const meta = (node.meta ?? null) as Record<string, unknown> | null;
      deployments.push({
        id: node.id,
        serviceId: node.serviceId,
        serviceName,
        status: node.status,
        createdAt,
        statusUpdatedAt: epoch(node.statusUpdatedAt) ?? epoch(node.updatedAt),
        reason: text(meta, "reason"),
        commitHash: text(meta, "commitHash"),
        commitMessage: text(meta, "commitMessage"),
        commitTime: null,
      });
    }
    const { hasNextPage, endCursor } = page.deployments.pageInfo;
    if (sawOlder || !hasNextPage || !endCursor) return { deployments, requests, truncated: false };
    if (requests >= maxPages) return { deployments, requests, truncated: true };
    after = endCursor;
  }
}

export interface CommitTimesOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  hashes: readonly string[];
  /** At most this many commits are looked up (newest deployments first). Default 200. */
  max?: number;
}

export interface CommitTimes {
  times: Map<string, number>;
  requests: number;
  /** Commits GitHub did not know (force-pushed away, another repository). */
  missing: number;
}

/** The committer time of each commit, from GitHub's REST API (`GET /repos/{o}/{r}/commits/{sha}`). */
export async function commitTimesFromGitHub(options: CommitTimesOptions): Promise<CommitTimes> {
  const unique = [...new Set(options.hashes)].slice(0, options.max ?? 200);
  const times = new Map<string, number>();
  let requests = 0;
  let missing = 0;
  for (const ref of unique) {
    requests++;
    try {
      const { data } = await options.octokit.rest.repos.getCommit({ owner: options.owner, repo: options.repo, ref });
      const when = epoch(data.commit.committer?.date ?? data.commit.author?.date ?? null);
      if (when === null) missing++;
      else times.set(ref, when);
    } catch (error) {
      const status =
        typeof error === "object" && error !== null && "status" in error
          ? (error as { status: unknown }).status
          : undefined;
      if (status === 404 || status === 422) {
        missing++;
        continue;
      }
      throw error;
    }
  }
  return { times, requests, missing };
}

export interface CollectPhasesOptions {
  client: RailwayClient;
  /** Deployments of the history; the newest finished ones get their `phases` filled in place. */
  deployments: DeploymentRecord[];
  /** At most this many deployments are looked up (one request each). Default 20. */
  max?: number;
  signal?: AbortSignal;
}

const FINISHED = new Set(["SUCCESS", "SLEEPING", "REMOVED", "FAILED", "CRASHED"]);

/**
 * Build and deploy phase durations from `deploymentEvents`, one request per deployment for the
 * newest `max` finished deployments (the listing does not carry the steps). Returns the request count.
 */
export async function collectPhases(options: CollectPhasesOptions): Promise<number> {
  const newest = options.deployments
    .filter((d) => FINISHED.has(d.status))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, options.max ?? 20);
  let requests = 0;
  for (const d of newest) {
    options.signal?.throwIfAborted();
    const page = await options.client.request(
      DeploymentEventsDocument,
      { id: d.id, first: 50 },
      { ...(options.signal ? { signal: options.signal } : {}) },
    );
    requests++;
    const steps = page.deploymentEvents.edges.flatMap(({ node }) => {
      const createdAt = epoch(node.createdAt);
      return createdAt === null ? [] : [{ step: node.step, createdAt, completedAt: epoch(node.completedAt) }];
    });
    d.phases = steps.length === 0 ? null : phaseDurations(steps);
  }
  return requests;
}
