/**
 * A generic webhook: POSTs the message as JSON, signed with HMAC-SHA256.
 *
 * Headers:
 *   X-Railpilot-Timestamp: <unix seconds>
 *   X-Railpilot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 *   X-Railpilot-Event: alert | resolved
 * Receivers recompute the HMAC over the timestamp, a dot and the raw body bytes, compare in
 * constant time, and reject timestamps older than a few minutes (replays).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { type Clock, registerSecret } from "../core/index.js";
import { type NotificationChannel, postTo } from "./notification.js";

export const SIGNATURE_HEADER = "x-railpilot-signature";
export const TIMESTAMP_HEADER = "x-railpilot-timestamp";

export interface WebhookChannelOptions {
  url: string;
  /** The HMAC key shared with the receiver. */
  secret: string;
  clock: Clock;
  name?: string;
}

export function signWebhookBody(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`;
}

/** Checks a received webhook: signature over timestamp + raw body, timestamp within `toleranceMs` of `nowMs`. */
export function verifyWebhookSignature(input: {
  secret: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowMs: number;
  toleranceMs?: number;
}): boolean {
  if (!input.signature || !input.timestamp || !/^\d+$/.test(input.timestamp)) return false;
  if (Math.abs(input.nowMs - Number(input.timestamp) * 1000) > (input.toleranceMs ?? 5 * 60_000)) return false;
  const expected = Buffer.from(signWebhookBody(input.secret, input.timestamp, input.rawBody));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function webhookChannel(options: WebhookChannelOptions): NotificationChannel {
  registerSecret(options.secret);
  const name = options.name ?? "webhook";
  return {
    name,
    async send(message, signal) {
      const raw = JSON.stringify({ type: `railpilot.${message.kind}`, ...message });
      const timestamp = String(Math.floor(options.clock.now() / 1000));
      await postTo(
        name,
        options.url,
        raw,
        {
          "content-type": "application/json",
          "x-railpilot-event": message.kind,
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signWebhookBody(options.secret, timestamp, raw),
        },
        signal,
      );
    },
  };
}
