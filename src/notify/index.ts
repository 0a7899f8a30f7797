// Notifications: Slack, Telegram and a signed generic webhook, grouped per fingerprint, rate-limited, retried, never blocking.
export {
  Notifier,
  type NotifierOptions,
  type AlertInput,
  type ChannelStatus,
  type NotifierStatus,
} from "./notifier.js";
export {
  ChannelError,
  formatNotificationText,
  type NotificationChannel,
  type NotificationMessage,
  type NotificationSeverity,
} from "./notification.js";
export { slackChannel, type SlackChannelOptions } from "./slack-channel.js";
export { telegramChannel, type TelegramChannelOptions } from "./telegram-channel.js";
export {
  webhookChannel,
  signWebhookBody,
  verifyWebhookSignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  type WebhookChannelOptions,
} from "./webhook-channel.js";
export { notificationChannelsFromEnv } from "./notify-settings.js";
