/**
 * Deploys a service of an in-process emulator as a user would (GraphQL `serviceInstanceDeployV2`,
 * optionally at a commit), and moves its manual clock from event to event until a deployment
 * reaches a status. No other process is waiting on that clock (a daemon test drives it itself).
 */
import type { ManualClock } from "../../src/core/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";

export async function deployService(emu: RunningEmulator, serviceId: string, commit?: string): Promise<string> {
  const res = await fetch(emu.info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "project-access-token": emu.info.tokens.project as string },
    body: JSON.stringify({
      query:
        "mutation($s: String!, $e: String!, $c: String) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e, commitSha: $c) }",
      variables: { s: serviceId, e: emu.info.environmentId, c: commit ?? null },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { data: { serviceInstanceDeployV2: string } }).data.serviceInstanceDeployV2;
}

/** Advances the emulator's manual clock to each next event until deployment `id` is in one of `statuses`. */
export async function advanceUntilStatus(emu: RunningEmulator, id: string, statuses: readonly string[]): Promise<void> {
  const clock = emu.clock as ManualClock;
  for (let step = 0; !statuses.includes(emu.world.deployments.get(id)?.status ?? ""); step++) {
    const next = clock.nextAt();
    if (next === undefined || step > 1_000)
      throw new Error(
        `deployment ${id} never reached ${statuses.join("/")} (${emu.world.deployments.get(id)?.status})`,
      );
    await clock.advanceTo(next);
  }
}
