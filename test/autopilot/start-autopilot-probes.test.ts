/**
 * startAutopilot's health probes on the emulator: the checks come from Railway's own settings
 * (domain + healthcheckPath), read one page per environment rather than one request per service;
 * results are counted in the status endpoint and /metrics, and a probe the prober's own network
 * fails (connection refused) is inconclusive: counted and named there, never acted on.
 */
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type AutopilotHandle, startAutopilot } from "../../src/autopilot/index.js";
import { loadConfig } from "../../src/config/index.js";
import type { ManualClock } from "../../src/core/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";

const API_TOKEN = "probe-test-api-token-0123456789abcdef";
let emu: RunningEmulator;
let pilot: AutopilotHandle | undefined;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
});
afterEach(async () => {
  await pilot?.stop();
  pilot = undefined;
});
afterAll(async () => {
  await emu?.close();
});

const clock = () => emu.clock as ManualClock;
const settle = () => new Promise((r) => setTimeout(r, 20));

/** A local port nothing listens on (bound, then closed). */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function start(resolve: Record<string, string> = {}): Promise<{ url: string }> {
  const env: Record<string, string> = {
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_TOKEN: emu.info.tokens.project as string,
    RAILPILOT_PLAN: "unlimited",
    RAILPILOT_RESOLVE: `*.up.railway.app:443:http://${emu.info.appAddress}`,
    RAILPILOT_DATA_DIR: ":memory:",
    RAILPILOT_API_TOKEN: API_TOKEN,
  };
  const config = loadConfig({ cwd: process.cwd(), env });
  pilot = await startAutopilot({
    config: { ...config, deploy: { ...config.deploy, resolve: { ...config.deploy.resolve, ...resolve } } },
    env,
    listen: "127.0.0.1:0",
    clock: emu.clock,
    log: () => {},
  });
  return { url: pilot.url as string };
}

interface Probes {
  checks: number;
  ok: number;
  failed: number;
  inconclusive: number;
  inconclusiveServices: string[];
}

async function probes(url: string): Promise<Probes> {
  const res = await fetch(`${url}/error-monitor/autonomous/status`, {
    headers: { authorization: `Bearer ${API_TOKEN}` },
  });
  return ((await res.json()) as { probes: Probes }).probes;
}

const total = (p: Probes) => p.ok + p.failed + p.inconclusive;

/** Polls the counts until `more` holds or 30 s of real time pass (I/O on a loaded machine). */
async function probesWhen(url: string, more: (p: Probes) => boolean): Promise<Probes> {
  const deadline = Date.now() + 30_000;
  let p = await probes(url);
  while (!more(p) && Date.now() < deadline) {
    await settle();
    p = await probes(url);
  }
  return p;
}

/**
 * Moves virtual time one probe interval at a time until `done` holds. The first probe runs at
 * start; after each step it waits (in real time, for the probe's I/O) only until the probe that
 * step caused has been counted, so a loaded machine makes it slower, never wrong. The error names
 * the last counts seen.
 */
async function probeUntil(url: string, done: (p: Probes) => boolean): Promise<Probes> {
  let p = await probesWhen(url, (x) => total(x) > 0);
  for (let step = 0; step < 12 && !done(p); step++) {
    const before = total(p);
    await clock().advance(30_000);
    p = await probesWhen(url, (x) => total(x) > before);
  }
  if (!done(p)) throw new Error(`probes never reached the expected counts: ${JSON.stringify(p)}`);
  return p;
}

const webDomain = () =>
  [...emu.world.serviceDomains.values()].find((d) => d.serviceId === emu.info.services.web)?.domain as string;

describe("startAutopilot health probes", () => {
  it("reads every service's domain and health path in one request per environment, and counts probe results", async () => {
    await fetch(`${emu.info.controlUrl}/stats/reset`, { method: "POST" });
    const { url } = await start();
    const stats = (await (await fetch(`${emu.info.controlUrl}/stats`)).json()) as {
      requests: { byOperation: Record<string, number> };
    };
    expect(stats.requests.byOperation.AutopilotServiceInstances).toBe(1);
    expect(stats.requests.byOperation.ServiceInstance).toBeUndefined();
    // In the demo world only web has a domain and a health-check path.
    const p = await probeUntil(url, (x) => x.ok >= 2);
    expect(p).toMatchObject({ checks: 1, failed: 0, inconclusive: 0, inconclusiveServices: [] });
    const metrics = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${API_TOKEN}` } })).text();
    expect(metrics).toMatch(/railpilot_health_probes\{result="ok"\} [1-9]/);
  }, 180_000);

  it("a probe refused by the prober's own network is inconclusive: counted, named, and never acted on", async () => {
    const { url } = await start({ [`${webDomain()}:443`]: `http://127.0.0.1:${await refusedPort()}` });
    const p = await probeUntil(url, (x) => x.inconclusive >= 4);
    expect(p).toMatchObject({ checks: 1, ok: 0, failed: 0, inconclusiveServices: ["web"] });
    const decisions = (await (
      await fetch(`${url}/api/v1/decisions`, { headers: { authorization: `Bearer ${API_TOKEN}` } })
    ).json()) as { decisions: unknown[] };
    expect(decisions.decisions).toEqual([]);
  }, 180_000);
});
