import { beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import {
  type AlertInput,
  Notifier,
  SIGNATURE_HEADER,
  slackChannel,
  TIMESTAMP_HEADER,
  telegramChannel,
  verifyWebhookSignature,
  webhookChannel,
} from "../../src/notify/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const SLACK_PATH = "T0001/B0001/slackHookSecretPart123";
const BOT_TOKEN = "123456789:AAbotTokenSecretValue_abcdefghijklmnopqrs";
const HMAC_SECRET = "whsec-railpilot-test-hmac-key";
const GH_TOKEN = "ghp_notifyTestToken0123456789abcdefgh";

const service = { serviceId: "svc-api", serviceName: "api", environmentName: "production" };
const alertFor = (fingerprint: string, over: Partial<AlertInput> = {}): AlertInput => ({
  fingerprint,
  severity: "critical",
  title: "api (production): RUNTIME_EXCEPTION",
  text: `TypeError in orders handler; rollback failed. Token seen in logs: ${GH_TOKEN}`,
  service,
  issueUrl: "https://github.com/acme/shop/issues/1",
  ...over,
});

function channels(clock: ManualClock) {
  return [
    slackChannel({ webhookUrl: `${origin()}/notify/slack/${SLACK_PATH}` }),
    telegramChannel({ botToken: BOT_TOKEN, chatId: "-100123", apiBaseUrl: `${origin()}/notify/telegram` }),
    webhookChannel({ url: `${origin()}/notify/webhook/railpilot`, secret: HMAC_SECRET, clock }),
  ];
}

/** Waits for the notifier's queues, advancing the clock through its backoff and rate-limit waits. */
async function drainDriving(notifier: Notifier, clock: ManualClock, stepMs = 1_000, maxSteps = 600): Promise<void> {
  let done = false;
  const draining = notifier.drain().then(() => {
    done = true;
  });
  for (let i = 0; i < maxSteps && !done; i++) {
    await new Promise((r) => setTimeout(r, 5));
    if (!done) await clock.advance(stepMs);
  }
  await draining;
}

beforeEach(async () => {
  await ctl.resetStandIns();
});

describe("Notifier against the emulator's notification recorder", () => {
  it("sends one message per fingerprint per window on every channel, then one 'resolved', never a secret, with a verifiable signature", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const n = new Notifier({ channels: channels(clock), clock, windowMs: 10 * 60_000 });
    expect(n.alert(alertFor("fp1"))).toBe("queued");
    expect(n.alert(alertFor("fp1"))).toBe("grouped");
    expect(n.alert(alertFor("fp1"))).toBe("grouped");
    await n.drain();
    expect(n.resolve("fp1")).toBe("queued");
    expect(n.resolve("fp1")).toBe("not_alerted");
    await n.drain();

    const got = await ctl.notifications();
    expect(got.map((r) => `${r.channel}:${r.status}`).sort()).toEqual([
      "slack:200",
      "slack:200",
      "telegram:200",
      "telegram:200",
      "webhook:200",
      "webhook:200",
    ]);
    const slack = got.filter((r) => r.channel === "slack");
    expect((slack[0]!.body as { text: string }).text).toContain("🔴 api (production): RUNTIME_EXCEPTION");
    expect((slack[1]!.body as { text: string }).text).toContain("✅ Resolved: api (production): RUNTIME_EXCEPTION");
    const tg = got.filter((r) => r.channel === "telegram");
    expect(tg[0]?.body).toMatchObject({ chat_id: "-100123" });
    const hooks = got.filter((r) => r.channel === "webhook");
    expect(hooks.map((h) => (h.body as { type: string; fingerprint: string }).type)).toEqual([
      "railpilot.alert",
      "railpilot.resolved",
    ]);
    expect((hooks[1]!.body as { occurrences: number }).occurrences).toBe(2);
    for (const h of hooks) {
      const ok = verifyWebhookSignature({
        secret: HMAC_SECRET,
        rawBody: h.rawBody,
        signature: h.headers[SIGNATURE_HEADER],
        timestamp: h.headers[TIMESTAMP_HEADER],
        nowMs: clock.now(),
      });
      expect(ok).toBe(true);
      expect(
        verifyWebhookSignature({
          secret: HMAC_SECRET,
          rawBody: h.rawBody.replace("api", "apx"),
          signature: h.headers[SIGNATURE_HEADER],
          timestamp: h.headers[TIMESTAMP_HEADER],
          nowMs: clock.now(),
        }),
      ).toBe(false);
      expect(
        verifyWebhookSignature({
          secret: "wrong-secret",
          rawBody: h.rawBody,
          signature: h.headers[SIGNATURE_HEADER],
          timestamp: h.headers[TIMESTAMP_HEADER],
          nowMs: clock.now(),
        }),
      ).toBe(false);
      expect(
        verifyWebhookSignature({
          secret: HMAC_SECRET,
          rawBody: h.rawBody,
          signature: h.headers[SIGNATURE_HEADER],
          timestamp: h.headers[TIMESTAMP_HEADER],
          nowMs: clock.now() + 3_600_000,
        }),
      ).toBe(false);
    }
    // The Slack URL path is Slack's credential and goes only in the request line; everything else is scanned.
    expect(slack.map((r) => r.path)).toEqual([`/${SLACK_PATH}`, `/${SLACK_PATH}`]);
    const everything = JSON.stringify(
      got.map((r) => ({
        headers: r.headers,
        body: r.body,
        rawBody: r.rawBody,
        path: r.channel === "slack" ? "" : r.path,
      })),
    );
    for (const secret of [GH_TOKEN, BOT_TOKEN, HMAC_SECRET, "slackHookSecretPart123"])
      expect(everything).not.toContain(secret);
    expect(JSON.stringify(n.status())).not.toContain("slackHookSecretPart123");
    await n.close();
  });

  it("groups occurrences within the window and reports them in the next window's message", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const [, , webhook] = channels(clock);
    const n = new Notifier({ channels: [webhook!], clock, windowMs: 10 * 60_000 });
    n.alert(alertFor("fp1"));
    n.alert(alertFor("fp2", { title: "worker (production): OOM" }));
    for (let i = 0; i < 4; i++) n.alert(alertFor("fp1"));
    await n.drain();
    await clock.advance(10 * 60_000);
    expect(n.alert(alertFor("fp1"))).toBe("queued");
    await n.drain();
    const got = (await ctl.notifications("webhook")).map((r) => r.body as { fingerprint: string; occurrences: number });
    expect(got.map((b) => [b.fingerprint, b.occurrences])).toEqual([
      ["fp1", 1],
      ["fp2", 1],
      ["fp1", 5],
    ]);
    await n.close();
  });

  it("retries with backoff on the clock (honouring Telegram's retry_after) and recovers", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const [, telegram, webhook] = channels(clock);
    await ctl.failNotifications("webhook", 2, 500);
    await ctl.failNotifications("telegram", 1, 429);
    const n = new Notifier({ channels: [telegram!, webhook!], clock, baseBackoffMs: 1_000 });
    const start = clock.now();
    n.alert(alertFor("fp1"));
    await drainDriving(n, clock, 500);
    const hooks = await ctl.notifications("webhook");
    expect(hooks.map((h) => h.status)).toEqual([500, 500, 200]);
    // Backoff: 1 s then 2 s of clock time between attempts.
    expect((hooks[2]?.at ?? 0) - (hooks[0]?.at ?? 0)).toBeGreaterThanOrEqual(0);
    expect(clock.now() - start).toBeGreaterThanOrEqual(3_000);
    expect((await ctl.notifications("telegram")).map((h) => h.status)).toEqual([429, 200]);
    const status = n.status();
    expect(status.channels.map((c) => [c.name, c.state, c.sent, c.failed, c.consecutiveFailures])).toEqual([
      ["telegram", "ok", 1, 0, 0],
      ["webhook", "ok", 1, 0, 0],
    ]);
    expect(status.channels[1]?.lastError).toBe("webhook: the receiver answered HTTP 500");
    await n.close();
  });

  it("a channel that keeps failing is reported failing, gives up after maxAttempts, and never blocks the caller or other channels", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const [slack, , webhook] = channels(clock);
    await ctl.failNotifications("slack", 100, 503);
    const n = new Notifier({
      channels: [slack!, webhook!],
      clock,
      maxAttempts: 3,
      failingAfter: 3,
      baseBackoffMs: 1_000,
    });
    const t0 = performance.now();
    expect(n.alert(alertFor("fp1"))).toBe("queued");
    expect(performance.now() - t0).toBeLessThan(50);
    await drainDriving(n, clock, 1_000);
    const s = n.status().channels;
    expect(s[0]).toMatchObject({
      name: "slack",
      state: "failing",
      sent: 0,
      failed: 1,
      consecutiveFailures: 3,
      lastError: "slack: the receiver answered HTTP 503",
    });
    expect(s[1]).toMatchObject({ name: "webhook", state: "ok", sent: 1 });
    expect((await ctl.notifications("slack")).length).toBe(3);
    // An unreachable receiver: the error names no URL.
    const dead = new Notifier({
      channels: [slackChannel({ webhookUrl: `http://127.0.0.1:9/hooks/${SLACK_PATH}`, name: "dead-slack" })],
      clock,
      maxAttempts: 1,
    });
    dead.alert(alertFor("fp9"));
    await dead.drain();
    expect(dead.status().channels[0]?.lastError).toMatch(/^dead-slack: could not reach the receiver/);
    expect(JSON.stringify(dead.status())).not.toContain(SLACK_PATH);
    await n.close();
    await dead.close();
  });

  it("rate-limits per channel and bounds the queue", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const [, , webhook] = channels(clock);
    const n = new Notifier({ channels: [webhook!], clock, maxPerMinute: 2, queueLimit: 3 });
    for (let i = 1; i <= 6; i++) n.alert(alertFor(`fp${i}`));
    // The worker takes the first message at once; 3 wait in the queue; the rest are dropped.
    await new Promise((r) => setTimeout(r, 50));
    expect(n.status().channels[0]?.dropped).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 200));
    expect((await ctl.notifications("webhook")).length).toBe(2);
    await drainDriving(n, clock, 10_000);
    const got = await ctl.notifications("webhook");
    const st = n.status().channels[0]!;
    expect(got.length + st.dropped).toBe(6);
    expect(got.length).toBe(st.sent);
    const sentAt = got.map((r) => Number(r.headers[TIMESTAMP_HEADER]) * 1000);
    expect(sentAt[2]! - sentAt[0]!).toBeGreaterThanOrEqual(60_000);
    await n.close();
  });
});
