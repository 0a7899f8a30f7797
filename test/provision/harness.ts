import { type ManualClock, flushMicrotasks } from "../../src/core/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import {
  ProjectsDocument,
  ProvisionProjectStateDocument,
  RailwayClient,
  type RailwayPlan,
} from "../../src/railway/index.js";

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
  /**
   * Lets the Nth mutation from now reach the emulator (it takes effect) and then loses the
   * answer: a reset connection ("network"), or no answer until the client's timeout ("timeout").
   */
  loseNthMutationAnswer(n: number, kind: "network" | "timeout"): void;
  /** Makes the next request with this operation name fail with a GraphQL error, once. */
  failOperation(operationName: string): void;
  /** Answers the next `count` requests with this operation name with `data` instead of the emulator. */
  answerOperation(operationName: string, data: unknown, count?: number): void;
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
  let loseAt: { n: number; kind: "network" | "timeout" } | undefined;
  const failOps = new Set<string>();
  const answers = new Map<string, { data: unknown; count: number }>();
  let mutationsSeen = 0;
  const requests: Harness["requests"] = [];

  const wrapped: typeof fetch = async (input, init) => {
    const body =
      typeof init?.body === "string" ? (JSON.parse(init.body) as { query?: string; operationName?: string }) : {};
    const mutation = /^\s*mutation\b/.test(body.query ?? "");
    const operation = body.operationName ?? "?";
    requests.push({ operation, mutation });
    const json = (payload: unknown) =>
      new Response(JSON.stringify(payload), { status: 200, headers: { "content-type": "application/json" } });
    if (failOps.delete(operation))
      return json({ errors: [{ message: `Injected failure in ${operation}` }], data: null });
    const answer = answers.get(operation);
    if (answer && answer.count > 0) {
      answer.count--;
      return json({ data: answer.data });
    }
    let lose: "network" | "timeout" | undefined;
    if (mutation) {
      mutationsSeen++;
      if (failAt !== undefined && mutationsSeen === failAt) {
        failAt = undefined;
        return new Response(
          JSON.stringify({ errors: [{ message: `Injected failure in ${body.operationName}` }], data: null }),
          {
            status: 200,
            headers: { "content-type": "application/json" },
          },
        );
      }
      if (loseAt !== undefined && mutationsSeen === loseAt.n) {
        lose = loseAt.kind;
        loseAt = undefined;
      }
    }
    let response: Response;
    inflight++;
    try {
      response = await fetch(input, init);
      if (lose) await response.text();
    } finally {
      inflight--;
    }
    if (lose === "network")
      throw Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      });
    if (lose === "timeout") {
      // The answer never arrives: wait (on the virtual clock) for the client's own timeout to abort.
      const signal = init?.signal;
      return new Promise<Response>((_resolve, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    }
    return response;
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
    for await (const p of client.paginate(
      ProjectsDocument,
      { workspaceId: emulator.info.workspaceId },
      (r) => r.projects,
      { pageSize: 100 },
    )) {
      if (p.deletedAt) continue;
      projects++;
      const { project } = await client.request(ProvisionProjectStateDocument, { projectId: p.id });
      services += project.services.edges.length;
      for (const env of project.environments.edges) volumes += env.node.volumeInstances.edges.length;
    }
    return { projects, services, volumes };
  };

  const faults = async (body: Record<string, unknown>) => {
    const res = await fetch(`${emulator.info.controlUrl}/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
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
    loseNthMutationAnswer(n, kind) {
      loseAt = { n: mutationsSeen + n, kind };
    },
    failOperation(operationName) {
      failOps.add(operationName);
    },
    answerOperation(operationName, data, count = 1) {
      answers.set(operationName, { data, count });
    },
    drive,
    countResources: () => drive(countResources()),
    faults,
    close: () => emulator.close(),
  };
}
