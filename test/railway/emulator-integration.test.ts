import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/core/index.js";
import { EmulatorControl, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import {
  BuildLogsDocument,
  BuildLogStreamDocument,
  DeploymentDocument,
  DeploymentUpdatesDocument,
  MeDocument,
  ProjectsDocument,
  ProjectTokenDocument,
  RailwayAuthError,
  RailwayClient,
  ServiceInstanceDeployV2Document,
  ServiceInstanceDocument,
} from "../../src/railway/index.js";
import { clientHarness, settle } from "./support/client-harness.js";
import { deferred } from "./support/fixtures.js";

let emu: RunningEmulator;
let ctl: EmulatorControl;
beforeEach(async () => {
  emu = await startEmulator({ clock: "manual" });
  ctl = new EmulatorControl(emu.info.controlUrl);
});
afterEach(async () => {
  await emu.close();
});

const accountClient = () =>
  new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: emu.info.tokens.account, env: {} });
const projectClient = () =>
  new RailwayClient({ endpoint: emu.info.graphqlUrl, token: emu.info.tokens.project ?? "", env: {} });
const web = () => emu.info.services.web as string;
const envId = () => emu.info.environmentId as string;

describe("RailwayClient against the emulator", () => {
  it("reads identity, projects, the project token's scope and a service instance", async () => {
    const account = accountClient();
    const { me } = await account.request(MeDocument);
    expect(me.email).toContain("@");
    const ids: string[] = [];
    for await (const p of account.paginate(ProjectsDocument, {}, (r) => r.projects)) ids.push(p.id);
    expect(ids).toContain(emu.info.projectId);

    const project = projectClient();
    const { projectToken } = await project.request(ProjectTokenDocument);
    expect(projectToken.projectId).toBe(emu.info.projectId);
    const { serviceInstance } = await project.request(ServiceInstanceDocument, {
      serviceId: web(),
      environmentId: envId(),
    });
    expect(serviceInstance.serviceName).toBe("web");
    expect(serviceInstance.serviceId).toBe(web());
  });

  it("deploys with serviceInstanceDeployV2 and follows the deployment to SUCCESS over a subscription", async () => {
    const client = projectClient();
    const { serviceInstanceDeployV2: id } = await client.request(ServiceInstanceDeployV2Document, {
      serviceId: web(),
      environmentId: envId(),
    });
    const statuses: string[] = [];
    const first = deferred();
    const follow = settle(
      (async () => {
        for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id })) {
          statuses.push(deployment.status);
          first.resolve();
          if (deployment.status === "SUCCESS") break;
        }
      })(),
    );
    await first.promise;
    for (const ms of [1_000, 3_000, 30_000, 10_000]) await ctl.advance(ms);
    expect((await follow).ok).toBe(true);
    expect(statuses[0]).toBe("QUEUED");
    expect(statuses.at(-1)).toBe("SUCCESS");
    const { deployment } = await client.request(DeploymentDocument, { id });
    expect(deployment.status).toBe("SUCCESS");
  });

  it("reconnects after the emulator drops the websocket and delivers each build log line once", async () => {
    const h = clientHarness({ endpoint: emu.info.graphqlUrl, token: emu.info.tokens.project ?? "" });
    const { serviceInstanceDeployV2: id } = await h.client.request(ServiceInstanceDeployV2Document, {
      serviceId: web(),
      environmentId: envId(),
    });
    const streamed: string[] = [];
    const gotBatch = deferred();
    const reconnected = deferred();
    const stream = settle(
      (async () => {
        for await (const { buildLogs } of h.client.subscribe(
          BuildLogStreamDocument,
          { deploymentId: id },
          { onReconnect: () => reconnected.resolve() },
        )) {
          for (const row of buildLogs) streamed.push(`${row.timestamp} ${row.message}`);
          gotBatch.resolve();
        }
      })(),
    );
    await ctl.advance(4_000);
    await ctl.advance(10_000);
    await gotBatch.promise;
    const beforeDrop = streamed.length;
    await ctl.faults({ wsDrop: true });
    await reconnected.promise;
    expect(await h.skipSleep()).toBe(1000);
    await ctl.advance(20_000);
    await ctl.advance(10_000);
    const r = await stream;
    expect(r.ok).toBe(true);
    const { buildLogs } = await h.client.request(BuildLogsDocument, { deploymentId: id, limit: 5000 });
    expect(beforeDrop).toBeGreaterThan(0);
    expect(streamed).toEqual(buildLogs.map((row) => `${row.timestamp} ${row.message}`));
    expect((await ctl.stats()).wsConnections).toBeGreaterThanOrEqual(2);
  });

  it("rides out injected 5xx and Cloudflare-style HTML faults", async () => {
    const h = clientHarness({ endpoint: emu.info.graphqlUrl, apiToken: emu.info.tokens.account });
    await ctl.faults({ http5xx: { count: 2 }, htmlBlock: { count: 1 } });
    const result = settle(h.client.request(MeDocument));
    for (let i = 1; i <= 3; i++) {
      await h.attempted(i);
      await h.skipSleep();
    }
    const r = await result;
    expect(r.ok).toBe(true);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["retry", "retry", "retry", "ok"]);
  });

  it("uploads a directory and gets a deployment the API then knows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "railpilot-up-"));
    try {
      mkdirSync(join(dir, "src"));
      writeFileSync(join(dir, "package.json"), "{}");
      writeFileSync(join(dir, "src", "index.js"), "console.log('hi')");
      const client = projectClient();
      const up = await client.upload({
        projectId: emu.info.projectId as string,
        environmentId: envId(),
        serviceId: web(),
        message: "test",
        dir,
      });
      expect(up.deploymentId).toBeTruthy();
      const { deployment } = await client.request(DeploymentDocument, { id: up.deploymentId });
      expect(deployment.serviceId).toBe(web());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("maps a wrong token to RailwayAuthError on HTTP and on the websocket", async () => {
    const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: "tok_wrong_000000", env: {} });
    const http = await settle(client.request(MeDocument));
    expect(!http.ok && http.error).toBeInstanceOf(RailwayAuthError);
    const ws = await settle(
      (async () => {
        for await (const _ of client.subscribe(DeploymentUpdatesDocument, { id: "nope" })) {
          // none
        }
      })(),
    );
    expect(!ws.ok && ws.error).toBeInstanceOf(RailwayAuthError);
  });

  it("learns the free plan's budget from the emulator's rate-limit headers and queues instead of drawing a 429", async () => {
    const free = await startEmulator({ clock: "manual", plan: "free" });
    try {
      const freeCtl = new EmulatorControl(free.info.controlUrl);
      // Share the emulator's virtual clock so X-RateLimit-Reset means the same instant to both.
      const client = new RailwayClient({
        endpoint: free.info.graphqlUrl,
        apiToken: free.info.tokens.account,
        env: {},
        plan: "unlimited",
        clock: free.clock,
      });
      let sent = 0;
      while (client.budget.remaining().hour > 0 && sent < 150) {
        await client.request(MeDocument);
        sent++;
      }
      expect(sent).toBeLessThanOrEqual(100);
      const queued = settle(client.request(MeDocument));
      const { resetAt } = client.budget.remaining();
      expect(resetAt).toBeGreaterThan(free.clock.now());
      const before = await freeCtl.stats();
      expect(before.rateLimited).toBe(0);
      await (free.clock as ManualClock).advanceTo(resetAt);
      expect((await queued).ok).toBe(true);
      const after = await freeCtl.stats();
      expect(after.rateLimited).toBe(0);
      expect(after.requests.total).toBe(before.requests.total + 1);
    } finally {
      await free.close();
    }
  });
});
