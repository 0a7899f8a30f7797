/**
 * Whether a deployment still serves as the service's own, or a newer one has replaced it since:
 * read from Railway itself (ids, statuses, `createdAt` and `meta.commitHash`, all fields the real
 * API returns), so runs on different machines without a shared store see the same answer.
 */
import { isDeploymentStatus, isInProgress, type DeploymentStatus } from "./lifecycle.js";
import type { DeploymentSnapshot, RailwayDeployApi } from "./railway-deploy-api.js";
import { commitOf } from "./trigger-deployment.js";

/** Statuses of a deployment that is (or was last) in place: a crashed one still holds the service. */
export const SERVING_STATUSES: ReadonlySet<string> = new Set(["SUCCESS", "SLEEPING", "CRASHED"]);

export interface Replacement {
  /** The newest deployment created after ours that is under way or went live. */
  id: string;
  status: string;
  /**
   * When it runs the same commit as a deployment older than ours (and ours runs another): the
   * deployment whose build it re-runs, i.e. it is a rollback (by another run, or by hand).
   */
  rollbackOf?: string;
}

export type Standing =
  | { state: "active"; status: DeploymentStatus | undefined }
  /** `by` is unknown when ours was REMOVED but the list shows nothing newer in place. */
  | { state: "replaced"; status: DeploymentStatus | undefined; by?: Replacement }
  | { state: "unknown"; status: DeploymentStatus | undefined; reason: string };

/**
 * The deployment that replaced `self`, from the service's list (newest first or any order):
 * the newest one created after it that is in progress or went live. None when only failed,
 * skipped or removed ones came after it.
 */
export function replacementOf(
  self: Pick<DeploymentSnapshot, "id" | "createdAt" | "meta">,
  list: readonly DeploymentSnapshot[],
): Replacement | undefined {
  const created = Date.parse(self.createdAt);
  const newer = list
    .filter(
      (d) =>
        d.id !== self.id &&
        Date.parse(d.createdAt) > created &&
        (isInProgress(d.status) || SERVING_STATUSES.has(d.status)),
    )
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const by = newer[0];
  if (!by) return undefined;
  const commit = commitOf(by);
  const selfCommit = commitOf(self);
  const origin =
    commit && commit !== selfCommit
      ? list
          .filter((d) => d.id !== by.id && Date.parse(d.createdAt) < created && commitOf(d) === commit)
          .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0]
      : undefined;
  return { id: by.id, status: by.status, ...(origin ? { rollbackOf: origin.id } : {}) };
}

/**
 * Re-reads the deployment and the service's list. Replaced when a newer deployment is under way
 * or went live (rolling back would undo it, or roll back a second time); active when ours is
 * SUCCESS, SLEEPING or CRASHED and nothing replaced it.
 */
export async function standingOf(
  api: RailwayDeployApi,
  deploymentId: string,
  serviceId: string,
  environmentId: string,
): Promise<Standing> {
  let self: DeploymentSnapshot;
  let list: DeploymentSnapshot[];
  try {
    [self, list] = await Promise.all([api.deployment(deploymentId), api.deployments(serviceId, environmentId, 10)]);
  } catch (error) {
    return { state: "unknown", status: undefined, reason: error instanceof Error ? error.message : String(error) };
  }
  const status = isDeploymentStatus(self.status) ? self.status : undefined;
  const by = replacementOf(self, list);
  if (by) return { state: "replaced", status, by };
  if (status && SERVING_STATUSES.has(status)) return { state: "active", status };
  if (status === "REMOVED" || status === "REMOVING") return { state: "replaced", status };
  return { state: "unknown", status, reason: `it is ${String(self.status)}` };
}
