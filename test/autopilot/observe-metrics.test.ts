import { afterAll, describe, expect, it } from "vitest";
import type { Observation } from "../../src/autopilot/contract.js";
import { discoverServices, MetricsObserver } from "../../src/autopilot/observe/index.js";
import { loadConfig } from "../../src/config/index.js";
import type { ManualClock } from "../../src/core/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator({ seed: "demo" });
let client: RailwayClient | undefined;
afterAll(() => client?.close());

async function gql(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(emu.info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${emu.info.tokens.account}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

describe("metrics observer", () => {
  it("reports a service whose memory climbs towards its limit (one environment-wide request, then a bounded per-service slice)", async () => {
    client = new RailwayClient({
      endpoint: emu.info.graphqlUrl,
      apiToken: emu.info.tokens.account,
      env: {},
      clock: emu.clock,
      plan: "hobby",
    });
    const clock = emu.clock as ManualClock;
    const services = await discoverServices(client, loadConfig({ cwd: "/nonexistent-dir", env: {} }));
    const web = emu.info.services.web as string;
    const seen: Observation[] = [];
    const stop = new AbortController();
    const observer = new MetricsObserver({
      client,
      clock,
      services,
      intervalMs: 5_000,
      sampleRateSeconds: 5,
      reportAtRatio: 0.6,
    });
    await observer.start((o) => seen.push(o), stop.signal);
    // Quiet services: nothing reported.
    expect(await observer.read()).toEqual([]);
    await ctl.memory(web, 1.5);
    await gql("mutation($i: ServiceInstanceLimitsUpdateInput!) { serviceInstanceLimitsUpdate(input: $i) }", {
      i: { serviceId: web, environmentId: emu.info.environmentId, memoryGB: 1 },
    });
    await gql("mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }", {
      s: web,
      e: emu.info.environmentId,
    });
    for (let i = 0; i < 60 && !seen.some((o) => o.kind === "memory"); i++) {
      await clock.advance(1_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    const mem = seen.find((o) => o.kind === "memory");
    expect(mem).toMatchObject({ kind: "memory", source: "metrics", service: { serviceId: web }, limitGb: 1 });
    expect(mem?.kind === "memory" && mem.usedGb).toBeGreaterThanOrEqual(0.6);
    expect(seen.every((o) => o.kind === "memory" && o.service.serviceId === web)).toBe(true);
    // The emulator does not split an environment-wide answer by service: one request, then the round-robin slice.
    expect(observer.stats().requests).toBe(observer.stats().reads * 5);
    stop.abort();
    await observer.stop();
  });
});
