import { type ManualClock, flushMicrotasks } from "../../src/core/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { ProjectsDocument, ProvisionProjectStateDocument, RailwayClient, type RailwayPlan } from "../../src/railway/index.js";

/**
 * A real emulator (manual clock) and a real client pointed at it. `drive(promise)` moves the
 * virtual clock whenever no HTTP request is in flight, so polls and backoffs finish without
 * any wall-clock sleep.
 */
export interface Harness {
  emulator: RunningEmulator;
  clock: ManualClock;
  client: RailwayClient;
  /** Requests sent through `client` (after the fault wrapper). */
  requests: { operation: string; mutation: boolean }[];
  /** Makes the Nth mutation from now (1-based) fail with a GraphQL error, once. */
  failNthMutation(n: number): void;
  drive<T>(promise: Promise<T>): Promise<T>;
  /** Live projects, services and volumes in the workspace, counted through the API. */
  countResources(): Promise<{ projects: number; services: number; volumes: number }>;
  faults(body: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: { plan?: RailwayPlan } = {}): Promise<Harness> {
  const emulator = await startEmulator({ seed: "empty", clock: "manual", plan: options.plan ?? "unlimited" });
  const clock = emulator.clock as ManualClock;
  let inflight = 0;
  let failAt: number | undefined;
  let mutationsSeen = 0;
  const requests: Harness["requests"] = [];

  const wrapped: typeof fetch = async (input, init) => {
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { query?: string; operationName?: string }) : {};
    const mutation = /^\s*mutation\b/.test(body.query ?? "");
    requests.push({ operation: body.operationName ?? "?", mutation });
    if (mutation) {
      mutationsSeen++;
      if (failAt !== undefined && mutationsSeen === failAt) {
        failAt = undefined;
        return new Response(JSON.stringify({ errors: [{ message: `Injected failure in ${body.operationName}` }], data: null }), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      }
    }
    inflight++;
    try {
      return await fetch(input, init);
    } finally {
      inflight--;
    }
  };

  const client = new RailwayClient({
    endpoint: emulator.info.graphqlUrl,
    apiToken: emulator.info.tokens.account,
    clock,
    fetch: wrapped,
    plan: options.plan ?? "unlimited",
    env: {},
  });

  const drive = async <T>(promise: Promise<T>): Promise<T> => {
    let settled = false;
    promise.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    for (let spins = 0; !settled; spins++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled || inflight > 0) continue;
      await flushMicrotasks(3);
      if (settled || inflight > 0) continue;
      const next = clock.nextAt();
      if (next !== undefined) await clock.advanceTo(Math.max(next, clock.now()));
      if (spins > 2_000_000) throw new Error("drive: no progress");
    }
    return promise;
  };

  const countResources = async () => {
    let projects = 0;
    let services = 0;
    let volumes = 0;
    for await (const p of client.paginate(ProjectsDocument, { workspaceId: emulator.info.workspaceId }, (r) => r.projects, { pageSize: 100 })) {
      if (p.deletedAt) continue;
      projects++;
      const { project } = await client.request(ProvisionProjectStateDocument, { projectId: p.id });
      services += project.services.edges.length;
      for (const env of project.environments.edges) volumes += env.node.volumeInstances.edges.length;
    }
    return { projects, services, volumes };
  };

  const faults = async (body: Record<string, unknown>) => {
    const res = await fetch(`${emulator.info.controlUrl}/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`faults: HTTP ${res.status} ${await res.text()}`);
  };

  return {
    emulator,
    clock,
    client,
    requests,
    failNthMutation(n) {
      failAt = mutationsSeen + n;
    },
    drive,
    countResources: () => drive(countResources()),
    faults,
    close: () => emulator.close(),
  };
}
