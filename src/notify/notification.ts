/** What a channel sends, and the channel interface every transport implements. */
import { RailpilotError } from "../core/index.js";

export type NotificationSeverity = "critical" | "warning" | "info";

export interface NotificationMessage {
  kind: "alert" | "resolved";
  /** The escalation fingerprint this message is about (groups and deduplicates). */
  fingerprint: string;
  severity: NotificationSeverity;
  title: string;
  /** Plain text, already redacted. */
  text: string;
  service: { serviceId: string; serviceName: string; environmentName: string };
  /** ISO time, from the injected Clock. */
  at: string;
  /** Occurrences this message covers (the first one plus those grouped since the last message). */
  occurrences: number;
  issueUrl?: string;
  links?: Record<string, string>;
}

export interface NotificationChannel {
  /** Unique per notifier: "slack", "telegram", "webhook" or a name given in its options. */
  readonly name: string;
  /** Sends one message; throws a `ChannelError` on failure. Must honour the signal. */
  send(message: NotificationMessage, signal: AbortSignal): Promise<void>;
}

/** A channel could not deliver a message. Never carries the channel's URL or token. */
export class ChannelError extends RailpilotError {
  readonly status: number | undefined;
  /** When the receiver said when to retry (HTTP Retry-After, Telegram `retry_after`). */
  readonly retryAfterMs: number | undefined;
  constructor(
    channel: string,
    message: string,
    options: { cause?: unknown; status?: number; retryAfterMs?: number } = {},
  ) {
    super("NOTIFY_CHANNEL", `${channel}: ${message}`, {
      cause: options.cause,
      hint:
        options.status === 401 || options.status === 403 || options.status === 404
          ? "Check the channel's webhook URL or token."
          : "The message is retried with backoff; check the receiver if it keeps failing.",
    });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

const SEVERITY_ICON: Record<NotificationSeverity, string> = { critical: "🔴", warning: "🟠", info: "🔵" };

/** The plain-text rendering used by Slack and Telegram. */
export function formatNotificationText(m: NotificationMessage): string {
  const head = m.kind === "resolved" ? `✅ Resolved: ${m.title}` : `${SEVERITY_ICON[m.severity]} ${m.title}`;
  const lines = [head, `${m.service.serviceName} (${m.service.environmentName}) · ${m.at}`];
  if (m.kind === "alert" && m.occurrences > 1) lines.push(`${m.occurrences} occurrences since the last message`);
  if (m.text) lines.push("", m.text);
  if (m.issueUrl) lines.push("", `Issue: ${m.issueUrl}`);
  for (const [name, url] of Object.entries(m.links ?? {})) lines.push(`${name}: ${url}`);
  return lines.join("\n").slice(0, 3_900);
}

/** POSTs a body with a timeout and maps the answer to success or a ChannelError. */
export async function postTo(
  channel: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers, body, signal, redirect: "error" });
  } catch (error) {
    // Never the URL: it is the secret for Slack and Telegram.
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
    throw new ChannelError(channel, `could not reach the receiver (${code})`, { cause: undefined });
  }
  const text = await res.text().catch(() => "");
  if (res.status >= 200 && res.status < 300) return { status: res.status, text };
  const retryHeader = Number(res.headers.get("retry-after"));
  throw new ChannelError(channel, `the receiver answered HTTP ${res.status}`, {
    status: res.status,
    ...(Number.isFinite(retryHeader) && retryHeader > 0 ? { retryAfterMs: retryHeader * 1000 } : {}),
  });
}
