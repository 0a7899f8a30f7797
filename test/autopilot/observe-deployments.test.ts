import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Observation, WatchedService } from "../../src/autopilot/contract.js";
import { DeploymentObserver, discoverServices } from "../../src/autopilot/observe/index.js";
import { loadConfig } from "../../src/config/index.js";
import type { ManualClock } from "../../src/core/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator({ per: "test", seed: "demo" });

const clients: RailwayClient[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});

function client(plan: "hobby" | "unlimited" = "hobby"): RailwayClient {
  const c = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    apiToken: emu.info.tokens.account,
    env: {},
    clock: emu.clock,
    plan,
  });
  clients.push(c);
  return c;
}
const clock = () => emu.clock as ManualClock;
const config = () => loadConfig({ cwd: "/nonexistent-dir", env: {} });
const deploymentsOf = (seen: Observation[], serviceId: string) =>
  seen.flatMap((o) => (o.kind === "deployment" && o.service.serviceId === serviceId ? [o] : []));

/** Lets real I/O (HTTP to the emulator, webhook POSTs) settle without moving virtual time. */
async function settle(ms = 60): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

let stopper: AbortController;
let observer: DeploymentObserver | undefined;
afterEach(async () => {
  stopper?.abort();
  await observer?.stop();
  observer = undefined;
});

async function startObserver(
  services: WatchedService[],
  extra: Partial<ConstructorParameters<typeof DeploymentObserver>[0]> = {},
) {
  const seen: Observation[] = [];
  stopper = new AbortController();
  observer = new DeploymentObserver({ client: client(), clock: clock(), services, ...extra });
  await observer.start((o) => seen.push(o), stopper.signal);
  return { seen, observer };
}

describe("target discovery", () => {
  it("watches every service of the default environment, or only the named ones", async () => {
    const all = await discoverServices(client(), config());
    expect(all.map((s) => s.serviceName).sort()).toEqual(["Postgres", "Redis", "web", "worker"]);
    expect(
      all.every(
        (s) =>
          s.environmentId === emu.info.environmentId &&
          s.environmentName === "production" &&
          s.projectId === emu.info.projectId,
      ),
    ).toBe(true);
    const some = await discoverServices(client(), config(), [{ environment: "production", services: ["web"] }]);
    expect(some).toEqual([
      {
        projectId: emu.info.projectId,
        environmentId: emu.info.environmentId,
        environmentName: "production",
        serviceId: emu.info.services.web,
        serviceName: "web",
      },
    ]);
    await expect(discoverServices(client(), config(), [{ services: ["nope"] }])).rejects.toThrow(
      /service "nope" not found/,
    );
  });
});

describe("sweep", () => {
  it("sees every service in one request per environment, then reports only status changes; a crash within one sweep interval", async () => {
    const services = await discoverServices(client(), config());
    const { seen, observer } = await startObserver(services, { follow: false });
    const web = emu.info.services.web as string;
    expect(observer.stats().sweepRequests).toBe(1);
    expect(new Set(seen.map((o) => (o.kind === "deployment" ? o.service.serviceName : "")))).toEqual(
      new Set(["Postgres", "Redis", "web", "worker"]),
    );
    expect(deploymentsOf(seen, web)[0]?.deployment.status).toBe("SUCCESS");
    const interval = observer.intervalMs();
    // hobby: 1,000/h, 40 % share, one environment → 15 s floor (one env needs 9 s).
    expect(interval).toBe(15_000);
    const before = seen.length;
    await clock().advance(interval);
    await settle();
    expect(seen.length).toBe(before);
    const crashAt = clock().now();
    await ctl.incident({ serviceId: web, kind: "crash" });
    let detected: number | undefined;
    for (let i = 0; i < 10 && detected === undefined; i++) {
      await clock().advance(interval / 5);
      await settle();
      const crash = deploymentsOf(seen, web).find((o) => o.deployment.status === "CRASHED");
      if (crash) detected = Date.parse(crash.at);
    }
    expect(detected).toBeDefined();
    expect((detected as number) - crashAt).toBeLessThanOrEqual(interval);
    const crash = deploymentsOf(seen, web).find((o) => o.deployment.status === "CRASHED");
    expect(crash).toMatchObject({ source: "sweep", previous: { status: "SUCCESS" } });
    expect(observer.stats().sweepRequests).toBeGreaterThanOrEqual(2);
  });

  it("stretches its cadence with more environments to stay inside its budget share", () => {
    const services: WatchedService[] = Array.from({ length: 500 }, (_, i) => ({
      projectId: "p",
      environmentId: `e${i % 10}`,
      environmentName: `env${i % 10}`,
      serviceId: `s${i}`,
      serviceName: `svc${i}`,
    }));
    const o = new DeploymentObserver({ client: client(), clock: clock(), services });
    // 10 environments on 40 % of 1,000/h → one sweep every 90 s = 400 requests/h.
    expect(o.intervalMs()).toBe(90_000);
    const owned = new DeploymentObserver({
      client: client(),
      clock: clock(),
      services,
      owns: (e) => e === "e1" || e === "e2",
    });
    expect(owned.intervalMs()).toBe(18_000);
  });
});

