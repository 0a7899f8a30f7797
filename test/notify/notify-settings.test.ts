import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { notificationChannelsFromEnv } from "../../src/notify/index.js";

const clock = new ManualClock();

describe("notificationChannelsFromEnv", () => {
  it.each<[Record<string, string>, string[]]>([
    [{}, []],
    [{ SLACK_WEBHOOK_URL: "https://hooks.slack.com/services/T/B/X" }, ["slack"]],
    [{ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJ", TELEGRAM_CHAT_ID: "-100" }, ["telegram"]],
    [{ NOTIFY_WEBHOOK_URL: "https://example.com/hook", NOTIFY_WEBHOOK_SECRET: "0123456789abcdef" }, ["webhook"]],
    [
      {
        SLACK_WEBHOOK_URL: "https://hooks.slack.com/services/T/B/X",
        NOTIFY_WEBHOOK_URL: "https://example.com/hook",
        NOTIFY_WEBHOOK_SECRET: "0123456789abcdef",
      },
      ["slack", "webhook"],
    ],
  ])("%o → %o", (env, names) => {
    expect(notificationChannelsFromEnv(env, clock).map((c) => c.name)).toEqual(names);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJ" }, /TELEGRAM_CHAT_ID/],
    [{ NOTIFY_WEBHOOK_URL: "https://example.com/hook" }, /NOTIFY_WEBHOOK_SECRET/],
    [{ NOTIFY_WEBHOOK_URL: "https://example.com/hook", NOTIFY_WEBHOOK_SECRET: "short" }, /at least 16/],
  ])("%o is refused", (env, message) => {
    expect(() => notificationChannelsFromEnv(env, clock)).toThrow(message);
  });

  it("never echoes a secret value in its error", () => {
    expect.assertions(1);
    try {
      notificationChannelsFromEnv(
        { NOTIFY_WEBHOOK_URL: "https://example.com/hook", NOTIFY_WEBHOOK_SECRET: "tiny-secret" },
        clock,
      );
    } catch (error) {
      expect(String(error)).not.toContain("tiny-secret");
    }
  });
});
