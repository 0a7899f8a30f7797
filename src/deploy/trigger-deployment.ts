/**
 * `serviceInstanceDeployV2` (or an upload) at most once per commit: a CI re-run, or a run whose
 * first attempt timed out after Railway accepted it, follows the deployment already under way
 * for the same commit instead of starting another; a trigger whose answer was lost is found by
 * listing again.
 */
import { isRailpilotError } from "../core/index.js";
import { mayHaveActed } from "../railway/errors.js";
import { isInProgress } from "./lifecycle.js";
import type { DeploymentSnapshot } from "./railway-deploy-api.js";
import type { DeployOptions } from "./run-options.js";

function sameCommit(a: string | null | undefined, b: string): boolean {
  return !!a && (a.startsWith(b) || b.startsWith(a));
}

/** The commit a deployment runs (`meta.commitHash`, set for deployments from a repository). */
export function commitOf(d: Pick<DeploymentSnapshot, "meta">): string | undefined {
  const hash = (d.meta as { commitHash?: unknown } | null | undefined)?.commitHash;
  return typeof hash === "string" && hash ? hash : undefined;
}

export interface Triggered {
  deploymentId: string;
  /** Set when an earlier run's deployment was adopted instead of creating one. */
  note?: string;
}

export async function triggerOnce(options: DeployOptions, startedAt: number): Promise<Triggered> {
  const { api, clock, commitSha } = options;
  let before: DeploymentSnapshot[] | undefined;
  if (commitSha) {
    before = await api.deployments(options.serviceId, options.environmentId, 10).catch((error: unknown) => {
      if (isRailpilotError(error) && ["AUTH", "NO_TOKEN"].includes(error.code)) throw error;
      return undefined;
    });
    const running = before?.find((d) => isInProgress(d.status) && sameCommit(commitOf(d), commitSha));
    if (running) {
      return {
        deploymentId: running.id,
        note: `deployment ${running.id} of commit ${commitSha.slice(0, 12)} was already ${running.status} (an earlier run triggered it); following it instead of deploying again`,
      };
    }
  }
  try {
    return { deploymentId: await api.trigger(options.serviceId, options.environmentId, commitSha) };
  } catch (error) {
    if (!mayHaveActed(error)) throw error;
    // The request may have reached Railway: a deployment created since this run started is ours.
    const known = new Set((before ?? []).map((d) => d.id));
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await clock.sleep(1_000 * attempt, options.signal);
      const fresh = await api
        .deployments(options.serviceId, options.environmentId, 10)
        .catch(() => [] as DeploymentSnapshot[]);
      const adopted = fresh.find(
        (d) =>
          !known.has(d.id) &&
          (before !== undefined || Date.parse(d.createdAt) >= startedAt) &&
          (!commitSha || !commitOf(d) || sameCommit(commitOf(d), commitSha)),
      );
      if (adopted) {
        const why = error instanceof Error ? error.message : String(error);
        return {
          deploymentId: adopted.id,
          note: `the deploy request failed (${why}) but Railway created deployment ${adopted.id}; following it instead of deploying again`,
        };
      }
    }
    throw error;
  }
}
