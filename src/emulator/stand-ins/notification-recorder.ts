/**
 * Records what notification channels receive: a Slack incoming webhook (`POST /notify/slack/...`,
 * answers "ok"), the Telegram bot API (`POST /notify/telegram/bot<token>/sendMessage`, answers
 * `{ok, result}`), and any generic webhook (`POST /notify/webhook/...`, answers `{ok: true}`), with
 * the headers (e.g. a signature) and the raw body. A channel can be told to fail the next N
 * requests. The Telegram bot token is recorded only as `<redacted>` in the path.
 */
import { randomUUID } from "node:crypto";
import type http from "node:http";
import { z } from "zod";
import { parseJson, readRaw, sendJson, sendText, underPrefix } from "./stand-in-http.js";

export const CHANNELS = ["slack", "telegram", "webhook"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface RecordedNotification {
  id: string;
  channel: Channel;
  method: string;
  /** The path under the channel (a Telegram bot token replaced by `<redacted>`). */
  path: string;
  headers: Record<string, string>;
  /** The body parsed as JSON (or form fields), else the text. */
  body: unknown;
  rawBody: string;
  at: number;
  /** The status it answered. */
  status: number;
}

const FailBody = z.object({
  channel: z.enum(CHANNELS),
  count: z.number().int().min(0),
  status: z.number().int().min(400).max(599).optional(),
});

export interface NotificationRecorder {
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  received: RecordedNotification[];
  failNext(channel: Channel, count: number, status?: number): void;
  reset(): void;
}

export function createNotificationRecorder(
  options: { prefix?: string; now?: () => number } = {},
): NotificationRecorder {
  const prefix = options.prefix ?? "/notify";
  const now = options.now ?? Date.now;
  const received: RecordedNotification[] = [];
  const failures = new Map<Channel, { remaining: number; status: number }>();
  let messageId = 1;

  async function route(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const method = req.method ?? "GET";
    if (path === "/_control/requests" && method === "GET") {
      const channel = query.get("channel");
      return sendJson(res, 200, { requests: channel ? received.filter((r) => r.channel === channel) : received });
    }
    if (path === "/_control/fail" && method === "POST") {
      const raw = await readRaw(req);
      const parsed = FailBody.safeParse(raw ? parseJson(raw) : undefined);
      if (!parsed.success) return sendJson(res, 400, { message: z.prettifyError(parsed.error) });
      recorder.failNext(parsed.data.channel, parsed.data.count, parsed.data.status);
      return sendJson(res, 200, { ok: true });
    }
    if (path === "/_control/reset" && method === "POST") {
      recorder.reset();
      return sendJson(res, 200, { ok: true });
    }
    const m = /^\/(slack|telegram|webhook)(\/.*)?$/.exec(path);
    if (!m || method !== "POST") return sendJson(res, 404, { message: `No route ${method} ${path}` });
    const channel = m[1] as Channel;
    const sub = (m[2] ?? "/").replace(/^\/bot[^/]+/, "/bot<redacted>");
    const raw = (await readRaw(req)) ?? Buffer.alloc(0);
    const text = raw.toString("utf8");
    const type = String(req.headers["content-type"] ?? "");
    const body = type.includes("application/x-www-form-urlencoded")
      ? Object.fromEntries(new URLSearchParams(text))
      : (parseJson(raw) ?? text);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === "string" && k !== "host" && k !== "connection") headers[k] = v;
    const record: RecordedNotification = {
      id: randomUUID(),
      channel,
      method,
      path: sub,
      headers,
      body,
      rawBody: text,
      at: now(),
      status: 200,
    };
    received.push(record);
    const failure = failures.get(channel);
    if (failure && failure.remaining > 0) {
      failure.remaining--;
      record.status = failure.status;
      if (channel === "telegram")
        return sendJson(res, failure.status, {
          ok: false,
          error_code: failure.status,
          description: failure.status === 429 ? "Too Many Requests: retry after 1" : "Internal Server Error",
          ...(failure.status === 429 ? { parameters: { retry_after: 1 } } : {}),
        });
      return sendText(res, failure.status, failure.status === 429 ? "rate_limited" : "internal_error");
    }
    if (channel === "slack") {
      const ok = typeof body === "object" && body !== null && ("text" in body || "blocks" in body);
      record.status = ok ? 200 : 400;
      return sendText(res, record.status, ok ? "ok" : "no_text");
    }
    if (channel === "telegram") {
      const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
      if (!/\/sendMessage$/.test(sub)) {
        record.status = 404;
        return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      }
      if (fields.chat_id === undefined || !fields.text) {
        record.status = 400;
        return sendJson(res, 400, {
          ok: false,
          error_code: 400,
          description:
            fields.chat_id === undefined ? "Bad Request: chat not found" : "Bad Request: message text is empty",
        });
      }
      return sendJson(res, 200, {
        ok: true,
        result: {
          message_id: messageId++,
          date: Math.floor(now() / 1000),
          chat: { id: fields.chat_id, type: "private" },
          text: String(fields.text),
        },
      });
    }
    return sendJson(res, 200, { ok: true });
  }

  const recorder: NotificationRecorder = {
    handle(req, res) {
      const at = underPrefix(req, prefix);
      if (!at) return false;
      route(req, res, at.path, at.query).catch((e: unknown) =>
        sendJson(res, 500, { message: e instanceof Error ? e.message : String(e) }),
      );
      return true;
    },
    received,
    failNext(channel, count, status = 500) {
      failures.set(channel, { remaining: count, status });
    },
    reset() {
      received.length = 0;
      failures.clear();
    },
  };
  return recorder;
}