describe("webhooks", () => {
  it("a valid webhook is a hint: it triggers a look through the API at once and reports what Railway says", async () => {
    const services = await discoverServices(client(), config());
    const { seen, observer } = await startObserver(services, { follow: false, minIntervalMs: 600_000 });
    const receipts: unknown[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => {
        body += d.toString();
      });
      req.on("end", () => {
        void observer.receiveWebhook(JSON.parse(body)).then((r) => {
          receipts.push(r);
          res.end("ok");
        });
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      await ctl.addWebhook(
        emu.info.projectId as string,
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
      );
      const web = emu.info.services.web as string;
      const { deploymentId } = await ctl.incident({ serviceId: web, kind: "crash", afterMs: 1_000 });
      const crashAt = clock().now() + 1_000;
      for (let i = 0; i < 50 && !deploymentsOf(seen, web).some((o) => o.deployment.status === "CRASHED"); i++) {
        if (i % 5 === 0) await clock().advance(500);
        await ctl.flushWebhooks();
        await observer.settled();
        await settle(20);
      }
      const crash = deploymentsOf(seen, web).find((o) => o.deployment.status === "CRASHED");
      expect(crash?.source).toBe("webhook");
      expect(crash?.deployment.id).toBe(deploymentId);
      expect(Date.parse(crash?.at as string) - crashAt).toBeLessThanOrEqual(2_000);
      expect(receipts).toContainEqual({ accepted: true });
      expect(observer.stats().looks).toBeGreaterThanOrEqual(1);
    } finally {
      server.close();
    }
  });

  it("a malformed webhook is refused with a reason and starts nothing; a lying body changes nothing", async () => {
    const services = await discoverServices(client(), config());
    const { seen, observer } = await startObserver(services, { follow: false, minIntervalMs: 600_000 });
    const before = seen.length;
    expect(await observer.receiveWebhook({ hello: "world" })).toEqual({
      accepted: false,
      reason: expect.stringMatching(/^not a Railway webhook: (type|resource)/),
    });
    expect(await observer.receiveWebhook("x")).toMatchObject({ accepted: false });
    // A well-formed body claiming a crash of a deployment that is fine: the look finds SUCCESS.
    const web = emu.info.services.web as string;
    const live = deploymentsOf(seen, web)[0]?.deployment.id as string;
    const lie = {
      type: "Deployment.crashed",
      timestamp: new Date(clock().now()).toISOString(),
      details: { id: live, status: "CRASHED" },
      resource: {
        project: { id: emu.info.projectId },
        environment: { id: emu.info.environmentId },
        service: { id: web },
        deployment: { id: live },
      },
    };
    expect(await observer.receiveWebhook(lie)).toEqual({ accepted: true });
    await observer.settled();
    expect(seen.length).toBe(before);
    expect(observer.stats()).toMatchObject({ looks: 1, webhooks: { accepted: 1, rejected: 2 } });
  });
});

describe("deployments in flight", () => {
  it("follows a new deployment over its subscription to a terminal status", async () => {
    const services = await discoverServices(client(), config());
    const { seen, observer } = await startObserver(services, { minIntervalMs: 15_000 });
    const web = emu.info.services.web as string;
    const res = await fetch(emu.info.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${emu.info.tokens.account}` },
      body: JSON.stringify({
        query: "mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }",
        variables: { s: web, e: emu.info.environmentId },
      }),
    });
    const id = ((await res.json()) as { data: { serviceInstanceDeployV2: string } }).data.serviceInstanceDeployV2;
    for (
      let i = 0;
      i < 200 && !deploymentsOf(seen, web).some((o) => o.deployment.id === id && o.deployment.status === "SUCCESS");
      i++
    ) {
      await clock().advance(1_000);
      await settle(10);
    }
    const mine = deploymentsOf(seen, web).filter((o) => o.deployment.id === id);
    expect(mine.at(-1)?.deployment.status).toBe("SUCCESS");
    expect(mine.some((o) => o.source === "subscription")).toBe(true);
    // Each status once: no duplicates between sweep and subscription.
    const statuses = mine.map((o) => o.deployment.status);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(observer.stats().follows).toBeGreaterThanOrEqual(1);
  });
});
