import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

/** GET on the app port with a Host header (fetch cannot set Host). */
function appGet(host: string, path: string): Promise<{ status: number; body: string }> {
  const [hostname, port] = emu.info.appAddress.split(":");
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port: Number(port), path, headers: { host }, timeout: 5_000 }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => {
        body += d.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const DEPLOY = `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`;
const STATUS = `query($id: String!) { deployment(id: $id) { status } }`;
const LOGS = `query($id: String!) { deploymentLogs(deploymentId: $id, limit: 1000) { message severity } }`;
const ENV_LOGS = `query($e: String!, $f: String, $a: String, $al: Int, $bl: Int) { environmentLogs(environmentId: $e, filter: $f, anchorDate: $a, afterLimit: $al, beforeLimit: $bl) { message timestamp tags { serviceId deploymentId } } }`;
const METRICS = `query($s: String!, $e: String!, $start: DateTime!, $end: DateTime) { metrics(serviceId: $s, environmentId: $e, startDate: $start, endDate: $end, measurements: [MEMORY_USAGE_GB, MEMORY_LIMIT_GB], sampleRateSeconds: 5) { measurement values { ts value } } }`;
const LIMITS = `mutation($i: ServiceInstanceLimitsUpdateInput!) { serviceInstanceLimitsUpdate(input: $i) }`;

const web = () => emu.info.services.web as string;
const env = () => emu.info.environmentId as string;

async function deploy(service = web()): Promise<string> {
  return data(await gql<{ serviceInstanceDeployV2: string }>(emu.info, DEPLOY, { s: service, e: env() }))
    .serviceInstanceDeployV2;
}
async function status(id: string): Promise<string> {
  return data(await gql<{ deployment: { status: string } }>(emu.info, STATUS, { id })).deployment.status;
}
async function logs(id: string): Promise<{ message: string; severity: string }[]> {
  return data(await gql<{ deploymentLogs: { message: string; severity: string }[] }>(emu.info, LOGS, { id }))
    .deploymentLogs;
}
async function webDomain(): Promise<string> {
  const q = `query($s: String!, $e: String!, $p: String!) { domains(serviceId: $s, environmentId: $e, projectId: $p) { serviceDomains { domain } } }`;
  return data(
    await gql<{ domains: { serviceDomains: { domain: string }[] } }>(emu.info, q, {
      s: web(),
      e: env(),
      p: emu.info.projectId,
    }),
  ).domains.serviceDomains[0]?.domain as string;
}
async function memory(since: number): Promise<{ usage: number[]; limit: number[] }> {
  const now = (await ctl.clock()).now;
  const r = data(
    await gql<{ metrics: { measurement: string; values: { ts: number; value: number }[] }[] }>(emu.info, METRICS, {
      s: web(),
      e: env(),
      start: new Date(since).toISOString(),
      end: new Date(now).toISOString(),
    }),
  ).metrics;
  const series = (m: string) => r.find((x) => x.measurement === m)?.values.map((v) => v.value) ?? [];
  return { usage: series("MEMORY_USAGE_GB"), limit: series("MEMORY_LIMIT_GB") };
}

describe("error surge", () => {
  it("an error_surge outcome goes live, then logs errors and answers 5xx, visible in httpMetricsGroupedByStatus and httpDurationMetrics", async () => {
    await ctl.outcome(web(), "error_surge", { afterMs: 5_000, errorRate: 1, errorsPerMinute: 120 });
    const id = await deploy();
    await ctl.advance(44_000);
    expect(await status(id)).toBe("SUCCESS");
    const start = (await ctl.clock()).now;
    expect((await logs(id)).filter((l) => l.message.includes("request errored"))).toHaveLength(0);
    await ctl.advance(30_000);
    expect(await status(id)).toBe("SUCCESS");
    const errors = (await logs(id)).filter((l) => l.severity === "error" && l.message.includes("request errored"));
    expect(errors.length).toBeGreaterThanOrEqual(50); // 120/min for ~25 s
    expect(JSON.parse(errors[0]?.message as string)).toMatchObject({
      level: 50,
      res: { statusCode: 500 },
      err: { type: "TypeError" },
    });
    const host = await webDomain();
    expect((await appGet(host, "/api/orders")).status).toBe(500);
    expect((await appGet(host, "/health")).status).toBe(200);
    const args = {
      s: web(),
      e: env(),
      start: new Date(start).toISOString(),
      end: new Date(start + 60_000).toISOString(),
    };
    const byStatus = data(
      await gql<{ httpMetricsGroupedByStatus: { statusCode: number; samples: { ts: number; value: number }[] }[] }>(
        emu.info,
        `query($s: String!, $e: String!, $start: DateTime!, $end: DateTime!) { httpMetricsGroupedByStatus(serviceId: $s, environmentId: $e, startDate: $start, endDate: $end, stepSeconds: 60) { statusCode samples { ts value } } }`,
        args,
      ),
    ).httpMetricsGroupedByStatus;
    const total = (code: number) =>
      byStatus.find((g) => g.statusCode === code)?.samples.reduce((n, s) => n + s.value, 0) ?? 0;
    expect(byStatus.map((g) => g.statusCode)).toEqual([200, 500]);
    expect(total(500)).toBeGreaterThanOrEqual(100);
    const durations = data(
      await gql<{
        httpDurationMetrics: { samples: { ts: number; p50: number; p90: number; p95: number; p99: number }[] };
      }>(
        emu.info,
        `query($s: String!, $e: String!, $start: DateTime!, $end: DateTime!) { httpDurationMetrics(serviceId: $s, environmentId: $e, startDate: $start, endDate: $end, stepSeconds: 60) { samples { ts p50 p90 p95 p99 } } }`,
        args,
      ),
    ).httpDurationMetrics.samples;
    expect(durations.length).toBeGreaterThan(0);
    for (const s of durations) expect(s.p50 <= s.p90 && s.p90 <= s.p95 && s.p95 <= s.p99).toBe(true);
    // The surge goes on while the deployment lives; a new deployment replaces it and the errors stop.
    expect((await ctl.clock()).nextEventAt).not.toBeNull();
    await deploy();
    await ctl.advance(44_000);
    expect(await status(id)).toBe("REMOVED");
    expect((await appGet(host, "/api/orders")).status).toBe(200);
  });

  it("an error_surge incident hits the live deployment now, and recover ends it", async () => {
    const live = (await ctl.incident({ serviceId: web(), kind: "error_surge", errorRate: 1 })).deploymentId as string;
    await ctl.advance(10_000);
    const before = (await logs(live)).filter((l) => l.message.includes("request errored")).length;
    expect(before).toBeGreaterThan(0);
    await ctl.incident({ serviceId: web(), kind: "recover" });
    await ctl.advance(30_000);
    expect((await logs(live)).filter((l) => l.message.includes("request errored")).length).toBe(before);
    expect((await appGet(await webDomain(), "/api/orders")).status).toBe(200);
    expect((await ctl.clock()).nextEventAt).toBeNull();
  });
});

describe("dependency down", () => {
  it("crashes the database and makes its apps log ECONNREFUSED to it until it is restarted", async () => {
    const pg = emu.info.services.Postgres as string;
    const r = await ctl.incident({ serviceId: pg, kind: "dependency_down" });
    expect(await status(r.deploymentId as string)).toBe("CRASHED");
    const pgLogs = await logs(r.deploymentId as string);
    expect(pgLogs.some((l) => l.message.includes("PANIC"))).toBe(true);
    await ctl.advance(20_000);
    const refused = data(
      await gql<{ environmentLogs: { message: string; tags: { serviceId: string } }[] }>(emu.info, ENV_LOGS, {
        e: env(),
        f: "ECONNREFUSED",
      }),
    ).environmentLogs;
    const services = new Set(refused.map((l) => l.tags.serviceId));
    expect(services).toEqual(new Set([web(), emu.info.services.worker]));
    expect(refused.some((l) => l.message.includes("connect ECONNREFUSED postgres.railway.internal:5432"))).toBe(true);
    const host = await webDomain();
    const health = await appGet(host, "/health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ status: "unhealthy", checks: { postgres: "ECONNREFUSED" } });
    // The app's own deployment keeps running: rolling it back would not help.
    const webLive = data(
      await gql<{ serviceInstance: { latestDeployment: { status: string } } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { status } } }`,
        { s: web(), e: env() },
      ),
    ).serviceInstance.latestDeployment.status;
    expect(webLive).toBe("SUCCESS");
    // deploymentRestart of the database brings it back; the errors stop.
    data(await gql(emu.info, `mutation($id: String!) { deploymentRestart(id: $id) }`, { id: r.deploymentId }));
    await ctl.advance(10_000);
    expect(await status(r.deploymentId as string)).toBe("SUCCESS");
    const count = () =>
      gql<{ environmentLogs: unknown[] }>(emu.info, ENV_LOGS, { e: env(), f: "ECONNREFUSED", bl: 5000 }).then(
        (x) => data(x).environmentLogs.length,
      );
    const n = await count();
    await ctl.advance(30_000);
    expect(await count()).toBe(n);
    expect((await appGet(host, "/health")).status).toBe(200);
  });

  it("refuses dependency_down for an app service", async () => {
    await expect(ctl.incident({ serviceId: web(), kind: "dependency_down" })).rejects.toThrow(/database service/);
  });
});

describe("memory", () => {
  it("climbs towards the limit and runs out of memory while the working set exceeds it; a raised limit fixes it", async () => {
    await ctl.memory(web(), 1.5);
    data(await gql(emu.info, LIMITS, { i: { serviceId: web(), environmentId: env(), memoryGB: 1 } }));
    const id = await deploy();
    await ctl.advance(44_000);
    const live = (await ctl.clock()).now;
    await ctl.advance(10_000);
    const climbing = await memory(live);
    expect(climbing.limit.every((v) => v === 1)).toBe(true);
    for (let i = 1; i < climbing.usage.length; i++)
      expect(climbing.usage[i]).toBeGreaterThanOrEqual(climbing.usage[i - 1] as number);
    expect(climbing.usage.at(-1)).toBeGreaterThan(0.6);
    await ctl.advance(5_000);
    expect(await status(id)).toBe("CRASHED");
    expect((await logs(id)).some((l) => l.message.includes("JavaScript heap out of memory"))).toBe(true);
    // Restarting at the same limit runs out of memory again.
    data(await gql(emu.info, `mutation($id: String!) { deploymentRestart(id: $id) }`, { id }));
    await ctl.advance(30_000);
    expect(await status(id)).toBe("CRASHED");
    // One step up (2 GB) and a restart: it levels off at 1.5 GB and stays up.
    data(await gql(emu.info, LIMITS, { i: { serviceId: web(), environmentId: env(), memoryGB: 2 } }));
    data(await gql(emu.info, `mutation($id: String!) { deploymentRestart(id: $id) }`, { id }));
    await ctl.advance(10_000);
    const restarted = (await ctl.clock()).now;
    await ctl.advance(120_000);
    expect(await status(id)).toBe("SUCCESS");
    const plateau = await memory(restarted + 30_000);
    expect(plateau.limit.every((v) => v === 2)).toBe(true);
    expect(plateau.usage.every((v) => Math.abs(v - 1.5) < 1e-9)).toBe(true);
  });

  it("an out_of_memory crash outcome climbs to the default limit before it crashes", async () => {
    await ctl.outcome(web(), "crashed", { cause: "out_of_memory", afterMs: 20_000 });
    const id = await deploy();
    await ctl.advance(44_000);
    const live = (await ctl.clock()).now;
    await ctl.advance(19_000);
    const m = await memory(live);
    for (let i = 1; i < m.usage.length; i++) expect(m.usage[i]).toBeGreaterThanOrEqual(m.usage[i - 1] as number);
    expect(m.usage.at(-1)).toBeGreaterThan(5);
    expect(m.usage.at(-1)).toBeLessThanOrEqual(8);
    await ctl.advance(2_000);
    expect(await status(id)).toBe("CRASHED");
  });

  it("a crash incident crashes the live deployment with the given cause", async () => {
    const r = await ctl.incident({ serviceId: web(), kind: "crash", cause: "missing_env", afterMs: 1_000 });
    await ctl.advance(1_000);
    expect(await status(r.deploymentId as string)).toBe("CRASHED");
    expect(
      (await logs(r.deploymentId as string)).some((l) => l.message.includes("Missing required environment variable")),
    ).toBe(true);
  });
});

describe("environment-wide reads", () => {
  it("environmentLogs returns the rows after the anchor with afterLimit, and before it with beforeLimit", async () => {
    const a = await deploy();
    await ctl.advance(44_000);
    const anchor = (await ctl.clock()).now;
    await ctl.advance(1_000);
    await ctl.incident({ serviceId: web(), kind: "crash", cause: "uncaught_exception" });
    await ctl.advance(0);
    const after = data(
      await gql<{ environmentLogs: { message: string; timestamp: string }[] }>(emu.info, ENV_LOGS, {
        e: env(),
        a: new Date(anchor).toISOString(),
        al: 3,
      }),
    ).environmentLogs;
    expect(after).toHaveLength(3);
    for (const row of after) expect(Date.parse(row.timestamp)).toBeGreaterThan(anchor);
    expect(after[0]?.message).toBe("Starting Container");
    const before = data(
      await gql<{ environmentLogs: { timestamp: string; tags: { deploymentId: string } }[] }>(emu.info, ENV_LOGS, {
        e: env(),
        a: new Date(anchor).toISOString(),
        bl: 2,
      }),
    ).environmentLogs;
    expect(before).toHaveLength(2);
    for (const row of before) expect(Date.parse(row.timestamp)).toBeLessThanOrEqual(anchor);
    expect(before.some((r) => r.tags.deploymentId === a)).toBe(true);
  });

  it("deployments(input:{environmentId}) lists the newest deployments of every service of the environment", async () => {
    const q = `query($e: String!, $n: Int) { deployments(input: { environmentId: $e }, first: $n) { edges { node { id serviceId status createdAt } } pageInfo { hasNextPage } } }`;
    const r = data(
      await gql<{
        deployments: {
          edges: { node: { serviceId: string; createdAt: string } }[];
          pageInfo: { hasNextPage: boolean };
        };
      }>(emu.info, q, { e: env(), n: 50 }),
    ).deployments;
    expect(new Set(r.edges.map((e) => e.node.serviceId))).toEqual(new Set(Object.values(emu.info.services)));
    const times = r.edges.map((e) => Date.parse(e.node.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const two = data(
      await gql<{ deployments: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(emu.info, q, {
        e: env(),
        n: 2,
      }),
    ).deployments;
    expect(two.edges).toHaveLength(2);
    expect(two.pageInfo.hasNextPage).toBe(true);
  });
});
