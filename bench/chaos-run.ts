// One seeded chaos run: the autopilot (engine + observers, one RailwayClient) in-process against the
// emulator on its manual clock, crashes injected one service at a time, and the emulator's faults
// (5xx bursts, "Problem processing request", HTML edge pages, 429 with Retry-After, latency,
// cooldowns, propagation delays, websocket drops) switched on at seeded random moments. The result
// counts what the emulator's mutation log and the store's action ledger show: verdicts, actions
// lost, actions duplicated, and decision latency (terminal status → action sent, virtual time).
// Used by bench/chaos.ts (`npm run chaos`) and test/autopilot/chaos.test.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createAutopilotEngine,
  type DecisionView,
  resolveAutopilotConfig,
  type WatchedService,
} from "../src/autopilot/index.js";
import { createObservers } from "../src/autopilot/observe/index.js";
import { type ManualClock, seededRandom } from "../src/core/index.js";
import { parseResolveList } from "../src/deploy/index.js";
import { EmulatorControl, type FaultsRequest, type MutationRecord, startEmulator } from "../src/emulator/index.js";
import { RailwayClient } from "../src/railway/index.js";
import { openStore } from "../src/store/index.js";

/** The Railway mutation each acting decision sends. */
const ACTION_FIELDS: Record<string, readonly string[]> = {
  rollback: ["deploymentRollback"],
  restart: ["deploymentRestart"],
  redeploy: ["deploymentRedeploy", "serviceInstanceRedeploy"],
  scale_memory: ["serviceInstanceLimitsUpdate"],
};

export interface ChaosOptions {
  seed: number;
  /** App services in each environment of the emulator's scale seed, and environments. */
  services: number;
  environments: number;
  incidents: number;
  /** Virtual ms between incidents (each on another service). */
  incidentEveryMs: number;
  /** Faults switched on during the run (none: the baseline). */
  faults: boolean;
  /**
   * Longest step of virtual time the driver takes at once (default 1 s). Work that finishes
   * between steps is stamped at the next step, so latencies are upper bounds within one step.
   */
  stepMs?: number;
}

export interface IncidentOutcome {
  serviceId: string;
  deploymentId: string;
  crashedAt: number;
  /** The acting decision's kind, or the non-acting verdict (escalate/none), or "undecided". */
  verdict: string;
  /** Successful mutations the emulator logged for this incident's action. */
  sent: number;
  /** Virtual ms from the crash to the first successful action mutation. */
  decisionMs: number | null;
  /**
   * Virtual ms from the crash to the autopilot's first attempt to send the action (what it
   * controls); the rest of `decisionMs` is waiting Railway imposed (Retry-After, edge blocks, 5xx).
   */
  firstAttemptMs: number | null;
  ledger: string | null;
}

export interface ChaosResult {
  options: ChaosOptions;
  incidents: IncidentOutcome[];
  faultsInjected: string[];
  requests: number;
  rateLimited: number;
  failedMutations: number;
  /** Acting verdicts with no successful mutation (or no finished ledger entry). */
  lost: number;
  /** Acting verdicts whose mutation succeeded more than once. */
  duplicated: number;
}

