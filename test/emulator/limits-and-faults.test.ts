import { afterEach, describe, expect, it } from "vitest";
import { EmulatorControl, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { data, gql } from "./gql.js";

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const PING = `query Ping { me { id } }`;

describe("rate limits", () => {
  it("sends X-RateLimit-* headers on every response and 429 with an integer Retry-After when the hour is used up", async () => {
    emu = await startEmulator({ clock: "manual", plan: "free" });
    const first = await gql(emu.info, PING);
    expect(first.headers.get("x-ratelimit-limit")).toBe("100");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("99");
    expect(Number(first.headers.get("x-ratelimit-reset"))).toBeGreaterThan(emu.clock.now() / 1000);
    for (let i = 0; i < 99; i++) await gql(emu.info, PING);
    const limited = await gql(emu.info, PING);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(Number(limited.headers.get("retry-after"))).toBe(3600);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    const ctl = new EmulatorControl(emu.info.controlUrl);
    expect((await ctl.stats()).rateLimited).toBe(1);
    await ctl.advance(3_600_000);
    expect((await gql(emu.info, PING)).status).toBe(200);
  });

  it("limits hobby tokens to 10 requests per second on the emulator's clock", async () => {
    emu = await startEmulator({ clock: "manual", plan: "hobby" });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await gql(emu.info, PING)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    const last = await gql(emu.info, PING);
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toBe("1");
    await new EmulatorControl(emu.info.controlUrl).advance(1_000);
    expect((await gql(emu.info, PING)).status).toBe(200);
  });

  it("counts budgets per token", async () => {
    emu = await startEmulator({ clock: "manual", plan: "free" });
    for (let i = 0; i < 100; i++) await gql(emu.info, PING);
    expect((await gql(emu.info, PING)).status).toBe(429);
    expect((await gql(emu.info, `query { projects { edges { node { id } } } }`, {}, "workspace")).status).toBe(200);
  });
});

describe("faults", () => {
  it("answers the next N requests with a 5xx, then recovers", async () => {
    emu = await startEmulator({ clock: "manual" });
    const ctl = new EmulatorControl(emu.info.controlUrl);
    await ctl.faults({ http5xx: { count: 2, status: 502 } });
    expect((await gql(emu.info, PING)).status).toBe(502);
    expect((await gql(emu.info, PING)).status).toBe(502);
    expect((await gql(emu.info, PING)).status).toBe(200);
  });

  it("serves Cloudflare's HTML access-denied page with 403 on htmlBlock", async () => {
    emu = await startEmulator({ clock: "manual" });
    await new EmulatorControl(emu.info.controlUrl).faults({ htmlBlock: { count: 1 } });
    const res = await fetch(emu.info.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PING }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("Access denied | backboard.railway.com used Cloudflare to restrict access");
  });

  it("refuses a second mutation on the same service within the cooldown window", async () => {
    emu = await startEmulator({ clock: "manual" });
    const ctl = new EmulatorControl(emu.info.controlUrl);
    await ctl.faults({ cooldownMs: 60_000 });
    const m = `mutation($s: String!, $e: String!) { serviceInstanceUpdate(serviceId: $s, environmentId: $e, input: { numReplicas: 2 }) }`;
    const v = { s: emu.info.services.web, e: emu.info.environmentId };
    data(await gql(emu.info, m, v));
    expect((await gql(emu.info, m, v)).body.errors?.[0]?.message).toBe("Endpoint too recently updated");
    await ctl.advance(60_000);
    expect(data(await gql<{ serviceInstanceUpdate: boolean }>(emu.info, m, v)).serviceInstanceUpdate).toBe(true);
  });

  it("hides a new service from queries until the propagation delay has passed", async () => {
    emu = await startEmulator({ clock: "manual" });
    const ctl = new EmulatorControl(emu.info.controlUrl);
    await ctl.faults({ propagationDelayMs: 5_000 });
    const created = data(
      await gql<{ serviceCreate: { id: string } }>(
        emu.info,
        `mutation($i: ServiceCreateInput!) { serviceCreate(input: $i) { id } }`,
        { i: { projectId: emu.info.projectId, name: "api" } },
      ),
    );
    const q = `query($id: String!) { service(id: $id) { id name } }`;
    expect((await gql(emu.info, q, { id: created.serviceCreate.id })).body.errors?.[0]?.message).toBe(
      "Service not found",
    );
    await ctl.advance(5_000);
    expect(
      data(await gql<{ service: { name: string } }>(emu.info, q, { id: created.serviceCreate.id })).service.name,
    ).toBe("api");
  });

  it("counts requests per operation and mutations in stats, and resets them", async () => {
    emu = await startEmulator({ clock: "manual" });
    const ctl = new EmulatorControl(emu.info.controlUrl);
    await gql(emu.info, PING);
    await gql(emu.info, `query { projects { edges { node { id } } } }`);
    await gql(
      emu.info,
      `mutation Up($s: String!, $e: String!) { serviceInstanceRedeploy(serviceId: $s, environmentId: $e) }`,
      { s: emu.info.services.web, e: emu.info.environmentId },
    );
    const stats = await ctl.stats();
    expect(stats.requests).toEqual({ total: 3, byOperation: { Ping: 1, projects: 1, Up: 1 } });
    expect(stats.mutations).toBe(1);
    await ctl.resetStats();
    expect((await ctl.stats()).requests.total).toBe(0);
  });
});
