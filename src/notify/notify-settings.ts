/**
 * Channels from the environment. Each channel is on when its variables are set:
 *   SLACK_WEBHOOK_URL
 *   TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID (+ TELEGRAM_API_URL, default https://api.telegram.org)
 *   NOTIFY_WEBHOOK_URL + NOTIFY_WEBHOOK_SECRET (the HMAC key; required with the URL)
 */
import { z } from "zod";
import { type Clock, UsageError } from "../core/index.js";
import type { NotificationChannel } from "./notification.js";
import { slackChannel } from "./slack-channel.js";
import { telegramChannel } from "./telegram-channel.js";
import { webhookChannel } from "./webhook-channel.js";

const env = z.object({
  SLACK_WEBHOOK_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().min(10).optional(),
  TELEGRAM_CHAT_ID: z.string().min(1).optional(),
  TELEGRAM_API_URL: z.string().url().optional(),
  NOTIFY_WEBHOOK_URL: z.string().url().optional(),
  NOTIFY_WEBHOOK_SECRET: z.string().min(16, "NOTIFY_WEBHOOK_SECRET must be at least 16 characters").optional(),
});

export function notificationChannelsFromEnv(vars: NodeJS.ProcessEnv, clock: Clock): NotificationChannel[] {
  const parsed = env.safeParse(Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Never the value: these variables hold secrets.
    throw new UsageError(`Notification settings are invalid: ${issue?.path.join(".")}: ${issue?.message}`, {
      hint: "Fix or unset the notification variable named above.",
    });
  }
  const e = parsed.data;
  const channels: NotificationChannel[] = [];
  if (e.SLACK_WEBHOOK_URL) channels.push(slackChannel({ webhookUrl: e.SLACK_WEBHOOK_URL }));
  if (e.TELEGRAM_BOT_TOKEN || e.TELEGRAM_CHAT_ID) {
    if (!e.TELEGRAM_BOT_TOKEN || !e.TELEGRAM_CHAT_ID)
      throw new UsageError("Telegram needs both TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID.", {
        hint: "Set both, or neither.",
      });
    channels.push(
      telegramChannel({
        botToken: e.TELEGRAM_BOT_TOKEN,
        chatId: e.TELEGRAM_CHAT_ID,
        ...(e.TELEGRAM_API_URL ? { apiBaseUrl: e.TELEGRAM_API_URL } : {}),
      }),
    );
  }
  if (e.NOTIFY_WEBHOOK_URL) {
    if (!e.NOTIFY_WEBHOOK_SECRET)
      throw new UsageError("NOTIFY_WEBHOOK_URL needs NOTIFY_WEBHOOK_SECRET (the HMAC key receivers verify).", {
        hint: "Set NOTIFY_WEBHOOK_SECRET to a random string of 16+ characters.",
      });
    channels.push(webhookChannel({ url: e.NOTIFY_WEBHOOK_URL, secret: e.NOTIFY_WEBHOOK_SECRET, clock }));
  }
  return channels;
}
