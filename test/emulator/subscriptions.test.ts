import { type Client, createClient } from "graphql-ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useEmulator } from "../helpers/emulator.js";
import { authHeaders, data, gql, type TokenKind } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });
const clients: Client[] = [];

// Runs before the emulator closes (after-hooks run in reverse order).
afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose();
});

/** A graphql-ws client that sends the auth header on the upgrade, like Railway's CLI. */
function client(token: TokenKind = "account", retryAttempts = 0): Client {
  const headers = authHeaders(emu.info, token);
  class AuthedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const c = createClient({ url: emu.info.wsUrl, webSocketImpl: AuthedWebSocket, retryAttempts, lazy: true });
  clients.push(c);
  return c;
}

interface Collected<T> {
  values: T[];
  done: Promise<void>;
  error: Promise<unknown>;
  stop: () => void;
}

function collect<T>(c: Client, query: string, variables: Record<string, unknown>): Collected<T> {
  const values: T[] = [];
  let resolveDone!: () => void;
  let resolveError!: (e: unknown) => void;
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const error = new Promise<unknown>((r) => {
    resolveError = r;
  });
  const stop = c.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) resolveError(v.errors);
        else values.push(v.data as T);
      },
      error: (e) => resolveError(e),
      complete: () => resolveDone(),
    },
  );
  return { values, done, error, stop };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function deploy(): Promise<string> {
  return data(
    await gql<{ serviceInstanceDeployV2: string }>(
      emu.info,
      `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
      { s: emu.info.services.web, e: emu.info.environmentId },
    ),
  ).serviceInstanceDeployV2;
}

describe("subscriptions over graphql-transport-ws", () => {
  it("pushes the deployment on each status change", async () => {
    const id = await deploy();
    const sub = collect<{ deployment: { id: string; status: string } }>(
      client(),
      `subscription($id: String!) { deployment(id: $id) { id status } }`,
      { id },
    );
    await until(() => sub.values.length >= 1, "the first push");
    for (const ms of [1_000, 3_000, 30_000, 10_000]) await ctl.advance(ms);
    await until(() => sub.values.some((v) => v.deployment.status === "SUCCESS"), "SUCCESS");
    expect(sub.values.map((v) => v.deployment.status)).toEqual([
      "QUEUED",
      "INITIALIZING",
      "BUILDING",
      "DEPLOYING",
      "SUCCESS",
    ]);
  });

  it("streams build logs in batches and completes when the build ends", async () => {
    const id = await deploy();
    const sub = collect<{ buildLogs: { message: string }[] }>(
      client("project"),
      `subscription($id: String!) { buildLogs(deploymentId: $id) { message timestamp severity } }`,
      { id },
    );
    await ctl.advance(4_000);
    await until(() => sub.values.length >= 1, "a first batch");
    await ctl.advance(30_000);
    await ctl.advance(10_000);
    await sub.done;
    const lines = sub.values.flatMap((v) => v.buildLogs.map((l) => l.message));
    expect(sub.values.length).toBeGreaterThan(2);
    expect(lines.some((m) => m.includes("Build time"))).toBe(true);
  });

  it("completes the deploymentLogs stream when the deployment crashes, after the crash lines", async () => {
    await ctl.outcome(emu.info.services.web as string, "crashed", { cause: "port_binding", afterMs: 2_000 });
    const id = await deploy();
    const sub = collect<{ deploymentLogs: { message: string }[] }>(
      client(),
      `subscription($id: String!) { deploymentLogs(deploymentId: $id) { message } }`,
      { id },
    );
    await ctl.advance(44_000);
    await ctl.advance(2_000);
    await sub.done;
    const lines = sub.values.flatMap((v) => v.deploymentLogs.map((l) => l.message));
    expect(lines.some((m) => m.includes("EADDRINUSE"))).toBe(true);
  });

  it("pushes deployment events (steps) as they happen", async () => {
    const id = await deploy();
    const sub = collect<{ deploymentEvents: { step: string; completedAt: string | null } }>(
      client(),
      `subscription($id: String!) { deploymentEvents(id: $id) { step completedAt } }`,
      { id },
    );
    await ctl.advance(60_000);
    await until(() => sub.values.some((v) => v.deploymentEvents.step === "HEALTHCHECK"), "HEALTHCHECK");
    const steps = new Set(sub.values.map((v) => v.deploymentEvents.step));
    expect([...steps]).toEqual(
      expect.arrayContaining(["SNAPSHOT_CODE", "BUILD_IMAGE", "CREATE_CONTAINER", "HEALTHCHECK", "DRAIN_INSTANCES"]),
    );
  });

  it("refuses a connection without a valid token", async () => {
    const sub = collect(client({ bearer: "wrong" }), `subscription($id: String!) { deployment(id: $id) { id } }`, {
      id: "x",
    });
    const err = (await sub.error) as { code?: number };
    expect(err.code).toBe(4403);
  });

  it("answers Not Authorized when a project token subscribes to another project's deployment", async () => {
    const other = data(
      await gql<{ projectCreate: { id: string; baseEnvironmentId: string } }>(
        emu.info,
        `mutation { projectCreate(input: { name: "x" }) { id baseEnvironmentId } }`,
      ),
    );
    const svc = data(
      await gql<{ serviceCreate: { id: string } }>(
        emu.info,
        `mutation($i: ServiceCreateInput!) { serviceCreate(input: $i) { id } }`,
        { i: { projectId: other.projectCreate.id, source: { image: "nginx:1.27" } } },
      ),
    );
    const dep = data(
      await gql<{ serviceInstanceDeployV2: string }>(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
        { s: svc.serviceCreate.id, e: other.projectCreate.baseEnvironmentId },
      ),
    );
    const sub = collect(client("project"), `subscription($id: String!) { deployment(id: $id) { id } }`, {
      id: dep.serviceInstanceDeployV2,
    });
    const errors = (await sub.error) as { message: string }[];
    expect(errors[0]?.message).toBe("Not Authorized");
  });

  it("drops every socket on the wsDrop fault and counts connections in stats", async () => {
    const id = await deploy();
    const c = client();
    const sub = collect(c, `subscription($id: String!) { deployment(id: $id) { id status } }`, { id });
    await until(() => sub.values.length >= 1, "first push");
    await ctl.faults({ wsDrop: true });
    const err = await sub.error;
    expect(err).toBeDefined();
    const stats = await ctl.stats();
    expect(stats.wsConnections).toBe(1);
    expect(stats.subscriptions.byOperation.deployment).toBe(1);
  });

  it("streams runtime logs of every deployment in the environment through environmentLogs", async () => {
    const sub = collect<{ environmentLogs: { message: string; tags: { serviceId: string } }[] }>(
      client(),
      `subscription($e: String!) { environmentLogs(environmentId: $e) { message tags { serviceId } } }`,
      { e: emu.info.environmentId },
    );
    // Rows written before the subscription starts come in its first batch, so this holds whichever lands first.
    const id = await deploy();
    await ctl.advance(34_000);
    await until(
      () => sub.values.some((v) => v.environmentLogs.some((l) => l.message.includes("Server listening"))),
      "startup lines",
    );
    expect(sub.values.flatMap((v) => v.environmentLogs).every((l) => l.tags.serviceId === emu.info.services.web)).toBe(
      true,
    );
    expect(id).toBeTruthy();
  });

  it("closes each socket after N server messages with wsDrop {afterMessages}", async () => {
    await ctl.faults({ wsDrop: { afterMessages: 3 } });
    const id = await deploy();
    const sub = collect<{ deployment: { status: string } }>(
      client(),
      `subscription($id: String!) { deployment(id: $id) { status } }`,
      { id },
    );
    await until(() => sub.values.length === 1, "the first push");
    await ctl.advance(1_000);
    await ctl.advance(3_000);
    await sub.error;
    // connection_ack + 2 pushes, then the socket is gone.
    expect(sub.values.map((v) => v.deployment.status)).toEqual(["QUEUED", "INITIALIZING"]);
  });
});
