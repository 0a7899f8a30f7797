/** Telegram bot API: POST {chat_id, text} to `<apiBaseUrl>/bot<token>/sendMessage`. */
import { registerSecret } from "../core/index.js";
import { ChannelError, formatNotificationText, type NotificationChannel } from "./notification.js";

export interface TelegramChannelOptions {
  botToken: string;
  chatId: string;
  /** Default https://api.telegram.org (configurable for a proxy or the emulator). */
  apiBaseUrl?: string;
  name?: string;
}

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
      let res: Response;
      try {
        res = await fetch(`${base}/bot${options.botToken}/sendMessage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal,
          redirect: "error",
        });
      } catch (error) {
        const code =
          typeof error === "object" &&
          error &&
          "cause" in error &&
          typeof error.cause === "object" &&
          error.cause &&
          "code" in error.cause
            ? String(error.cause.code)
            : error instanceof Error
              ? error.name
              : "error";
        throw new ChannelError(name, `could not reach the Telegram API (${code})`);
      }
      const answer = (await res.json().catch(() => ({}))) as {
        ok?: boolean;
        description?: string;
        parameters?: { retry_after?: number };
      };
      if (res.ok && answer.ok === true) return;
      const retryAfter = answer.parameters?.retry_after;
      throw new ChannelError(
        name,
        `Telegram answered HTTP ${res.status}${answer.description ? `: ${answer.description.slice(0, 200)}` : ""}`,
        {
          status: res.status,
          ...(typeof retryAfter === "number" ? { retryAfterMs: retryAfter * 1000 } : {}),
        },
      );
    },
  };
}
