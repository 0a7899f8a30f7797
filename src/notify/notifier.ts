/**
 * Sends notifications without ever blocking the caller: `alert` and `resolve` only enqueue (one
 * bounded queue and one worker per channel, so a failing channel delays nobody else), then:
 * - grouping: one alert message per fingerprint per `windowMs`; occurrences in between are counted
 *   into the next message; `resolve` sends one "resolved" message for an alerted fingerprint;
 * - rate limit: at most `maxPerMinute` messages per channel per minute (the rest wait);
 * - retries: `maxAttempts` with exponential backoff on the injected Clock (or the receiver's
 *   Retry-After), then the message is given up and counted;
 * - `status()`: per channel sent/failed/queued/dropped, consecutive failures and `failing` once
 *   `failingAfter` attempts in a row failed (for `/error-monitor/autonomous/status`).
 */
import { type Clock, flushMicrotasks, operationSignal } from "../core/index.js";
import { redactOutgoing } from "../escalation/index.js";
import {
  ChannelError,
  type NotificationChannel,
  type NotificationMessage,
  type NotificationSeverity,
} from "./notification.js";

export interface NotifierOptions {
  channels: NotificationChannel[];
  clock: Clock;
  /** One alert message per fingerprint per window. Default 15 min. */
  windowMs?: number;
  /** Per channel. Default 20. */
  maxPerMinute?: number;
  /** Attempts per message. Default 5. */
  maxAttempts?: number;
  /** First retry delay, doubled each time up to `maxBackoffMs`. Defaults 1 s and 60 s. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Messages waiting per channel; beyond it new messages are dropped and counted. Default 100. */
  queueLimit?: number;
  /** Consecutive failed attempts after which a channel is reported failing. Default 3. */
  failingAfter?: number;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
}

export interface AlertInput {
  fingerprint: string;
  severity: NotificationSeverity;
  title: string;
  text: string;
  service: NotificationMessage["service"];
  issueUrl?: string;
  links?: Record<string, string>;
}

export interface ChannelStatus {
  name: string;
  state: "ok" | "failing";
  sent: number;
  /** Messages given up after every attempt failed. */
  failed: number;
  /** Messages dropped because the queue was full. */
  dropped: number;
  queued: number;
  consecutiveFailures: number;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSentAt: string | null;
}

export interface NotifierStatus {
  channels: ChannelStatus[];
  /** Fingerprints with an open alert window. */
  openAlerts: number;
}

interface Group {
  windowStart: number;
  grouped: number;
  latest: AlertInput;
}

interface Lane {
  channel: NotificationChannel;
  queue: NotificationMessage[];
  running: Promise<void> | undefined;
  sentAt: number[];
  status: ChannelStatus;
}

export class Notifier {
  private readonly o: Required<Omit<NotifierOptions, "channels" | "clock">>;
  private readonly groups = new Map<string, Group>();
  private readonly lanes: Lane[];
  private readonly abort = new AbortController();

  constructor(private readonly options: NotifierOptions) {
    this.o = {
      windowMs: options.windowMs ?? 15 * 60_000,
      maxPerMinute: options.maxPerMinute ?? 20,
      maxAttempts: options.maxAttempts ?? 5,
      baseBackoffMs: options.baseBackoffMs ?? 1_000,
      maxBackoffMs: options.maxBackoffMs ?? 60_000,
      queueLimit: options.queueLimit ?? 100,
      failingAfter: options.failingAfter ?? 3,
      timeoutMs: options.timeoutMs ?? 10_000,
    };
    this.lanes = options.channels.map((channel) => ({
      channel,
      queue: [],
      running: undefined,
      sentAt: [],
      status: {
        name: channel.name,
        state: "ok",
        sent: 0,
        failed: 0,
        dropped: 0,
        queued: 0,
        consecutiveFailures: 0,
        lastError: null,
        lastErrorAt: null,
        lastSentAt: null,
      },
    }));
  }

  /**
   * An occurrence of a problem. Returns at once: "queued" (a message goes out), "grouped" (counted
   * into the fingerprint's next message), or "closed".
   */
  alert(input: AlertInput): "queued" | "grouped" | "closed" {
    if (this.abort.signal.aborted) return "closed";
    const now = this.options.clock.now();
    const group = this.groups.get(input.fingerprint);
    if (group && now - group.windowStart < this.o.windowMs) {
      group.grouped += 1;
      group.latest = input;
      return "grouped";
    }
    const occurrences = 1 + (group?.grouped ?? 0);
    this.groups.set(input.fingerprint, { windowStart: now, grouped: 0, latest: input });
    this.enqueue(this.message("alert", input, occurrences));
    return "queued";
  }

