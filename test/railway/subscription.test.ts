import { afterEach, describe, expect, it } from "vitest";
import {
  BuildLogStreamDocument,
  DeploymentUpdatesDocument,
  type RailpilotError,
  RailwayAuthError,
  RailwayClient,
  RailwayNetworkError,
} from "../../src/index.js";
import { clientHarness, settle } from "./support/client-harness.js";
import { deferred, deploymentFixture, logRow } from "./support/fixtures.js";
import { startSubscriptionServer, waitForever } from "./support/subscription-server.js";

const TOKEN = "tok_ws_api_123456";
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function server(...args: Parameters<typeof startSubscriptionServer>) {
  const s = await startSubscriptionServer(...args);
  closers.push(s.close);
  return s;
}

describe("RailwayClient.subscribe", () => {
  it("streams typed deployment updates until the server completes, with the bearer token on the upgrade request", async () => {
    const s = await server(async function* (field, args) {
      expect(field).toBe("deployment");
      for (const status of ["BUILDING", "DEPLOYING", "SUCCESS"]) yield { deployment: deploymentFixture(String(args.id), status) };
    });
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const statuses: string[] = [];
    for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id: "dep-1" })) statuses.push(deployment.status);
    expect(statuses).toEqual(["BUILDING", "DEPLOYING", "SUCCESS"]);
    expect(s.upgrades[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(s.upgrades[0]?.["sec-websocket-protocol"]).toBe("graphql-transport-ws");
  });

  it("sends a project token as Project-Access-Token on the upgrade request", async () => {
    const s = await server(async function* (_field, args) {
      yield { deployment: deploymentFixture(String(args.id), "SUCCESS") };
    });
    const client = new RailwayClient({ endpoint: s.url, env: { RAILWAY_TOKEN: "tok_ws_project_1234" } });
    for await (const _ of client.subscribe(DeploymentUpdatesDocument, { id: "d" })) break;
    expect(s.upgrades[0]?.["project-access-token"]).toBe("tok_ws_project_1234");
    expect(s.upgrades[0]?.authorization).toBeUndefined();
  });

  it("reconnects after a dropped socket and drops the rows the server replays", async () => {
    const sawLine3 = deferred();
    const s = await server(async function* (_field, _args, ctx) {
      if (ctx.connection === 0) {
        yield { buildLogs: [logRow(1, "npm ci"), logRow(2, "npm run build")] };
        yield { buildLogs: [logRow(2, "tsc ok"), logRow(3, "copy assets")] };
        await sawLine3.promise;
        ctx.socket.terminate();
        await waitForever();
      }
      yield { buildLogs: [logRow(1, "npm ci"), logRow(2, "npm run build"), logRow(2, "tsc ok"), logRow(3, "copy assets"), logRow(3, "image pushed")] };
      yield { buildLogs: [logRow(4, "done")] };
    });
    const reconnects: { attempt: number; delayMs: number; error: RailpilotError }[] = [];
    const reconnected = deferred();
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const lines: string[] = [];
    const consumer = settle(
      (async () => {
        const stream = h.client.subscribe(BuildLogStreamDocument, { deploymentId: "d" }, {
          onReconnect: (info) => {
            reconnects.push(info);
            reconnected.resolve();
          },
        });
        for await (const { buildLogs } of stream) {
          for (const row of buildLogs) lines.push(row.message);
          if (lines.includes("copy assets")) sawLine3.resolve();
        }
      })(),
    );
    await reconnected.promise;
    expect(await h.skipSleep()).toBe(1000);
    const r = await consumer;
    expect(r.ok).toBe(true);
    expect(lines).toEqual(["npm ci", "npm run build", "tsc ok", "copy assets", "image pushed", "done"]);
    expect(reconnects).toHaveLength(1);
    expect(reconnects[0]?.error).toBeInstanceOf(RailwayNetworkError);
    expect(s.upgrades).toHaveLength(2);
  });

  it("trims the limit+1 backlog batch of a log stream to `limit` but never trims live batches", async () => {
    const s = await server(async function* () {
      yield { buildLogs: [logRow(1, "old 1"), logRow(2, "old 2"), logRow(3, "old 3")] };
      yield { buildLogs: [logRow(4, "live 1"), logRow(5, "live 2"), logRow(6, "live 3")] };
    });
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const batches: string[][] = [];
    for await (const { buildLogs } of client.subscribe(BuildLogStreamDocument, { deploymentId: "d", limit: 2 })) batches.push(buildLogs.map((l) => l.message));
    expect(batches).toEqual([
      ["old 2", "old 3"],
      ["live 1", "live 2", "live 3"],
    ]);
  });

  it("backs off 1 s ×1.5 up to 8 s between reconnects and gives up after maxReconnects", async () => {
    const s = await server(async function* (_field, _args, ctx) {
      ctx.socket.terminate();
      yield* [];
    });
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const delays: number[] = [];
    let wake: (() => void) | undefined;
    const result = settle(
      (async () => {
        for await (const _ of h.client.subscribe(DeploymentUpdatesDocument, { id: "d" }, {
          maxReconnects: 7,
          onReconnect: (info) => {
            delays.push(info.delayMs);
            wake?.();
          },
        })) {
          // no events expected
        }
      })(),
    );
    for (let i = 1; i <= 7; i++) {
      if (delays.length < i) await new Promise<void>((resolve) => (wake = resolve));
      await h.skipSleep();
    }
    const r = await result;
    expect(delays).toEqual([1000, 1500, 2250, 3375, 5063, 7594, 8000]);
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
    expect(s.upgrades).toHaveLength(8);
  });

  it("fails at once with RailwayAuthError when the upgrade is refused with 401", async () => {
    const s = await server(
      async function* () {
        yield* [];
      },
      { rejectUpgrade: () => 401 },
    );
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const r = await settle(
      (async () => {
        for await (const _ of client.subscribe(DeploymentUpdatesDocument, { id: "d" })) {
          // none
        }
      })(),
    );
    expect(!r.ok && r.error).toBeInstanceOf(RailwayAuthError);
    expect(s.upgrades).toHaveLength(1);
    expect(JSON.stringify(!r.ok && { m: (r.error as Error).message })).not.toContain(TOKEN);
  });

  it("ends the iteration quietly when the signal aborts, and when the client closes", async () => {
    const s = await server(async function* (_field, args) {
      yield { deployment: deploymentFixture(String(args.id), "BUILDING") };
      await waitForever();
    });
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id: "a" }, { signal: controller.signal })) {
      seen.push(deployment.id);
      controller.abort();
    }
    const closed = settle(
      (async () => {
        for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id: "b" })) {
          seen.push(deployment.id);
          client.close();
        }
      })(),
    );
    expect((await closed).ok).toBe(true);
    expect(seen).toEqual(["a", "b"]);
  });

  it("surfaces a GraphQL error on the subscription as a typed error without reconnecting", async () => {
    const s = await server(async function* () {
      yield* [];
      throw new Error("Not Authorized");
    });
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const r = await settle(
      (async () => {
        for await (const _ of client.subscribe(DeploymentUpdatesDocument, { id: "d" })) {
          // none
        }
      })(),
    );
    expect(!r.ok && r.error).toBeInstanceOf(RailwayAuthError);
    expect(s.upgrades).toHaveLength(1);
  });
});
