import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";

const { emu } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** A Messages API call the way @anthropic-ai/sdk sends it. */
const ask = (text: string, key = "sk-ant-test-key") =>
  post(
    "/anthropic/v1/messages",
    { model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: text }] },
    { "x-api-key": key, "anthropic-version": "2023-06-01" },
  );

beforeEach(async () => {
  await post("/anthropic/_control/reset", {});
  await post("/notify/_control/reset", {});
});

describe("Anthropic Messages stand-in", () => {
  it("answers scripted text and tool_use messages in order, then the default", async () => {
    const diff = "--- a/src/routes/orders.ts\n+++ b/src/routes/orders.ts\n@@ -1 +1 @@\n-a\n+b\n";
    await post("/anthropic/_control/responses", {
      responses: [
        {
          type: "tool_use",
          name: "propose_fix",
          input: { title: "fix", files: [{ path: "src/routes/orders.ts", diff }], confidence: 0.8 },
        },
        { type: "text", text: "not json at all {" },
      ],
      default: { type: "refusal" },
    });
    const first = await ask("fix this");
    expect(first.status).toBe(200);
    const m1 = (await first.json()) as {
      type: string;
      role: string;
      model: string;
      stop_reason: string;
      content: { type: string; name?: string; input?: { files: { path: string }[] } }[];
      usage: { input_tokens: number };
    };
    expect(m1).toMatchObject({
      type: "message",
      role: "assistant",
      model: "claude-sonnet-4-5",
      stop_reason: "tool_use",
    });
    expect(m1.content[0]?.input?.files[0]?.path).toBe("src/routes/orders.ts");
    expect(m1.usage.input_tokens).toBeGreaterThan(0);
    const m2 = (await (await ask("again")).json()) as { stop_reason: string; content: { text: string }[] };
    expect([m2.stop_reason, m2.content[0]?.text]).toEqual(["end_turn", "not json at all {"]);
    const m3 = (await (await ask("and again")).json()) as { stop_reason: string };
    expect(m3.stop_reason).toBe("refusal");
  });

  it("answers 429 with retry-after and 529 overloaded in Anthropic's error shape", async () => {
    await post("/anthropic/_control/responses", {
      responses: [
        { type: "error", status: 429, retryAfterSec: 7 },
        { type: "error", status: 529 },
      ],
    });
    const limited = await ask("x");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
    expect(((await limited.json()) as { error: { type: string } }).error.type).toBe("rate_limit_error");
    const overloaded = await ask("x");
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toMatchObject({
      type: "error",
      error: { type: "overloaded_error", message: "Overloaded" },
    });
  });

  it("refuses a request without an API key or with a bad body, and records requests without the key", async () => {
    expect((await ask("x", "")).status).toBe(401);
    const bad = await post("/anthropic/v1/messages", { model: "m" }, { "x-api-key": "sk-ant-secret-value" });
    expect(bad.status).toBe(400);
    const { requests } = (await (await fetch(`${origin()}/anthropic/_control/requests`)).json()) as {
      requests: { apiKeyPresent: boolean; status: number; body: unknown }[];
    };
    expect(requests.map((r) => [r.apiKeyPresent, r.status])).toEqual([
      [false, 401],
      [true, 400],
    ]);
    expect(JSON.stringify(requests)).not.toContain("sk-ant-secret-value");
  });
});

describe("notification recorder", () => {
  it("records Slack, Telegram and signed generic webhooks with their headers and bodies", async () => {
    expect(await (await post("/notify/slack/T000/B000/XXXX", { text: "web crashed" })).text()).toBe("ok");
    const tg = await post("/notify/telegram/bot123456:SECRET/sendMessage", {
      chat_id: 42,
      text: "web crashed",
      parse_mode: "MarkdownV2",
    });
    expect(await tg.json()).toMatchObject({ ok: true, result: { chat: { id: 42 }, text: "web crashed" } });
    const body = JSON.stringify({ event: "escalated", service: "web" });
    const signature = `sha256=${createHmac("sha256", "whsec").update(body).digest("hex")}`;
    expect((await post("/notify/webhook/ops", body, { "x-railpilot-signature": signature })).status).toBe(200);
    const { requests } = (await (await fetch(`${origin()}/notify/_control/requests`)).json()) as {
      requests: { channel: string; path: string; headers: Record<string, string>; body: unknown; rawBody: string }[];
    };
    expect(requests.map((r) => [r.channel, r.path])).toEqual([
      ["slack", "/T000/B000/XXXX"],
      ["telegram", "/bot<redacted>/sendMessage"],
      ["webhook", "/ops"],
    ]);
    expect(requests[0]?.body).toEqual({ text: "web crashed" });
    expect(requests[2]?.headers["x-railpilot-signature"]).toBe(signature);
    expect(requests[2]?.rawBody).toBe(body);
    expect(JSON.stringify(requests)).not.toContain("SECRET");
  });

  it("fails the next N requests of a channel, then answers normally", async () => {
    await post("/notify/_control/fail", { channel: "slack", count: 2, status: 503 });
    expect((await post("/notify/slack/x", { text: "a" })).status).toBe(503);
    expect((await post("/notify/slack/x", { text: "a" })).status).toBe(503);
    expect((await post("/notify/slack/x", { text: "a" })).status).toBe(200);
    await post("/notify/_control/fail", { channel: "telegram", count: 1, status: 429 });
    const limited = await post("/notify/telegram/botX/sendMessage", { chat_id: 1, text: "hi" });
    expect(await limited.json()).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 1 } });
    const { requests } = (await (await fetch(`${origin()}/notify/_control/requests?channel=slack`)).json()) as {
      requests: { status: number }[];
    };
    expect(requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });
});

describe("EmulatorControl wrappers", () => {
  it("scripts the model and reads what the stand-ins received", async () => {
    const { EmulatorControl } = await import("../../src/emulator/index.js");
    const ctl = new EmulatorControl(emu.info.controlUrl);
    await ctl.resetStandIns();
    await ctl.anthropicScript([{ type: "text", text: "hello" }]);
    expect(((await (await ask("hi")).json()) as { content: { text: string }[] }).content[0]?.text).toBe("hello");
    expect((await ctl.anthropicRequests()).map((r) => r.status)).toEqual([200]);
    await ctl.failNotifications("webhook", 1, 502);
    expect((await post("/notify/webhook/x", { a: 1 })).status).toBe(502);
    expect((await ctl.notifications("webhook")).map((r) => r.status)).toEqual([502]);
  });
});
