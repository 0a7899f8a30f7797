import { describe, expect, it } from "vitest";
import type { Observation, ObservationSink, Observer } from "../../src/autopilot/contract.js";
import { composeAutopilot as startAutopilot } from "../../src/autopilot/compose-autopilot.js";
import { InsecureListenError } from "../../src/server/index.js";
import { MemoryAutopilot, web } from "./memory-autopilot.js";

/** An observer that reports one deployment on start and records its lifecycle. */
class OneShotObserver implements Observer {
  readonly name = "one-shot";
  events: string[] = [];
  signal: AbortSignal | undefined;
  constructor(
    private readonly order: string[],
    private readonly hang = false,
  ) {}
  async start(sink: ObservationSink, signal: AbortSignal) {
    this.signal = signal;
    this.order.push("observer:start");
    sink({
      kind: "deployment",
      at: "2026-12-04T12:00:00.000Z",
      source: "sweep",
      service: web,
      deployment: {
        id: "d1",
        serviceId: web.serviceId,
        environmentId: web.environmentId,
        status: "CRASHED",
        createdAt: "2026-12-04T11:59:00.000Z",
      },
    });
  }
  async scanOnce(): Promise<Observation[]> {
    return [];
  }
  async stop() {
    this.order.push("observer:stop");
    if (this.hang) await new Promise(() => {});
  }
}

function engine(order: string[]) {
  const api = new MemoryAutopilot();
  const seen: Observation[] = [];
  return {
    seen,
    api,
    sink: (o: Observation) => {
      seen.push(o);
    },
    async stop() {
      order.push("engine:stop");
    },
  };
}

describe("startAutopilot", () => {
  it("starts the observers into the engine, serves the API, and stops in order", async () => {
    const order: string[] = [];
    const e = engine(order);
    const observer = new OneShotObserver(order);
    const pilot = await startAutopilot({
      engine: e,
      observers: [observer],
      http: { listen: "127.0.0.1:0" },
      log: () => {},
    });
    expect(e.seen.map((o) => o.kind)).toEqual(["deployment"]);
    expect(pilot.ready).toMatchObject({ dryRun: false, watching: { environments: 1, services: 1 } });
    expect(pilot.ready.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pilot.ready.dashboardUrl).toBe(`${pilot.ready.apiUrl}/error-monitor/dashboard`);
    expect(pilot.ready.webhookUrl).toMatch(/\/webhooks\/railway\/[\w-]{20,}$/);
    const token = pilot.ready.apiToken as string;
    expect(token.length).toBeGreaterThan(20);

    expect((await fetch(`${pilot.url}/readyz`)).status).toBe(200);
    const status = await fetch(`${pilot.url}/error-monitor/autonomous/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await status.json()).servicesWatched).toBe(1);
    const hook = await fetch(pilot.ready.webhookUrl as string, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "DEPLOY" }),
    });
    expect(hook.status).toBe(202);
    expect(e.api.webhooks).toHaveLength(1);

    await pilot.stop();
    await pilot.stop();
    expect(order).toEqual(["observer:start", "observer:stop", "engine:stop"]);
    expect(observer.signal?.aborted).toBe(true);
    await expect(fetch(`${pilot.url}/healthz`)).rejects.toThrow();
  });

  it("uses a configured token and reports no generated one; refuses a public address without a token", async () => {
    const order: string[] = [];
    const pilot = await startAutopilot({
      engine: engine(order),
      observers: [],
      http: { listen: "127.0.0.1:0", token: "configured-token-0123456789" },
      log: () => {},
    });
    expect(pilot.ready.apiToken).toBeUndefined();
    expect(
      (await fetch(`${pilot.url}/api/v1/status`, { headers: { authorization: "Bearer configured-token-0123456789" } }))
        .status,
    ).toBe(200);
    await pilot.stop();
    await expect(
      startAutopilot({ engine: engine(order), observers: [], http: { listen: "0.0.0.0:0" }, log: () => {} }),
    ).rejects.toThrow(InsecureListenError);
  });

  it("runs one cycle with once, without starting the observers, and mounts without listening", async () => {
    const order: string[] = [];
    const e = engine(order);
    const pilot = await startAutopilot({
      engine: e,
      observers: [new OneShotObserver(order)],
      http: { listen: false },
      once: true,
      log: () => {},
    });
    expect(pilot.onceResult).toMatchObject({ observations: 3, decisions: [{ id: "scan-1" }] });
    expect(e.seen).toEqual([]);
    expect(pilot.url).toBeUndefined();
    expect(pilot.ready.apiUrl).toBeNull();
    await pilot.stop();
  });

  it("stops within the bound when an observer hangs", async () => {
    const order: string[] = [];
    const lines: Record<string, unknown>[] = [];
    const pilot = await startAutopilot({
      engine: engine(order),
      observers: [new OneShotObserver(order, true)],
      http: { listen: false },
      stopTimeoutMs: 50,
      log: (l) => lines.push(l),
    });
    await pilot.stop();
    expect(order).toEqual(["observer:start", "observer:stop", "engine:stop"]);
    expect(lines[0]).toMatchObject({ level: "warn", during: "the observers" });
  });
});
