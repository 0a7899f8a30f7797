/** Slack incoming webhook: POST {text} as JSON to the webhook URL (the URL is the secret). */
import { registerSecret } from "../core/index.js";
import { formatNotificationText, type NotificationChannel, postTo } from "./notification.js";

export interface SlackChannelOptions {
  webhookUrl: string;
  name?: string;
}

export function slackChannel(options: SlackChannelOptions): NotificationChannel {
  registerSecret(options.webhookUrl);
  registerSecret(new URL(options.webhookUrl).pathname);
  const name = options.name ?? "slack";
  return {
    name,
    async send(message, signal) {
      const text = formatNotificationText(message);
      await postTo(
        name,
        options.webhookUrl,
        JSON.stringify({ text, unfurl_links: false }),
        { "content-type": "application/json" },
        signal,
      );
    },
  };
}
