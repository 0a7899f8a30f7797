// Autopilot watch cost on virtual time: API requests per hour to watch 500 services in 10
// environments (emulator seed scale:500x10), time to detect a crash with and without webhooks, and
// process RSS while watching. `tsx bench/autopilot-watch.ts [services] [minutes]` writes
// bench/autopilot.md; `npm run bench autopilot` runs it too.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Observation, WatchedService } from "../src/autopilot/contract.js";
import { createObservers } from "../src/autopilot/observe/index.js";
import type { ManualClock } from "../src/core/index.js";
import { EmulatorControl, startEmulator } from "../src/emulator/index.js";
import { RailwayClient } from "../src/railway/index.js";
import { writeStandaloneReport } from "./standalone-report.js";

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

interface PhaseResult {
  requestsPerHour: number;
  byOperation: Record<string, number>;
  detectMs: number[];
  missed: number;
  sweepIntervalMs: number;
  rssMb: number;
  /** Heap retained after the run minus before the observers started (after GC when exposed). */
  heapGrowthMb: number;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function phase(services: number, environments: number, minutes: number, webhooks: boolean): Promise<PhaseResult> {
  const emu = await startEmulator({ clock: "manual", seed: `scale:${services}x${environments}`, plan: "unlimited" });
  const ctl = new EmulatorControl(emu.info.controlUrl);
  const clock = emu.clock as ManualClock;
  const client = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    apiToken: emu.info.tokens.account,
    env: {},
    clock,
    plan: "hobby",
  });
  const watched: WatchedService[] = [];
  for (const inst of emu.world.instances.values()) {
    const svc = emu.world.services.get(inst.serviceId);
    const env = emu.world.environments.get(inst.environmentId);
    if (!svc || !env || svc.kind !== "app") continue;
    watched.push({
      projectId: svc.projectId,
      environmentId: env.id,
      environmentName: env.name,
      serviceId: svc.id,
      serviceName: svc.name,
    });
  }
  const seen: Observation[] = [];
  const observe = createObservers({
    client,
    clock,
    services: watched,
    logs: { scanIntervalMs: 300_000, evaluateEveryMs: 60_000 },
    // Railway answers one environment-wide metrics request; the emulator does not split it by
    // service, so the observer reads one service per environment per pass on top (counted).
    metrics: { intervalMs: 600_000, perServicePerPass: 1 },
  });
  let server: http.Server | undefined;
  if (webhooks) {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => {
        body += d.toString();
      });
      req.on("end", () => {
        void observe.receiveWebhook(JSON.parse(body)).finally(() => res.end("ok"));
      });
    });
    await new Promise<void>((r) => server?.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    for (const p of new Set(watched.map((w) => w.projectId)))
      await ctl.addWebhook(p, url, ["Deployment.crashed", "Deployment.failed"]);
  }
  const heapBefore = heapMb();
  const stop = new AbortController();
  for (const o of observe.observers) await o.start((x) => seen.push(x), stop.signal);
  const sweepIntervalMs = observe.deployments.intervalMs();
  const before = await ctl.stats();
  const started = clock.now();
  const end = started + minutes * 60_000;
  // One crash every 3 virtual minutes on a different service, at an offset inside the sweep cycle.
  const crashes: Array<{ deploymentId: string; at: number }> = [];
  let nextCrash = started + 60_000;
  let n = 0;
  let rss = 0;
  while (clock.now() < end) {
    if (clock.now() >= nextCrash) {
      const target = watched[(n * 37) % watched.length] as WatchedService;
      n++;
      const r = await ctl.incident({
        serviceId: target.serviceId,
        environmentId: target.environmentId,
        kind: "crash",
        afterMs: 1_000,
      });
      if (r.deploymentId) crashes.push({ deploymentId: r.deploymentId, at: clock.now() + 1_000 });
      nextCrash += 180_000 + ((n * 7_919) % 60_000);
    }
    const next = Math.min(clock.nextAt() ?? end, end, nextCrash, clock.now() + 1_000);
    await clock.advanceTo(Math.max(next, clock.now() + 1));
    if (webhooks) await ctl.flushWebhooks();
    await observe.deployments.settled();
    await settle(2);
    rss = Math.max(rss, process.memoryUsage().rss);
  }
  const after = await ctl.stats();
  const detectMs: number[] = [];
  let missed = 0;
  for (const c of crashes) {
    const o = seen.find(
      (x) => x.kind === "deployment" && x.deployment.id === c.deploymentId && x.deployment.status === "CRASHED",
    );
    if (o) detectMs.push(Date.parse(o.at) - c.at);
    else missed++;
  }
  const byOperation: Record<string, number> = {};
  for (const [op, count] of Object.entries(after.requests.byOperation)) {
    const d = count - (before.requests.byOperation[op] ?? 0);
    if (d > 0) byOperation[op] = d;
  }
  const total = after.requests.total - before.requests.total;
  const heapGrowthMb = Math.round((heapMb() - heapBefore) * 10) / 10;
  stop.abort();
  for (const o of observe.observers) await o.stop();
  server?.close();
  client.close();
  await emu.close();
  return {
    requestsPerHour: Math.round((total * 60) / minutes),
    byOperation,
    detectMs,
    missed,
    sweepIntervalMs,
    rssMb: Math.round(rss / 1024 / 1024),
    heapGrowthMb,
  };
}

