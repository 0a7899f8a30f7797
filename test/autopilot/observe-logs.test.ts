import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Observation, WatchedService } from "../../src/autopilot/contract.js";
import { createObservers, discoverServices, LogsObserver } from "../../src/autopilot/observe/index.js";
import { loadConfig } from "../../src/config/index.js";
import type { ManualClock } from "../../src/core/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator({ per: "test", seed: "demo" });
const clients: RailwayClient[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});
const client = () => {
  const c = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    apiToken: emu.info.tokens.account,
    env: {},
    clock: emu.clock,
    plan: "hobby",
  });
  clients.push(c);
  return c;
};
const clock = () => emu.clock as ManualClock;
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

async function deploy(serviceId: string): Promise<string> {
  const res = await fetch(emu.info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${emu.info.tokens.account}` },
    body: JSON.stringify({
      query: "mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }",
      variables: { s: serviceId, e: emu.info.environmentId },
    }),
  });
  return ((await res.json()) as { data: { serviceInstanceDeployV2: string } }).data.serviceInstanceDeployV2;
}

async function advance(ms: number, step = 5_000): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    await clock().advance(step);
    await settle(15);
  }
}

let observer: LogsObserver | undefined;
const stop = new AbortController();
afterEach(async () => {
  await observer?.stop();
  observer = undefined;
});

async function start(services: WatchedService[], extra: Partial<ConstructorParameters<typeof LogsObserver>[0]> = {}) {
  const seen: Observation[] = [];
  observer = new LogsObserver({ client: client(), clock: clock(), services, evaluateEveryMs: 60_000, ...extra });
  await observer.start((o) => seen.push(o), stop.signal);
  return { seen, observer };
}

describe("logs observer", () => {
  it("one stream per environment; an error surge after a deploy shows as an error rate above the pre-deploy baseline, with its pattern", async () => {
    const services = await discoverServices(client(), loadConfig({ cwd: "/nonexistent-dir", env: {} }));
    const { seen, observer } = await start(services);
    const web = emu.info.services.web as string;
    await advance(120_000);
    expect(observer.stats().streamsOpened).toBe(1);
    await ctl.outcome(web, "error_surge", { afterMs: 5_000, errorRate: 1, errorsPerMinute: 120 });
    const id = await deploy(web);
    await advance(5 * 60_000);
    const rates = seen.filter((o) => o.kind === "error-rate" && o.deploymentId === id);
    expect(rates.length).toBeGreaterThan(0);
    const last = rates.at(-1);
    if (last?.kind !== "error-rate") throw new Error("no error rate");
    expect(last.ratePerMinute).toBeGreaterThan(20);
    expect(last.ratePerMinute).toBeGreaterThan(last.baselinePerMinute * 5);
    expect(last.patternId).toBeTruthy();
    expect(observer.tracker.patterns().some((p) => p.patternId === last.patternId && p.deploymentId === id)).toBe(true);
    expect(observer.stats().scanRequests).toBe(0);
    // What /api/v1/patterns lists: the surge's pattern on web, with a redacted sample line.
    const views = observer.patternViews({ serviceId: web });
    expect(views.find((p) => p.id === last.patternId)).toMatchObject({ serviceId: web, deploymentId: id });
    expect(views.find((p) => p.id === last.patternId)?.sample).toMatch(/request errored/);
    expect(observer.patternViews({ serviceId: "another-service" })).toEqual([]);
  });

  it("why the incident day's surge went undecided: an error_surge incident sent right after a deploy hits the deployment still live (the previous one), and the release goes live clean", async () => {
    const services = await discoverServices(client(), loadConfig({ cwd: "/nonexistent-dir", env: {} }));
    const { seen } = await start(services);
    const web = emu.info.services.web as string;
    await advance(120_000);
    const before = [...emu.world.deployments.values()].find((d) => d.serviceId === web && d.status === "SUCCESS");
    const id = await deploy(web);
    const hit = await ctl.incident({ serviceId: web, kind: "error_surge", afterMs: 5_000, errorRate: 1 });
    expect(hit.deploymentId).toBe(before?.id);
    expect(hit.deploymentId).not.toBe(id);
    await advance(6 * 60_000);
    expect(emu.world.deployments.get(id)?.status).toBe("SUCCESS");
    // The release logs no errors: no error rate (or none worth deciding on) for it.
    const rates = seen.filter((o) => o.kind === "error-rate" && o.deploymentId === id);
    expect(rates.every((o) => o.kind === "error-rate" && o.ratePerMinute < 5)).toBe(true);
  });

  it("blank lines on stderr (severity error) are neither errors nor an error pattern", async () => {
    const services = await discoverServices(client(), loadConfig({ cwd: process.cwd(), env: {} }), []);
    const web = services.find((s) => s.serviceName === "web") as WatchedService;
    const o = new LogsObserver({ client: client(), clock: clock(), services, evaluateEveryMs: 60_000 });
    const row = (message: string, n: number) => ({
      message,
      timestamp: new Date(clock().now() + n).toISOString(),
      severity: "error",
      attributes: [],
      tags: { serviceId: web.serviceId, deploymentId: "dep-1", environmentId: web.environmentId } as never,
    });
    o.ingest(web.environmentId, [row("", 1), row("   ", 2), row("\t", 3), row("Error: boom", 4)]);
    expect(o.stats()).toMatchObject({ lines: 4, errors: 1 });
    expect(o.patternViews().map((p) => p.template)).toEqual(["Error: boom"]);
  });

  it("fetches the runtime logs of a crashed deployment once; scans by query when no stream runs", async () => {
    const services = await discoverServices(client(), loadConfig({ cwd: "/nonexistent-dir", env: {} }));
    const { seen, observer } = await start(services, { subscribe: false, scanIntervalMs: 60_000 });
    const web = emu.info.services.web as string;
    const service = services.find((s) => s.serviceId === web) as WatchedService;
    const { deploymentId } = await ctl.incident({ serviceId: web, kind: "crash" });
    await advance(10_000, 1_000);
    const deployment = {
      id: deploymentId as string,
      serviceId: web,
      environmentId: service.environmentId,
      status: "CRASHED",
      createdAt: new Date(0).toISOString(),
    };
    observer.onObservation({
      kind: "deployment",
      at: new Date(clock().now()).toISOString(),
      source: "sweep",
      service,
      deployment,
    });
    observer.onObservation({
      kind: "deployment",
      at: new Date(clock().now()).toISOString(),
      source: "webhook",
      service,
      deployment,
    });
    for (let i = 0; i < 100 && !seen.some((o) => o.kind === "logs"); i++) await settle(10);
    const logs = seen.filter((o) => o.kind === "logs");
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ phase: "runtime", deploymentId });
    expect(logs[0]?.kind === "logs" && logs[0].lines.length).toBeGreaterThan(0);
    // No stream: the fallback scan reads the environment's logs by query on its cadence.
    await advance(60_000, 10_000);
    expect(observer.stats().scanRequests).toBeGreaterThanOrEqual(1);
    expect(observer.stats().lines).toBeGreaterThan(0);
    expect(observer.stats().streamsOpened).toBe(0);
  });

  it("createObservers wires the sweep to the logs observer: a crash seen by the sweep brings its runtime logs", async () => {
    const services = await discoverServices(client(), loadConfig({ cwd: "/nonexistent-dir", env: {} }));
    const observe = createObservers({
      client: client(),
      clock: clock(),
      services,
      deployments: { follow: false },
      metrics: false,
    });
    expect(observe.observers.map((o) => o.name)).toEqual(["deployments", "logs"]);
    const seen: Observation[] = [];
    const stopAll = new AbortController();
    for (const o of observe.observers) await o.start((x) => seen.push(x), stopAll.signal);
    try {
      const web = emu.info.services.web as string;
      const { deploymentId } = await ctl.incident({ serviceId: web, kind: "crash" });
      for (let i = 0; i < 40 && !seen.some((o) => o.kind === "logs"); i++) {
        await clock().advance(1_000);
        await settle(15);
      }
      expect(seen.find((o) => o.kind === "deployment" && o.deployment.status === "CRASHED")).toMatchObject({
        deployment: { id: deploymentId },
      });
      expect(seen.find((o) => o.kind === "logs")).toMatchObject({ deploymentId, phase: "runtime" });
      expect(await observe.receiveWebhook({})).toMatchObject({ accepted: false });
    } finally {
      stopAll.abort();
      for (const o of observe.observers) await o.stop();
    }
  });
});