/** The faults a chaos run picks from; each is small enough that retries get through. */
function pickFault(rand: () => number, serviceId: string): { name: string; faults: FaultsRequest } {
  const n = Math.floor(rand() * 7);
  switch (n) {
    case 0:
      return { name: "5xx burst (3 × 502)", faults: { http5xx: { count: 3, status: 502 } } };
    case 1:
      return { name: "Problem processing request (2 × 400)", faults: { problem: { count: 2 } } };
    case 2:
      return { name: "HTML edge page (2 × 403 text/html)", faults: { htmlBlock: { count: 2 } } };
    case 3:
      return { name: "rate limit (hobby plan, 429 + Retry-After)", faults: { rateLimit: { plan: "hobby" } } };
    case 4:
      return { name: "propagation delay 3 s", faults: { propagationDelayMs: 3_000 } };
    case 5:
      return { name: "websocket drop after 2 messages", faults: { wsDrop: { afterMessages: 2 } } };
    default:
      return {
        name: "service cooldown 2 s + app errors",
        faults: { cooldownMs: 2_000, app: { serviceId, errorRate: 0.2 } },
      };
  }
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const rand = seededRandom(options.seed);
  const dbg = (s: string) => process.env.CHAOS_DEBUG && process.stderr.write(`${s}\n`);
  const store = await openStore({ memory: true });
  const emu = await startEmulator({
    clock: "manual",
    seed: `scale:${options.services * options.environments}x${options.environments}`,
    plan: "unlimited",
  });
  const clock = emu.clock as ManualClock;
  const ctl = new EmulatorControl(emu.info.controlUrl);
  // Every attempt to send an action mutation, by field, at the virtual time it left the client
  // (the emulator logs only those its resolvers ran, not those an injected fault turned away).
  const attempts: Array<{ field: string; at: number }> = [];
  const actionFields = new Set(Object.values(ACTION_FIELDS).flat());
  const recordingFetch: typeof fetch = (input, init) => {
    const body = typeof init?.body === "string" ? init.body : "";
    if (body.includes('"mutation')) {
      for (const field of actionFields) if (body.includes(field)) attempts.push({ field, at: clock.now() });
    }
    return fetch(input, init);
  };
  const client = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    apiToken: emu.info.tokens.account,
    env: {},
    clock,
    plan: "hobby",
    fetch: recordingFetch,
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
  const observe = createObservers({
    client,
    clock,
    services: watched,
    logs: { scanIntervalMs: 300_000, evaluateEveryMs: 60_000 },
    metrics: false,
  });
  const resolve = parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]);
  const engine = createAutopilotEngine({
    store,
    clock,
    client,
    config: resolveAutopilotConfig({}, {}),
    services: watched,
    references: [],
    observers: observe.observers,
    webhookHandler: (body) => observe.receiveWebhook(body),
    verifyHealth: () => ({ checks: 1, intervalMs: 1_000, resolve }),
    verifyStableMs: 20_000,
  });
  dbg("engine start");
  await engine.start();
  dbg("engine started");
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => {
      body += d.toString();
    });
    req.on("end", () => {
      // Answered at once: the look-up it triggers may wait on the clock (retries), which the
      // emulator's webhook flush would otherwise wait for.
      res.end("ok");
      void engine.receiveWebhook(JSON.parse(body)).catch(() => {});
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  for (const p of new Set(watched.map((w) => w.projectId)))
    await ctl.addWebhook(p, hookUrl, ["Deployment.crashed", "Deployment.failed"]);

  dbg("webhooks");
  const stop = new AbortController();
  for (const o of observe.observers) await o.start(engine.sink, stop.signal);
  await ctl.resetStats();
  const started = clock.now();
  const injected: Array<{ serviceId: string; deploymentId: string; crashedAt: number }> = [];
  const faultsInjected: string[] = [];
  // Incidents go to distinct services, picked by the seed.
  const order = [...watched].sort(() => rand() - 0.5);
  let nextIncident = started + 30_000;
  const end = started + options.incidents * options.incidentEveryMs + 180_000;
  while (clock.now() < end) {
    if (clock.now() >= nextIncident && injected.length < options.incidents) {
      const target = order[injected.length % order.length] as WatchedService;
      if (options.faults) {
        await ctl.clearFaults();
        const fault = pickFault(rand, target.serviceId);
        await ctl.faults(fault.faults);
        faultsInjected.push(fault.name);
        dbg(fault.name);
      }
      const afterMs = 1_000 + Math.floor(rand() * 2_000);
      const r = await ctl.incident({
        serviceId: target.serviceId,
        environmentId: target.environmentId,
        kind: "crash",
        afterMs,
      });
      if (r.deploymentId)
        injected.push({ serviceId: target.serviceId, deploymentId: r.deploymentId, crashedAt: clock.now() + afterMs });
      nextIncident = injected.length < options.incidents ? nextIncident + options.incidentEveryMs : end;
    }
    const next = Math.min(clock.nextAt() ?? end, end, nextIncident, clock.now() + (options.stepMs ?? 1_000));
    await clock.advanceTo(Math.max(next, clock.now() + 1));
    await ctl.flushWebhooks();
    // A sweep that is retrying waits on the clock: wait for it only briefly.
    await Promise.race([observe.deployments.settled(), settle(20)]);
    // Let the engine finish what it can without the clock moving (store writes, Railway calls).
    for (let i = 0; i < 3; i++) await settle(3);
    dbg(`t=${clock.now() - started} injected=${injected.length}`);
  }
  await ctl.clearFaults();
  const mutations = await ctl.mutations(started);
  const stats = await ctl.stats();
  const decisions: DecisionView[] = await engine.decisions();
  const actions = await engine.actions();
  const serviceOf = new Map([...emu.world.deployments.values()].map((d) => [d.id, d.serviceId]));
  stop.abort();
  for (const o of observe.observers) await o.stop();
  await engine.stop();
  server.close();
  client.close();
  await emu.close();
  await store.close();

  const incidents = injected.map((inc): IncidentOutcome => {
    const mine = decisions.filter((d) => d.deploymentId === inc.deploymentId);
    const acting = mine.find((d) => ACTION_FIELDS[d.kind] !== undefined);
    const verdict = acting?.kind ?? mine[0]?.kind ?? "undecided";
    const fields = ACTION_FIELDS[verdict] ?? [];
    const sent = mutations.filter(
      (m: MutationRecord) =>
        m.ok &&
        fields.includes(m.field) &&
        (m.target === inc.serviceId || serviceOf.get(m.target ?? "") === inc.serviceId),
    );
    const ledger = acting ? (actions.find((a) => a.decision === acting.causeKey)?.status ?? null) : null;
    // The first attempt at this incident's action: after the crash, no later than the one that got through.
    const tried = sent[0]
      ? attempts.find((a) => fields.includes(a.field) && a.at >= inc.crashedAt && a.at <= (sent[0]?.at ?? 0))
      : undefined;
    return {
      ...inc,
      verdict,
      sent: sent.length,
      decisionMs: sent[0] ? sent[0].at - inc.crashedAt : null,
      firstAttemptMs: tried ? tried.at - inc.crashedAt : null,
      ledger,
    };
  });
  const actingOnes = incidents.filter((i) => ACTION_FIELDS[i.verdict] !== undefined);
  return {
    options,
    incidents,
    faultsInjected,
    requests: stats.requests.total,
    rateLimited: stats.rateLimited,
    failedMutations: mutations.filter((m) => !m.ok).length,
    lost: actingOnes.filter((i) => i.sent === 0 || i.ledger === null).length,
    duplicated: actingOnes.filter((i) => i.sent > 1).length,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
