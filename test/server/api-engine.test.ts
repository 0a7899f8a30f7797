/**
 * The HTTP API over the real autopilot engine on the emulator (virtual time): approvals, actions,
 * the kill switch, status and a scan, all through real HTTP on port 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AutopilotEngine,
  createAutopilotEngine,
  resolveAutopilotConfig,
  type WatchedService,
} from "../../src/autopilot/index.js";
import { parseResolveList } from "../../src/deploy/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { type ApiServer, createApiServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { driveClock, remoteClockFor } from "../helpers/drive-clock.js";
import { crashedWebDeployment } from "../helpers/incident.js";

const TOKEN = "engine-test-token-0123456789";
let emu: RunningEmulator;
let store: Store;
let engine: AutopilotEngine;
let server: ApiServer;
let base: string;
let client: RailwayClient;

const web = () => emu.info.services.web as string;
const WEB = (): WatchedService => ({
  projectId: emu.info.projectId as string,
  environmentId: emu.info.environmentId as string,
  environmentName: "production",
  serviceId: web(),
  serviceName: "web",
});
const rollbacksOf = () =>
  [...emu.world.deployments.values()].filter(
    (d) => d.serviceId === web() && (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined,
  ).length;
const drive = <T>(work: Promise<T>) => driveClock(emu.info.controlUrl, work);
const auth = { authorization: `Bearer ${TOKEN}` };
async function get(path: string) {
  const res = await fetch(`${base}${path}`, { headers: auth });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
async function post(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  store = await openStore({ memory: true });
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  const clock = await remoteClockFor(emu.info.controlUrl);
  client = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    token: emu.info.tokens.project as string,
    clock,
    env: {},
  });
  const resolve = parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]);
  engine = createAutopilotEngine({
    store,
    clock,
    client,
    config: resolveAutopilotConfig({ policy: { approvalMode: true } }, {}),
    services: [WEB()],
    references: [],
    verifyHealth: () => ({ checks: 1, intervalMs: 1_000, resolve }),
    verifyStableMs: 20_000,
  });
  await engine.start();
  server = await createApiServer({
    api: engine,
    token: TOKEN,
    webhookSecret: "engine-hook-secret-0123456789",
    clock,
    log: () => {},
  });
  base = (await server.listen({ host: "127.0.0.1", port: 0 })).url;
}, 60_000);
afterAll(async () => {
  await server?.close();
  await engine?.stop();
  client?.close();
  await emu?.close();
  await store?.close();
});

const crashedDeployment = () => crashedWebDeployment(emu, client);

describe("HTTP API over the real engine", () => {
  it("status, approval of a rollback, the resulting verified action, kill switch and a scan", async () => {
    const status = await get("/error-monitor/autonomous/status");
    expect(status.body).toMatchObject({
      enabled: true,
      dryRun: false,
      interval: 300,
      servicesWatched: 1,
      killSwitch: false,
      approvalMode: true,
    });

    const crash = await crashedDeployment();
    engine.sink(crash);
    await drive(engine.idle());
    const approvals = (await get("/api/v1/approvals")).body.approvals as { id: string; kind: string; status: string }[];
    expect(approvals.map((d) => [d.kind, d.status])).toEqual([["rollback", "pending_approval"]]);
    expect(rollbacksOf()).toBe(0);

    const approved = await post(`/api/v1/approvals/${approvals[0]?.id}/approve`, { by: "alice" });
    expect(approved.status).toBe(200);
    await drive(engine.idle());
    expect(rollbacksOf()).toBe(1);
    const actions = (await get("/api/v1/actions")).body.actions as Record<string, unknown>[];
    expect(actions).toHaveLength(1);
    expect(Object.keys(actions[0] as object).sort()).toEqual([
      "at",
      "decision",
      "deploymentId",
      "id",
      "kind",
      "reason",
      "serviceId",
      "status",
    ]);
    expect(actions[0]).toMatchObject({ kind: "rollback", serviceId: web(), status: "verified" });
    expect((await post(`/api/v1/approvals/${approvals[0]?.id}/approve`, {})).status).toBe(409);
    expect((await post("/api/v1/approvals/no-such-decision/reject", {})).status).toBe(404);

    expect((await post("/api/v1/kill-switch", { on: true, by: "ops" })).body).toMatchObject({ on: true });
    expect((await get("/error-monitor/autonomous/status")).body.killSwitch).toBe(true);
    expect((await post("/api/v1/kill-switch", { on: false })).body).toMatchObject({ on: false });

    const scan = await post("/error-monitor/monitor/scan", {});
    expect(scan.status).toBe(200);
    expect(scan.body).toMatchObject({ observations: expect.any(Number), decisions: expect.any(Array) });
    expect((await get("/error-monitor/autonomous/status")).body.lastScanTime).not.toBeNull();
  }, 120_000);
});
