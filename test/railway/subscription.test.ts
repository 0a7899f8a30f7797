import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import {
  BuildLogStreamDocument,
  DeploymentUpdatesDocument,
  type RailpilotError,
  RailwayAuthError,
  RailwayClient,
  RailwayNetworkError,
  RailwayTimeoutError,
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
      for (const status of ["BUILDING", "DEPLOYING", "SUCCESS"])
        yield { deployment: deploymentFixture(String(args.id), status) };
    });
    const client = new RailwayClient({ endpoint: s.url, apiToken: TOKEN, env: {} });
    const statuses: string[] = [];
    for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id: "dep-1" }))
      statuses.push(deployment.status);
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
      yield {
        buildLogs: [
          logRow(1, "npm ci"),
          logRow(2, "npm run build"),
          logRow(2, "tsc ok"),
          logRow(3, "copy assets"),
          logRow(3, "image pushed"),
        ],
      };
      yield { buildLogs: [logRow(4, "done")] };
    });
    const reconnects: { attempt: number; delayMs: number; error: RailpilotError }[] = [];
    const reconnected = deferred();
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const lines: string[] = [];
    const consumer = settle(
      (async () => {
        const stream = h.client.subscribe(
          BuildLogStreamDocument,
          { deploymentId: "d" },
          {
            onReconnect: (info) => {
              reconnects.push(info);
              reconnected.resolve();
            },
          },
        );
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
    for await (const { buildLogs } of client.subscribe(BuildLogStreamDocument, { deploymentId: "d", limit: 2 }))
      batches.push(buildLogs.map((l) => l.message));
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
        for await (const _ of h.client.subscribe(
          DeploymentUpdatesDocument,
          { id: "d" },
          {
            maxReconnects: 7,
            onReconnect: (info) => {
              delays.push(info.delayMs);
              wake?.();
            },
          },
        )) {
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
    for await (const { deployment } of client.subscribe(
      DeploymentUpdatesDocument,
      { id: "a" },
      { signal: controller.signal },
    )) {
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

/** Resolves once `count()` reaches `n`, checking whenever `bump` is called. */
function counter() {
  let value = 0;
  const watchers: { n: number; resolve: () => void }[] = [];
  return {
    get value() {
      return value;
    },
    bump() {
      value++;
      for (const w of [...watchers])
        if (value >= w.n) {
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve();
        }
    },
    reached(n: number): Promise<void> {
      return value >= n ? Promise.resolve() : new Promise<void>((resolve) => watchers.push({ n, resolve }));
    },
  };
}

/** A node:http server that accepts the TCP connection and the upgrade request but never answers it. */
async function startSilentUpgradeServer() {
  const upgrades = counter();
  const sockets: Socket[] = [];
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on("upgrade", (_req, socket: Socket) => {
    sockets.push(socket);
    upgrades.bump();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${port}/graphql/v2`, upgrades, sockets };
}

/**
 * A hand-driven graphql-transport-ws server: acks every connection; on the first connection it
 * ignores everything else (a dead peer that never pongs); later connections answer pings and
 * serve one SUCCESS deployment update once they have answered `pingsBeforeData` pings.
 */
async function startDeafServer(onPing: (connection: number, ping: number) => void, pingsBeforeData = 0) {
  const http = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server: http, handleProtocols: () => "graphql-transport-ws" });
  let connections = 0;
  wss.on("connection", (socket: WebSocket) => {
    const connection = connections++;
    let pings = 0;
    let subscriptionId: string | undefined;
    const serve = () => {
      if (subscriptionId === undefined || pings < pingsBeforeData) return;
      socket.send(
        JSON.stringify({
          id: subscriptionId,
          type: "next",
          payload: { data: { deployment: deploymentFixture("d", "SUCCESS") } },
        }),
      );
      socket.send(JSON.stringify({ id: subscriptionId, type: "complete" }));
      subscriptionId = undefined;
    };
    socket.on("message", (raw: RawData) => {
      const message = JSON.parse(String(raw)) as { type: string; id?: string };
      if (message.type === "connection_init") socket.send(JSON.stringify({ type: "connection_ack" }));
      if (message.type === "ping") {
        onPing(connection, ++pings);
        if (connection === 0) return;
        socket.send(JSON.stringify({ type: "pong" }));
        serve();
      }
      if (message.type === "subscribe" && connection > 0) {
        subscriptionId = message.id;
        serve();
      }
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  closers.push(async () => {
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${port}/graphql/v2`, connections: () => connections };
}

describe("dead subscription connections", () => {
  it("cuts an upgrade the server never answers after handshakeTimeoutMs, reconnects, then throws RailwayTimeoutError", async () => {
    const s = await startSilentUpgradeServer();
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    // A real `ws` WebSocket, subclassed only to see the options the client hands it.
    const wsOptions: unknown[] = [];
    class RecordingWebSocket extends WebSocket {
      constructor(
        url: string,
        protocols?: string | string[],
        options?: { headers?: Record<string, string>; handshakeTimeout?: number },
      ) {
        wsOptions.push(options?.handshakeTimeout);
        super(url, protocols, options);
      }
    }
    const reconnects: RailpilotError[] = [];
    const reconnected = counter();
    const client = new RailwayClient({
      endpoint: s.url,
      apiToken: TOKEN,
      env: {},
      clock: h.clock,
      random: () => 0,
      webSocketImpl: RecordingWebSocket,
    });
    const result = settle(
      (async () => {
        const stream = client.subscribe(
          DeploymentUpdatesDocument,
          { id: "d" },
          {
            handshakeTimeoutMs: 5_000,
            maxReconnects: 1,
            onReconnect: (info) => {
              reconnects.push(info.error);
              reconnected.bump();
            },
          },
        );
        for await (const _ of stream) {
          // the server never answers
        }
      })(),
    );
    await s.upgrades.reached(1);
    expect(await h.pendingDelay()).toBe(5_000);
    await h.clock.advance(5_000);
    await reconnected.reached(1);
    expect(reconnects[0]).toBeInstanceOf(RailwayTimeoutError);
    expect(reconnects[0]?.message).toContain("handshake timed out after 5000 ms");
    expect(await h.skipSleep()).toBe(1_000);
    await s.upgrades.reached(2);
    await h.clock.advance(5_000);
    const r = await result;
    expect(!r.ok && r.error).toBeInstanceOf(RailwayTimeoutError);
    expect(!r.ok && (r.error as RailwayTimeoutError).code).toBe("TIMEOUT");
    expect(s.upgrades.value).toBe(2);
    expect(wsOptions).toEqual([5_000, 5_000]);
    expect(s.sockets.every((socket) => socket.destroyed || socket.readableEnded)).toBe(true);
  });

  // graphql-ws sends its keep-alive pings on real timers (it takes no clock), so these tests use a
  // 5 ms ping interval and wait for the server to see each ping; the wait for the pong, and so the
  // decision that the connection is dead, runs on the ManualClock.
  it("reconnects when a keep-alive ping gets no pong within pongTimeoutMs, and resumes the stream", async () => {
    const pinged = counter();
    const s = await startDeafServer((connection) => {
      if (connection === 0) pinged.bump();
    });
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const reconnects: RailpilotError[] = [];
    const reconnected = counter();
    const statuses: string[] = [];
    const result = settle(
      (async () => {
        const stream = h.client.subscribe(
          DeploymentUpdatesDocument,
          { id: "d" },
          {
            keepAliveMs: 5,
            pongTimeoutMs: 3_000,
            onReconnect: (info) => {
              reconnects.push(info.error);
              reconnected.bump();
            },
          },
        );
        for await (const { deployment } of stream) statuses.push(deployment.status);
      })(),
    );
    await pinged.reached(1);
    expect(await h.pendingDelay()).toBe(3_000);
    await h.clock.advance(3_000);
    await reconnected.reached(1);
    expect(await h.skipSleep()).toBe(1_000);
    const r = await result;
    expect(r.ok).toBe(true);
    expect(statuses).toEqual(["SUCCESS"]);
    expect(reconnects).toHaveLength(1);
    expect(reconnects[0]).toBeInstanceOf(RailwayTimeoutError);
    expect(reconnects[0]?.message).toContain("no pong within 3000 ms");
    expect(s.connections()).toBe(2);
  });

  it("keeps a connection whose pings are answered: each pong cancels its timeout", async () => {
    const deafPinged = counter();
    const timersAtPing: number[] = [];
    const harness: { h?: ReturnType<typeof clientHarness> } = {};
    const s = await startDeafServer((connection) => {
      if (connection === 0) deafPinged.bump();
      else timersAtPing.push(harness.h?.clock.pending ?? -1);
    }, 3);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    harness.h = h;
    const reconnected = counter();
    const statuses: string[] = [];
    const result = settle(
      (async () => {
        for await (const { deployment } of h.client.subscribe(
          DeploymentUpdatesDocument,
          { id: "d" },
          {
            keepAliveMs: 5,
            pongTimeoutMs: 3_000,
            onReconnect: () => reconnected.bump(),
          },
        )) {
          statuses.push(deployment.status);
        }
      })(),
    );
    // Connection 0 is deaf: let it be cut, then watch the healthy connection answer three pings.
    await deafPinged.reached(1);
    await h.clock.advance(3_000);
    await reconnected.reached(1);
    expect(await h.skipSleep()).toBe(1_000);
    const r = await result;
    expect(r.ok).toBe(true);
    expect(statuses).toEqual(["SUCCESS"]);
    // From the second ping on (sent after a pong, so after connection_ack and its handshake timer),
    // the only timer left is that ping's own pong timeout: the earlier ones were cancelled.
    expect(timersAtPing).toHaveLength(3);
    expect(timersAtPing.slice(1)).toEqual([1, 1]);
  });
});
