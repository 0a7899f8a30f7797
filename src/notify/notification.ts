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

/** How a channel reads its receiver's answer (the default: any 2xx is delivered). */
export interface ReceiverDialect {
  /** Who is called, in "could not reach …". Default "the receiver". */
  reach?: string;
  /** Who answers, in "… answered HTTP 500". Default "the receiver". */
  answerer?: string;
  /**
   * Reads the answer body. `delivered: false` turns even a 2xx into a failure (Telegram answers
   * `ok: false`); `detail` is appended to the error, `retryAfterMs` overrides the Retry-After header.
   */
  read?(status: number, text: string): { delivered: boolean; detail?: string; retryAfterMs?: number };
}

/**
 * The one HTTP transport of every channel: POSTs a body (the caller's signal carries the timeout;
 * the Notifier retries with backoff) and maps the answer to success or a ChannelError. Network
 * errors are classified by their code, never by the URL (it is the secret for Slack and Telegram).
 */
export async function postTo(
  channel: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  dialect: ReceiverDialect = {},
): Promise<{ status: number; text: string }> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers, body, signal, redirect: "error" });
  } catch (error) {
    throw new ChannelError(channel, `could not reach ${dialect.reach ?? "the receiver"} (${networkErrorCode(error)})`);
  }
  const text = await res.text().catch(() => "");
  const read = dialect.read?.(res.status, text);
  const ok = res.status >= 200 && res.status < 300;
  if (ok && (read?.delivered ?? true)) return { status: res.status, text };
  const retryHeader = Number(res.headers.get("retry-after"));
  const retryAfterMs =
    read?.retryAfterMs ?? (Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader * 1000 : undefined);
  throw new ChannelError(
    channel,
    `${dialect.answerer ?? "the receiver"} answered HTTP ${res.status}${read?.detail ? `: ${read.detail}` : ""}`,
    { status: res.status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) },
  );
}

/** The system error code of a failed fetch (ECONNREFUSED, …), else the error's name. */
function networkErrorCode(error: unknown): string {
  if (typeof error === "object" && error && "cause" in error) {
    const cause = error.cause;
    if (typeof cause === "object" && cause && "code" in cause) return String(cause.code);
  }
  return error instanceof Error ? error.name : "error";
}
