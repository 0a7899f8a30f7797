import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Observation, WatchedService } from "../../src/autopilot/contract.js";
import { HealthObserver, jsonPathValue, probeCheck } from "../../src/autopilot/observe/index.js";
import { ManualClock } from "../../src/core/index.js";
import { parseResolveList } from "../../src/deploy/index.js";
import { useEmulator } from "../helpers/emulator.js";

let mode: "ok" | "500" | "slow" | "bad-json" | "reset" = "ok";
let base = "";
const server = http.createServer((req, res) => {
  if (mode === "reset") return req.socket.destroy();
  const reply = () => {
    res.setHeader("content-type", "application/json");
    if (mode === "500") res.statusCode = 500;
    res.end(JSON.stringify({ status: mode === "bad-json" ? "degraded" : "ok", db: { up: true } }));
  };
  if (mode === "slow") setTimeout(reply, 80);
  else reply();
});
let refusedPort = 0;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = http.createServer();
  await new Promise<void>((r) => spare.listen(0, "127.0.0.1", r));
  refusedPort = (spare.address() as AddressInfo).port;
  await new Promise((r) => spare.close(r));
});
afterAll(() => {
  server.close();
});

describe("one probe", () => {
  it.each([
    { name: "2xx passes", mode: "ok", check: {}, result: "ok" },
    { name: "500 fails", mode: "500", check: {}, result: "failed", detail: /HTTP 500/ },
    { name: "expected status", mode: "ok", check: { expectStatus: 204 }, result: "failed", detail: /expected 204/ },
    { name: "JSON assertion holds", mode: "ok", check: { json: { path: "$.db.up", equals: true } }, result: "ok" },
    {
      name: "JSON assertion fails",
      mode: "bad-json",
      check: { json: { path: "$.status", equals: "ok" } },
      result: "failed",
      detail: /\$\.status is "degraded"/,
    },
    {
      name: "over the latency limit",
      mode: "slow",
      check: { latencyLimitMs: 20 },
      result: "failed",
      detail: /over the 20 ms limit/,
    },
    {
      name: "no answer within the deadline once connected",
      mode: "slow",
      check: { timeoutMs: 20 },
      result: "failed",
      detail: /within 20 ms/,
    },
    { name: "reset after connect", mode: "reset", check: {}, result: "failed", detail: /after connect/ },
  ] as const)("$name", async (row) => {
    mode = row.mode;
    const out = await probeCheck({ url: `${base}/health`, ...row.check });
    expect(out.result).toBe(row.result);
    if ("detail" in row && row.detail) expect(out.detail).toMatch(row.detail);
  });

  it("the prober's own network failing is inconclusive: refused before any answer, DNS failure", async () => {
    expect(await probeCheck({ url: `http://127.0.0.1:${refusedPort}/health` })).toMatchObject({
      result: "inconclusive",
      detail: /ECONNREFUSED/,
    });
    expect(await probeCheck({ url: "http://no-such-host.invalid/health", timeoutMs: 3_000 })).toMatchObject({
      result: "inconclusive",
    });
  });

  it("reads dotted JSON paths", () => {
    expect(jsonPathValue({ a: { b: [1, { c: 2 }] } }, "$.a.b.1.c")).toBe(2);
    expect(jsonPathValue({ a: 1 }, "a.b")).toBeUndefined();
  });
});

const svc = (name: string): WatchedService => ({
  projectId: "p",
  environmentId: "e",
  environmentName: "production",
  serviceId: `id-${name}`,
  serviceName: name,
});

describe("thresholds on the clock", () => {
  it("reports failed only after failureThreshold failures in a row, ok again after successThreshold passes; inconclusive alone never fails", async () => {
    const clock = new ManualClock();
    const seen: Observation[] = [];
    const observer = new HealthObserver({
      clock,
      checks: [
        {
          service: svc("web"),
          check: { url: `${base}/health`, intervalMs: 10_000, failureThreshold: 3, successThreshold: 2 },
        },
        {
          service: svc("lost"),
          check: { url: `http://127.0.0.1:${refusedPort}/`, intervalMs: 10_000, failureThreshold: 2 },
        },
      ],
    });
    const stop = new AbortController();
    mode = "ok";
    await observer.start((o) => seen.push(o), stop.signal);
    const tick = async () => {
      for (let i = 0; i < 200 && clock.pending < 2; i++) await new Promise((r) => setTimeout(r, 5));
      await clock.advance(10_000);
    };
    const web = () =>
      seen
        .filter((o) => o.kind === "health" && o.service.serviceName === "web")
        .map((o) => (o.kind === "health" ? `${o.result}:${o.consecutive}` : ""));
    await tick();
    expect(web()).toEqual(["ok:1"]);
    mode = "500";
    await tick();
    await tick();
    expect(web()).toEqual(["ok:1"]);
    await tick();
    expect(web()).toEqual(["ok:1", "failed:3"]);
    mode = "ok";
    await tick();
    expect(web()).toEqual(["ok:1", "failed:3"]);
    await tick();
    expect(web()).toEqual(["ok:1", "failed:3", "ok:2"]);
    const lost = seen.filter((o) => o.kind === "health" && o.service.serviceName === "lost");
    expect(lost.map((o) => (o.kind === "health" ? o.result : ""))).toEqual(["inconclusive"]);
    expect(observer.stats().find((s) => s.serviceId === "id-lost")).toMatchObject({
      failed: 0,
      ok: 0,
      reported: "inconclusive",
    });
    expect(observer.stats().find((s) => s.serviceId === "id-lost")?.inconclusive).toBeGreaterThanOrEqual(5);
    stop.abort();
    await observer.stop();
  });
});

describe("emulator app domains", () => {
  const { emu } = useEmulator({ seed: "demo" });
  it("probes a service domain through a --resolve entry", async () => {
    const q = `query($s: String!, $e: String!, $p: String!) { domains(serviceId: $s, environmentId: $e, projectId: $p) { serviceDomains { domain } } }`;
    const res = await fetch(emu.info.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${emu.info.tokens.account}` },
      body: JSON.stringify({
        query: q,
        variables: { s: emu.info.services.web, e: emu.info.environmentId, p: emu.info.projectId },
      }),
    });
    const domain = ((await res.json()) as { data: { domains: { serviceDomains: { domain: string }[] } } }).data.domains
      .serviceDomains[0]?.domain;
    expect(domain).toBeTruthy();
    const resolve = parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]);
    expect(await probeCheck({ url: `https://${domain}/`, timeoutMs: 3_000 }, resolve)).toMatchObject({
      result: "ok",
      status: 200,
    });
  });
});
