import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { WebhookPayload } from "../../src/emulator/index.js";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

interface Receiver {
  url: string;
  received: { path: string; body: WebhookPayload; contentType: string | undefined }[];
  /** Answers these statuses first, then 200. */
  failWith: number[];
  close(): Promise<void>;
}

const receivers: Server[] = [];
afterEach(async () => {
  for (const s of receivers.splice(0)) await new Promise((r) => s.close(r));
});

async function receiver(): Promise<Receiver> {
  const state: Receiver = { url: "", received: [], failWith: [], close: async () => {} };
  const server = createServer((req: IncomingMessage, res) => {
    let text = "";
    req.on("data", (d: Buffer) => {
      text += d.toString();
    });
    req.on("end", () => {
      const status = state.failWith.shift() ?? 200;
      if (status === 200)
        state.received.push({
          path: req.url ?? "",
          body: JSON.parse(text) as WebhookPayload,
          contentType: req.headers["content-type"],
        });
      res.writeHead(status).end(status === 200 ? "ok" : "boom");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  receivers.push(server);
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/railway/s3cr3t`;
  return state;
}

const DEPLOY = `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`;

async function deployWeb(): Promise<string> {
  return data(
    await gql<{ serviceInstanceDeployV2: string }>(emu.info, DEPLOY, {
      s: emu.info.services.web,
      e: emu.info.environmentId,
    }),
  ).serviceInstanceDeployV2;
}

describe("webhook delivery", () => {
  it("POSTs the documented payload on every deployment status change of the project", async () => {
    const r = await receiver();
    await ctl.addWebhook(emu.info.projectId as string, r.url);
    const id = await deployWeb();
    await ctl.advance(44_000);
    await ctl.flushWebhooks();
    const mine = r.received.filter((x) => x.body.resource.deployment?.id === id);
    expect(mine.map((x) => x.body.type)).toEqual([
      "Deployment.queued",
      "Deployment.initializing",
      "Deployment.building",
      "Deployment.deploying",
      "Deployment.success",
    ]);
    const success = mine[4]?.body as WebhookPayload;
    expect(r.received[0]?.path).toBe("/hooks/railway/s3cr3t");
    expect(r.received[0]?.contentType).toBe("application/json");
    expect(success.details).toMatchObject({ id, source: "GitHub", status: "SUCCESS", branch: "main" });
    expect(typeof success.details.commitHash).toBe("string");
    expect(success.resource.project).toEqual({ id: emu.info.projectId, name: "acme-demo" });
    expect(success.resource.environment).toEqual({
      id: emu.info.environmentId,
      name: "production",
      isEphemeral: false,
    });
    expect(success.resource.service).toEqual({ id: emu.info.services.web, name: "web" });
    expect(success.resource.workspace.id).toBe(emu.info.workspaceId);
    expect(success.severity).toBe("INFO");
    expect(Date.parse(success.timestamp)).toBe((await ctl.clock()).now);
    // The deployment it replaced went REMOVING → REMOVED.
    expect(r.received.map((x) => x.body.type)).toEqual(
      expect.arrayContaining(["Deployment.removing", "Deployment.removed"]),
    );
  });

  it("sends only the event types a webhook asked for, with CRITICAL severity for a crash", async () => {
    const r = await receiver();
    await ctl.addWebhook(emu.info.projectId as string, r.url, ["Deployment.crashed"]);
    await ctl.outcome(emu.info.services.web as string, "crashed", { afterMs: 1_000 });
    await deployWeb();
    await ctl.advance(60_000);
    await ctl.flushWebhooks();
    expect(r.received.map((x) => [x.body.type, x.body.severity, x.body.details.status])).toEqual([
      ["Deployment.crashed", "CRITICAL", "CRASHED"],
    ]);
  });

  it("retries a failing receiver on the emulator clock and counts the retries", async () => {
    const r = await receiver();
    r.failWith = [500, 503];
    const hook = await ctl.addWebhook(emu.info.projectId as string, r.url, ["Alert.memory"]);
    expect((await ctl.alert({ kind: "memory", serviceId: emu.info.services.web as string })).queued).toBe(1);
    await ctl.flushWebhooks();
    expect(r.received).toHaveLength(0);
    await ctl.advance(1_000); // first retry (fails again)
    await ctl.flushWebhooks();
    expect(r.received).toHaveLength(0);
    await ctl.advance(2_000); // second retry
    await ctl.flushWebhooks();
    expect(r.received).toHaveLength(1);
    const alert = r.received[0]?.body as WebhookPayload;
    expect(alert.type).toBe("Alert.memory");
    expect(alert.details).toMatchObject({ kind: "RAM", unit: "GB", limit: 8 });
    expect(alert.resource.service?.name).toBe("web");
    const state = await ctl.webhooks(hook.id);
    expect(state.webhooks[0]).toMatchObject({ delivered: 1, retries: 2, failed: 0 });
    expect(state.deliveries.map((d) => [d.state, d.attempt])).toEqual([["delivered", 3]]);
  });

  it("gives up after four attempts on a dead receiver without holding the world back", async () => {
    const r = await receiver();
    const dead = r.url.replace(/:\d+\//, ":9/"); // nothing listens on the discard port
    const hook = await ctl.addWebhook(emu.info.projectId as string, dead, ["Deployment.success"]);
    const id = await deployWeb();
    await ctl.advance(44_000);
    const status = data(
      await gql<{ deployment: { status: string } }>(
        emu.info,
        `query($id: String!) { deployment(id: $id) { status } }`,
        { id },
      ),
    ).deployment.status;
    expect(status).toBe("SUCCESS");
    for (let i = 0; i < 4; i++) {
      await ctl.flushWebhooks();
      await ctl.advance(10_000);
    }
    await ctl.flushWebhooks();
    const state = await ctl.webhooks(hook.id);
    expect(state.webhooks[0]).toMatchObject({ delivered: 0, failed: 1, retries: 3 });
    expect(state.deliveries[0]?.error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it("sends volume and CPU alerts, and refuses a volume alert for a service without a volume", async () => {
    const r = await receiver();
    await ctl.addWebhook(emu.info.projectId as string, r.url);
    await ctl.alert({ kind: "volume", serviceId: emu.info.services.Postgres as string, value: 93 });
    await ctl.alert({ kind: "cpu", serviceId: emu.info.services.web as string, severity: "CRITICAL" });
    await ctl.flushWebhooks();
    expect(r.received.map((x) => x.body.type)).toEqual(["Alert.volume", "Alert.cpu"]);
    expect(r.received[0]?.body.details).toMatchObject({ kind: "VOLUME", value: 93, unit: "percent" });
    expect(r.received[0]?.body.resource.volume?.id).toBeTruthy();
    expect(r.received[1]?.body.severity).toBe("CRITICAL");
    await expect(ctl.alert({ kind: "volume", serviceId: emu.info.services.web as string })).rejects.toThrow(
      /no volume/,
    );
  });

  it("removes webhooks by project and forgets them on reset", async () => {
    const r = await receiver();
    await ctl.addWebhook(emu.info.projectId as string, r.url);
    expect((await ctl.removeWebhooks({ projectId: emu.info.projectId as string })).removed).toBe(1);
    await ctl.addWebhook(emu.info.projectId as string, r.url);
    await ctl.reset();
    expect((await ctl.webhooks()).webhooks).toEqual([]);
    await expect(ctl.addWebhook("no-such-project", r.url)).rejects.toThrow(/Project not found/);
  });

  it("webhookTest POSTs the payload as given and answers the receiver's status (0 when unreachable)", async () => {
    const r = await receiver();
    const payload = JSON.stringify({ type: "Deployment.success", test: true });
    const q = `mutation($u: String!, $p: String!) { webhookTest(url: $u, payload: $p) }`;
    expect(data(await gql<{ webhookTest: number }>(emu.info, q, { u: r.url, p: payload })).webhookTest).toBe(200);
    expect(r.received[0]?.body).toEqual({ type: "Deployment.success", test: true });
    r.failWith = [502];
    expect(data(await gql<{ webhookTest: number }>(emu.info, q, { u: r.url, p: payload })).webhookTest).toBe(502);
    expect(
      data(await gql<{ webhookTest: number }>(emu.info, q, { u: r.url.replace(/:\d+\//, ":9/"), p: payload }))
        .webhookTest,
    ).toBe(0);
  });
});
