/** Telegram bot API: POST {chat_id, text} to `<apiBaseUrl>/bot<token>/sendMessage`. */
import { z } from "zod";
import { registerSecret } from "../core/index.js";
import { formatNotificationText, type NotificationChannel, postTo, type ReceiverDialect } from "./notification.js";

export interface TelegramChannelOptions {
  botToken: string;
  chatId: string;
  /** Default https://api.telegram.org (configurable for a proxy or the emulator). */
  apiBaseUrl?: string;
  name?: string;
}

const TelegramAnswer = z
  .object({
    ok: z.boolean().optional(),
    description: z.string().optional(),
    parameters: z.object({ retry_after: z.number().optional() }).optional(),
  })
  .catch({});

/** The Bot API answers JSON with `ok`; a failure carries a description and maybe `retry_after` seconds. */
const TELEGRAM: ReceiverDialect = {
  reach: "the Telegram API",
  answerer: "Telegram",
  read(_status, text) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = {};
    }
    const answer = TelegramAnswer.parse(json);
    const retryAfter = answer.parameters?.retry_after;
    return {
      delivered: answer.ok === true,
      ...(answer.description ? { detail: answer.description.slice(0, 200) } : {}),
      ...(typeof retryAfter === "number" ? { retryAfterMs: retryAfter * 1000 } : {}),
    };
  },
};

export function telegramChannel(options: TelegramChannelOptions): NotificationChannel {
  registerSecret(options.botToken);
  const name = options.name ?? "telegram";
  const base = (options.apiBaseUrl ?? "https://api.telegram.org").replace(/\/$/, "");
  return {
    name,
    async send(message, signal) {
      const body = JSON.stringify({
        chat_id: options.chatId,
        text: formatNotificationText(message),
        disable_web_page_preview: true,
      });
      await postTo(
        name,
        `${base}/bot${options.botToken}/sendMessage`,
        body,
        { "content-type": "application/json" },
        signal,
        TELEGRAM,
      );
    },
  };
}