  /** The problem is gone: one "resolved" message if an alert went out for it, else nothing. */
  resolve(fingerprint: string): "queued" | "not_alerted" | "closed" {
    if (this.abort.signal.aborted) return "closed";
    const group = this.groups.get(fingerprint);
    if (!group) return "not_alerted";
    this.groups.delete(fingerprint);
    this.enqueue(this.message("resolved", group.latest, group.grouped));
    return "queued";
  }

  status(): NotifierStatus {
    return { channels: this.lanes.map((l) => ({ ...l.status, queued: l.queue.length })), openAlerts: this.groups.size };
  }

  /** Resolves when every queue is empty (drive the Clock meanwhile when retries wait on it). */
  async drain(): Promise<void> {
    for (;;) {
      const running = this.lanes.map((l) => l.running).filter((p): p is Promise<void> => p !== undefined);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  /** Stops the workers: messages still queued are dropped (counted as dropped). */
  async close(): Promise<void> {
    this.abort.abort(new Error("notifier closed"));
    for (const lane of this.lanes) {
      lane.status.dropped += lane.queue.length;
      lane.queue.length = 0;
    }
    await Promise.allSettled(this.lanes.map((l) => l.running));
  }

  private message(kind: NotificationMessage["kind"], input: AlertInput, occurrences: number): NotificationMessage {
    return {
      kind,
      fingerprint: input.fingerprint,
      severity: kind === "resolved" ? "info" : input.severity,
      title: redactOutgoing(input.title),
      text: kind === "resolved" ? "" : redactOutgoing(input.text),
      service: input.service,
      at: new Date(this.options.clock.now()).toISOString(),
      occurrences,
      ...(input.issueUrl ? { issueUrl: redactOutgoing(input.issueUrl) } : {}),
      ...(input.links
        ? { links: Object.fromEntries(Object.entries(input.links).map(([k, v]) => [k, redactOutgoing(v)])) }
        : {}),
    };
  }

  private enqueue(message: NotificationMessage): void {
    for (const lane of this.lanes) {
      if (lane.queue.length >= this.o.queueLimit) {
        lane.status.dropped += 1;
        continue;
      }
      lane.queue.push(message);
      if (!lane.running) {
        lane.running = this.work(lane).finally(() => {
          lane.running = undefined;
        });
      }
    }
  }

  private async work(lane: Lane): Promise<void> {
    await flushMicrotasks(1);
    const signal = this.abort.signal;
    for (;;) {
      const message = lane.queue.shift();
      if (!message || signal.aborted) return;
      try {
        await this.deliver(lane, message, signal);
      } catch {
        if (signal.aborted) return;
      }
    }
  }

  private async deliver(lane: Lane, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    const clock = this.options.clock;
    for (let attempt = 1; ; attempt++) {
      await this.waitForRate(lane, signal);
      try {
        lane.sentAt.push(clock.now());
        const op = operationSignal(signal, this.o.timeoutMs);
        try {
          await lane.channel.send(message, op.signal);
        } finally {
          op.dispose();
        }
        lane.status.sent += 1;
        lane.status.consecutiveFailures = 0;
        lane.status.state = "ok";
        lane.status.lastSentAt = new Date(clock.now()).toISOString();
        return;
      } catch (error) {
        if (signal.aborted) throw error;
        lane.status.consecutiveFailures += 1;
        lane.status.lastError = redactOutgoing(
          error instanceof ChannelError
            ? error.message
            : `${lane.channel.name}: ${error instanceof Error ? error.message : String(error)}`,
        );
        lane.status.lastErrorAt = new Date(clock.now()).toISOString();
        if (lane.status.consecutiveFailures >= this.o.failingAfter) lane.status.state = "failing";
        if (attempt >= this.o.maxAttempts) {
          lane.status.failed += 1;
          return;
        }
        const backoff = Math.min(this.o.maxBackoffMs, this.o.baseBackoffMs * 2 ** (attempt - 1));
        const wait =
          error instanceof ChannelError && error.retryAfterMs !== undefined
            ? Math.min(this.o.maxBackoffMs, Math.max(backoff, error.retryAfterMs))
            : backoff;
        await clock.sleep(wait, signal);
      }
    }
  }

  private async waitForRate(lane: Lane, signal: AbortSignal): Promise<void> {
    const clock = this.options.clock;
    for (;;) {
      const now = clock.now();
      while (lane.sentAt.length > 0 && (lane.sentAt[0] as number) <= now - 60_000) lane.sentAt.shift();
      if (lane.sentAt.length < this.o.maxPerMinute) return;
      await clock.sleep((lane.sentAt[0] as number) + 60_000 - now, signal);
    }
  }
}
