import { RailpilotError } from "../core/index.js";
import {
  CustomDomainDeleteDocument,
  EnvironmentDeleteDocument,
  ProjectDeleteDocument,
  ServiceDeleteDocument,
  ServiceDomainDeleteDocument,
  VariableDeleteDocument,
  VolumeDeleteDocument,
} from "../railway/index.js";
import type { ApplyDeps } from "./applier.js";
import type { CreatedResource } from "./journal.js";
import { resolvePending } from "./pending-lookup.js";
import { compact } from "./railway-quirks.js";
import { markedByOtherRun } from "./run-lock.js";

/**
 * Compensation: removing what a failed (or abandoned) run created, newest first, and nothing
 * else: never what existed before the run began, never a project another run has marked as its
 * own. What could not be removed is returned (and journaled) for the final error.
 */

function describeResource(r: CreatedResource): string {
  if (r.pending) return `${r.type} "${r.name ?? "?"}" (its create got no answer; not found or not checked)`;
  return `${r.type} ${r.id}${r.name && r.name !== r.id ? ` (${r.name})` : ""}`;
}

/** What compensation could not remove, for the final error: a project first, with what it holds. */
export function describeLeftovers(leftovers: readonly CreatedResource[]): string {
  const project = leftovers.find((r) => r.type === "project" && !r.pending);
  if (!project) return leftovers.map(describeResource).join(", ");
  const inside = leftovers.filter((r) => r !== project);
  return `${describeResource(project)}${inside.length > 0 ? `, with what this apply created in it: ${inside.map(describeResource).join(", ")}` : ""}`;
}

export function leftoverHint(leftovers: readonly CreatedResource[]): string {
  const project = leftovers.find((r) => r.type === "project" && !r.pending);
  if (project) {
    return `Project ${project.id} was created by this apply and holds nothing else: delete it in Railway's dashboard (project Settings → Danger → Delete project), or run apply again to finish the stack instead.`;
  }
  return "Remove the listed resources in Railway's dashboard (or run apply again to finish the stack).";
}

/**
 * Removes everything a run created, newest first. Pending records (creates whose answer was
 * lost) are looked up first. Children of a project this run created go with the project (one
 * call instead of many); when the project cannot be deleted, they all stay, and are reported
 * and journaled as such. Returns what could not be removed (the project first).
 */
export async function compensate(
  runId: string,
  deps: Pick<ApplyDeps, "client" | "journal" | "clock" | "onEvent" | "quirks" | "audit">,
): Promise<CreatedResource[]> {
  const steps = (await deps.journal.steps(runId)).sort((a, b) => a.seq - b.seq);
  const run = await deps.journal.run(runId);
  const start = run?.start;
  /** What existed when the run began is never this run's to remove. */
  const existedBefore = (r: CreatedResource) =>
    start !== undefined &&
    ((r.type === "project" && r.id === start.projectId) ||
      (r.type === "environment" && r.id === start.environmentId) ||
      (r.type === "service" && start.serviceIds.includes(r.id)));
  const client = deps.client;
  const leftovers: CreatedResource[] = [];
  const report = (r: CreatedResource, error?: unknown) => {
    if (error === undefined) deps.onEvent?.({ type: "compensate", resource: r, ok: true });
    else
      deps.onEvent?.({
        type: "compensate",
        resource: r,
        ok: false,
        error: error instanceof Error ? error : new Error(String(error)),
      });
  };
  const audited = async (r: CreatedResource) => {
    await deps.audit?.({
      kind: "apply.compensate",
      target: run ? `${run.stack}/${run.environment}` : runId,
      detail: { runId, type: r.type, id: r.id, ...(r.serviceId ? { serviceId: r.serviceId } : {}) },
    });
  };

  // Resolve pending records into what exists (a project first: its children then need no lookup).
  const resolved = new Map<string, CreatedResource[]>();
  const resolve = async (r: CreatedResource): Promise<CreatedResource[]> => {
    if (!r.pending) return [r];
    try {
      return await resolvePending(r, deps);
    } catch (error) {
      leftovers.push(r);
      report(r, error);
      return [];
    }
  };
  for (const s of steps) {
    const list: CreatedResource[] = [];
    for (const r of s.created) if (r.type === "project") list.push(...(await resolve(r)));
    resolved.set(s.stepId, list);
  }
  const project = [...resolved.values()].flat().find((r) => r.type === "project" && !existedBefore(r));
  for (const s of steps) {
    const list = resolved.get(s.stepId) ?? [];
    for (const r of s.created) {
      if (r.type === "project") continue;
      if (project)
        list.push(r); // goes with the project; no lookup needed
      else list.push(...(await resolve(r)));
    }
  }
  const created = steps.flatMap((s) => resolved.get(s.stepId) ?? []).filter((r) => !existedBefore(r));

  const deletedServices = new Set<string>();
  const undo = async (r: CreatedResource) => {
    await undoOne(r);
    await audited(r);
  };
  const undoOne = async (r: CreatedResource) => {
    switch (r.type) {
      case "project": {
        // Another run's marker on it: that run has taken the project as its own; leave it.
        const other = await markedByOtherRun(client, r.id, runId);
        if (other)
          throw new RailpilotError(
            "APPLY_LOCKED",
            `project ${r.id} is now held by another apply (run ${other.runId}); it was left in place`,
          );
        await client.request(ProjectDeleteDocument, { id: r.id });
        return;
      }
      case "environment":
        await client.request(EnvironmentDeleteDocument, { id: r.id });
        return;
      case "service":
        await client.request(ServiceDeleteDocument, { id: r.id });
        deletedServices.add(r.id);
        return;
      case "volume":
        await client.request(VolumeDeleteDocument, { volumeId: r.id });
        return;
      case "service-domain":
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        await client.request(ServiceDomainDeleteDocument, { id: r.id });
        return;
      case "custom-domain":
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        await client.request(CustomDomainDeleteDocument, { id: r.id });
        return;
      case "variable":
      case "shared-variable": {
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        const [projectId, environmentId] = (r.name ?? "").split("/");
        if (!projectId || !environmentId) return;
        await client.request(VariableDeleteDocument, {
          input: compact({ projectId, environmentId, name: r.id, serviceId: r.serviceId }),
        });
        return;
      }
    }
  };
  if (project) {
    try {
      await undo(project);
      report(project);
    } catch (error) {
      // The project stays, and with it everything this run created inside it.
      report(project, error);
      leftovers.unshift(project, ...created.filter((r) => r !== project));
    }
  } else {
    for (const r of [...created].reverse()) {
      try {
        await undo(r);
        report(r);
      } catch (error) {
        leftovers.push(r);
        report(r, error);
      }
    }
  }
  const left = new Set(leftovers);
  for (const s of steps) {
    const list = resolved.get(s.stepId) ?? [];
    const unresolved = s.created.filter((r) => left.has(r));
    const journaled = [...list, ...unresolved];
    if (s.created.length === 0) continue;
    const failed = journaled.some((r) => left.has(r));
    await deps.journal.stepFinished(
      runId,
      s.stepId,
      failed ? "compensation-failed" : "compensated",
      journaled,
      s.error,
      deps.clock.now(),
    );
  }
  return leftovers;
}