export async function benchAutopilotWatch(
  services = 500,
  environments = 10,
  minutes = 60,
): Promise<{ name: string; lines: string[] }> {
  const sweepOnly = await phase(services, environments, minutes, false);
  const pushed = await phase(services, environments, minutes, true);
  const row = (label: string, r: PhaseResult) =>
    `| ${label} | ${r.requestsPerHour} | ${r.sweepIntervalMs / 1000} s | ${r.detectMs.length} | ${r.missed} | ${percentile(r.detectMs, 50) / 1000} s | ${percentile(r.detectMs, 95) / 1000} s | ${r.rssMb} MB | ${r.heapGrowthMb} MB |`;
  const ops = (r: PhaseResult) =>
    Object.entries(r.byOperation)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${Math.round((v * 60) / minutes)}`)
      .join(", ");
  const lines = [
    `${services} services in ${environments} environments (emulator seed scale:${services}x${environments}), ${minutes} virtual minutes per run, hobby budget (1,000 requests/h), one RailwayClient shared by every observer: deployment sweep (one request per environment), ${environments} environmentLogs streams + fallback scan every 300 s, memory every 10 min, a crash injected every 3-4 virtual minutes.`,
    "",
    "| run | requests/h | sweep interval | crashes detected | missed | detect p50 | detect p95 | peak RSS (process, emulator included) | heap growth while watching |",
    "|---|---|---|---|---|---|---|---|---|",
    row("sweep only (no webhooks)", sweepOnly),
    row("with webhooks", pushed),
    `| polling every service every 5 s | ${Math.round((services * 3600) / 5)} | 5 s | | | | | | |`,
    "",
    `Requests/h by operation, sweep only: ${ops(sweepOnly)}.`,
    `With webhooks: ${ops(pushed)}.`,
    "",
    `Targets: inside 1,000 requests/h (${sweepOnly.requestsPerHour <= 1000 && pushed.requestsPerHour <= 1000 ? "met" : "NOT met"}); detect p95 ≤ 2 s with webhooks (${percentile(pushed.detectMs, 95) <= 2_000 ? "met" : "NOT met"}) and ≤ one sweep interval without (${percentile(sweepOnly.detectMs, 95) <= sweepOnly.sweepIntervalMs ? "met" : "NOT met"}); RSS ≤ 150 MB (${Math.max(sweepOnly.rssMb, pushed.rssMb) <= 150 ? "met" : "NOT met"} for the whole process, which also holds the emulator's world of ${services} services, tsx and the test harness; the observers' own heap growth over the run is the last column).`,
  ];
  return { name: "Autopilot watch cost", lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const services = Number(process.argv[2] ?? 500);
  const minutes = Number(process.argv[3] ?? 60);
  const section = await benchAutopilotWatch(services, 10, minutes);
  writeStandaloneReport(section, new URL("./autopilot.md", import.meta.url));
}
