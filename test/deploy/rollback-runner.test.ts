/**
 * The deploy and rollback runners in-process against the emulator: when to roll back (never a
 * newer deployment someone else made), the once-only rollback guard (claims settled the moment
 * Railway accepts; abandoned claims handed out again; an earlier run's rollback checked, not
 * trusted), the deployment rolled back from, `--to` targets that never served, and a deploy
 * trigger that is never repeated for one commit. The code under test runs on a RemoteClock on the
 * emulator, so test/helpers/drive-clock moves time only while it is parked on the clock.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type { Clock } from "../../src/core/index.js";
import {
  ledgerRollbackGuard,
  memoryRollbackGuard,
  parseResolveList,
  performRollback,
  defaultRollbackGuard,
  RailwayDeployApi,
  type RollbackGuard,
  rollbackActionKey,
  runDeploy,
  STALE_ROLLBACK_CLAIM_MS,
} from "../../src/deploy/index.js";
import { useDemoEmulator } from "../helpers/demo-emulator.js";

const fx = useDemoEmulator();
const { emu, control, web, environmentId, webDeployments, rollbacksOf, drive, deployV2, advanceUntil } = fx;
const probeEmulatorApp = () => ({
  checks: 1,
  resolve: parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]),
});
async function connect(endpoint?: string): Promise<{ api: RailwayDeployApi; clock: Clock }> {
  const { client, clock } = await fx.connect(endpoint);
  return { api: new RailwayDeployApi(client), clock };
}

describe("rolling back after a failed deploy", () => {
  it("does not roll back a deployment a newer one replaced while it was being probed: verdict superseded", async () => {
    const { api, clock } = await connect();
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    let competitor: string | undefined;
    // The health endpoint: the first probe lets someone else's deploy go live, then answers 503.
    const health = http.createServer((_req, res) => {
      void (async () => {
        if (!competitor) {
          competitor = await deployV2();
          await advanceUntil(() => emu.world.deployments.get(competitor as string)?.status === "SUCCESS");
        }
        res.statusCode = 503;
        res.end("unhealthy");
      })();
    });
    await new Promise<void>((r) => health.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(health.address() as AddressInfo).port}/healthz`;
      const report = await drive(
        runDeploy({ api, clock, serviceId: web(), environmentId: environmentId(), health: { url, checks: 1 } }),
      );
      expect(report.verdict).toBe("superseded");
      expect(report.supersededBy).toBe(competitor);
      expect(report.rollback).toBeUndefined();
      expect(report.summary).toMatch(/Not rolled back/);
      expect(rollbacksOf()).toBe(0);
      expect(emu.world.deployments.get(competitor as string)?.status).toBe("SUCCESS");
    } finally {
      await new Promise<void>((r) => health.close(() => r()));
    }
  });

  it("still rolls back its own unhealthy deployment when nothing replaced it", async () => {
    const { api, clock } = await connect();
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const report = await drive(
      runDeploy({ api, clock, serviceId: web(), environmentId: environmentId(), health: probeEmulatorApp() }),
    );
    expect(report.verdict).toBe("rolled-back");
    expect(report.rollback).toMatchObject({ status: "succeeded", fromDeploymentId: report.deploymentId });
    expect(rollbacksOf()).toBe(1);
  });
});

describe("rollback guard", () => {
  it("gives a library caller without a guard one guard per api object, not a new one per call", async () => {
    const { api, clock } = await connect();
    const guard = defaultRollbackGuard(api, clock);
    expect(defaultRollbackGuard(api, clock)).toBe(guard);
    // A claim made through it is seen by the next call's default guard.
    expect(await guard.claim("rollback:some-failed-deployment", "target")).toEqual({ claimed: true });
    expect(await defaultRollbackGuard(api, clock).claim("rollback:some-failed-deployment", "target")).toMatchObject({
      claimed: false,
      state: "pending",
    });
  });

  it("never rolls back twice for one failed deployment, and checks the earlier rollback before saying so", async () => {
    const { api, clock } = await connect();
    const [live] = webDeployments();
    const options = {
      api,
      clock,
      serviceId: web(),
      environmentId: environmentId(),
      failedDeploymentId: live?.id as string,
      guard: memoryRollbackGuard(clock),
      health: probeEmulatorApp(),
    };
    const first = await drive(performRollback(options));
    const count = webDeployments().length;
    const second = await drive(performRollback(options));
    expect(first.status).toBe("succeeded");
    expect(first.toDeploymentId).not.toBe(live?.id);
    expect(second).toMatchObject({
      status: "already-done",
      toDeploymentId: first.toDeploymentId,
      newDeploymentId: first.newDeploymentId,
      health: { passed: 1 },
    });
    expect(webDeployments().length).toBe(count);
  });

  it("reports an earlier run's rollback that went badly as failed, not as done", async () => {
    const { api, clock } = await connect();
    const [live] = webDeployments();
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const options = {
      api,
      clock,
      serviceId: web(),
      environmentId: environmentId(),
      failedDeploymentId: live?.id as string,
      guard: memoryRollbackGuard(clock),
      health: probeEmulatorApp(),
    };
    const first = await drive(performRollback(options));
    expect(first.status).toBe("failed");
    const count = webDeployments().length;
    const second = await drive(performRollback(options));
    expect(second.status).toBe("failed");
    expect(second.newDeploymentId).toBe(first.newDeploymentId);
    expect(second.reason).toMatch(/earlier run sent the rollback.*unhealthy too \(HTTP 503\)/);
    expect(webDeployments().length).toBe(count);
  });

  it("takes over a claim whose run died before sending, once it is stale, and rolls back", async () => {
    const { api, clock } = await connect();
    const [live, previous] = webDeployments();
    const killed: RollbackGuard = ledgerRollbackGuard(fx.store.db, clock);
    expect(await killed.claim(rollbackActionKey(live?.id as string), previous?.id as string)).toEqual({
      claimed: true,
    });
    await control("/clock", { advanceMs: STALE_ROLLBACK_CLAIM_MS + 1_000 });
    const before = webDeployments().length;
    const summary = await drive(
      performRollback({
        api,
        clock,
        serviceId: web(),
        environmentId: environmentId(),
        failedDeploymentId: live?.id as string,
        guard: ledgerRollbackGuard(fx.store.db, clock),
        health: { checks: 0 },
      }),
    );
    expect(summary).toMatchObject({ status: "succeeded", toDeploymentId: previous?.id });
    expect(webDeployments().length).toBe(before + 1);
    // Settled as sent with the new deployment: no later run sends it again.
    expect(await killed.claim(rollbackActionKey(live?.id as string), previous?.id as string)).toMatchObject({
      claimed: false,
      state: "sent",
      newDeploymentId: summary.newDeploymentId,
    });
  });

  it("waits while another run holds a fresh claim, and takes it over once that claim goes stale", async () => {
    const { api, clock } = await connect();
    const [live, previous] = webDeployments();
    const guard = memoryRollbackGuard(clock, { staleAfterMs: 30_000 });
    expect(await guard.claim(rollbackActionKey(live?.id as string), previous?.id as string)).toEqual({ claimed: true });
    const started = clock.now();
    const events: string[] = [];
    const summary = await drive(
      performRollback({
        api,
        clock,
        serviceId: web(),
        environmentId: environmentId(),
        failedDeploymentId: live?.id as string,
        guard,
        health: { checks: 0 },
        onEvent: (e) => {
          if (e.kind === "rollback") events.push(e.message);
        },
      }),
    );
    expect(summary).toMatchObject({ status: "succeeded", toDeploymentId: previous?.id });
    expect(events[0]).toMatch(/another run is rolling back .* waiting for it/);
    expect(((await control("/clock")) as { now: number }).now - started).toBeGreaterThanOrEqual(30_000);
    expect(rollbacksOf()).toBe(1);
  });

  it("keeps the once-only promise across processes through the store's actions ledger", async () => {
    const clock = emu.clock;
    const a = ledgerRollbackGuard(fx.store.db, clock);
    const b = ledgerRollbackGuard(fx.store.db, clock);
    expect((await a.claim(rollbackActionKey("dep-9"), "dep-8")).claimed).toBe(true);
    expect(await b.claim(rollbackActionKey("dep-9"), "dep-8")).toMatchObject({
      claimed: false,
      state: "pending",
      target: "dep-8",
    });
    expect((await b.claim(rollbackActionKey("dep-10"), "dep-8")).claimed).toBe(true);
    // A rollback Railway never got may be retried by a later run; a sent one never.
    await b.markFailed(rollbackActionKey("dep-10"), "refused");
    expect((await a.claim(rollbackActionKey("dep-10"), "dep-8")).claimed).toBe(true);
    await a.markSent(rollbackActionKey("dep-9"), { target: "dep-8", newDeploymentId: "dep-11" });
    expect(await b.claim(rollbackActionKey("dep-9"), "dep-8")).toMatchObject({
      claimed: false,
      state: "sent",
      target: "dep-8",
      newDeploymentId: "dep-11",
    });
    // A pending claim is honoured until it is stale; then exactly one of two runs takes it.
    expect((await a.claim(rollbackActionKey("dep-12"), "dep-8")).claimed).toBe(true);
    await control("/clock", { advanceMs: STALE_ROLLBACK_CLAIM_MS - 1 });
    expect((await b.claim(rollbackActionKey("dep-12"), "dep-8")).claimed).toBe(false);
    await control("/clock", { advanceMs: 1 });
    const both = await Promise.all([
      a.claim(rollbackActionKey("dep-12"), "dep-8"),
      b.claim(rollbackActionKey("dep-12"), "dep-8"),
    ]);
    expect(both.filter((c) => c.claimed)).toHaveLength(1);
  });
});

describe("what a rollback starts from and goes to", () => {
  async function failedBuild(): Promise<string> {
    await control("/outcome", { serviceId: web(), outcome: "build_failed" });
    const id = await deployV2();
    await advanceUntil(() => emu.world.deployments.get(id)?.status === "FAILED");
    return id;
  }

  it("rolls back from the deployment serving now (even asleep), not a guess, and says which", async () => {
    const { api, clock } = await connect();
    const [live, previous] = webDeployments();
    const failed = await failedBuild();
    // The live deployment sleeps (no traffic); the newest deployment is a failed build.
    (emu.world.deployments.get(live?.id as string) as { status: string }).status = "SLEEPING";
    const summary = await drive(
      performRollback({ api, clock, serviceId: web(), environmentId: environmentId(), health: { checks: 0 } }),
    );
    expect(summary).toMatchObject({ status: "succeeded", fromDeploymentId: live?.id, toDeploymentId: previous?.id });
    expect(summary.fromDeploymentId).not.toBe(failed);
  });

  it("refuses a chosen target that never served, with its own code (the CLI maps it to exit 2)", async () => {
    const { api, clock } = await connect();
    const failed = await failedBuild();
    const before = webDeployments().length;
    await expect(
      performRollback({
        api,
        clock,
        serviceId: web(),
        environmentId: environmentId(),
        toDeploymentId: failed,
        health: { checks: 0 },
      }),
    ).rejects.toMatchObject({
      code: "ROLLBACK_TARGET_NEVER_SERVED",
      message: expect.stringMatching(/FAILED: it never served/),
    });
    expect(webDeployments().length).toBe(before);
  });
});

describe("deploy trigger", () => {
  const sha = "0123456789abcdef0123456789abcdef01234567";

  it("follows the deployment an earlier run started for the same commit instead of deploying again", async () => {
    const { api, clock } = await connect();
    const earlier = await deployV2(sha);
    const before = webDeployments().length;
    const report = await drive(
      runDeploy({
        api,
        clock,
        serviceId: web(),
        environmentId: environmentId(),
        commitSha: sha,
        health: { checks: 0 },
      }),
    );
    expect(report).toMatchObject({ deploymentId: earlier, verdict: "deployed" });
    expect(report.notes.join("\n")).toMatch(
      new RegExp(`deployment ${earlier} of commit ${sha.slice(0, 12)} was already \\w+`),
    );
    expect(webDeployments().length).toBe(before);
  });

  it.each([
    ["with a commit", sha],
    ["without a commit", undefined],
  ])(
    "adopts the deployment Railway created when the deploy request's answer is lost (%s)",
    async (_name, commitSha) => {
      // A proxy in front of the emulator that passes the mutation on, then drops the connection.
      const upstream = emu.info.graphqlUrl;
      const proxy = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          const body = Buffer.concat(chunks);
          void fetch(upstream, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "project-access-token": String(req.headers["project-access-token"] ?? ""),
            },
            body,
          }).then(async (r) => {
            const text = await r.text();
            if (body.toString().includes("serviceInstanceDeployV2")) return req.socket.destroy();
            res.writeHead(r.status, { "content-type": "application/json" });
            res.end(text);
          });
        });
      });
      await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
      try {
        const { api, clock } = await connect(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql/v2`);
        api.canSubscribe = false;
        const before = webDeployments().length;
        const report = await drive(
          runDeploy({
            api,
            clock,
            serviceId: web(),
            environmentId: environmentId(),
            ...(commitSha ? { commitSha } : {}),
            health: { checks: 0 },
            pollIntervalMs: 5_000,
          }),
        );
        expect(webDeployments().length).toBe(before + 1);
        expect(report).toMatchObject({ deploymentId: webDeployments()[0]?.id, verdict: "deployed" });
        expect(report.notes.join("\n")).toMatch(/the deploy request failed .* but Railway created deployment/);
      } finally {
        await new Promise<void>((r) => proxy.close(() => r()));
      }
    },
  );
});
