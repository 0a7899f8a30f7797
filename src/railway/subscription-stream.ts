import { createClient } from "graphql-ws";
import { WebSocket as WsWebSocket } from "ws";
import { type Clock, type RailpilotError, redact } from "../core/index.js";
import { backoffDelay, WS_RECONNECT_BACKOFF } from "./backoff.js";
import { RailwayAuthError, RailwayNetworkError, RailwayTimeoutError } from "./errors.js";
import { LogDeduper, type LogRowKey } from "./log-deduper.js";
import { type PreparedOperation, trimLogRows } from "./operation-info.js";
import type { RateBudget } from "./rate-budget.js";
import { classifyResponse } from "./response-classifier.js";

export interface SubscribeOptions {
  /** Ends the stream (the iteration returns without error) and closes the socket. */
  signal?: AbortSignal;
  /** Reconnects after abnormal closures before giving up. Default: 12 (Railway's CLI). */
  maxReconnects?: number;
  /**
   * Time allowed to open a connection, ms: TCP connect, the websocket upgrade and Railway's
   * `connection_ack`, counted together on the client's clock from the moment the socket is
   * created (also passed to `ws` as `handshakeTimeout` for the upgrade). A hung handshake is cut
   * and counts as a failed connection (reconnect with backoff). Default: 10 000 (the CLI's).
   */
  handshakeTimeoutMs?: number;
  /**
   * Keep-alive: a graphql-transport-ws `ping` is sent this long after the socket
   * opens and after each `pong` (graphql-ws's `keepAlive`). 0 turns keep-alive off. Default: 15 000.
   */
  keepAliveMs?: number;
  /**
   * How long to wait for the `pong` answering a keep-alive `ping` before the connection counts as
   * dead: the socket is cut and the subscription reconnects. Default: 10 000.
   */
  pongTimeoutMs?: number;
  /** Drop log rows already delivered before a reconnect. Default: true for log streams. */
  dedupeLogs?: boolean;
  /** Hears each reconnect before its backoff wait. */
  onReconnect?(info: { attempt: number; delayMs: number; error: RailpilotError }): void;
}

/**
 * A WebSocket constructor compatible with `ws`: auth headers and the upgrade's `handshakeTimeout`
 * (ms) are passed in the third argument.
 */
export type WebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers?: Record<string, string>; handshakeTimeout?: number },
) => object;

/** What the stream needs of a socket to cut it: `ws` has `terminate`, a browser WebSocket only `close`. */
interface CuttableSocket {
  terminate?: () => void;
  close(code?: number, reason?: string): void;
}

export interface SubscriptionDeps {
  url: string;
  headers: Record<string, string>;
  webSocketImpl: WebSocketConstructor | undefined;
  clock: Clock;
  budget: RateBudget;
  random: () => number;
  /** Registers a function client.close() calls; returns its unregister. */
  onClose(fn: () => void): () => void;
}

const LOG_STREAMS = new Set(["buildLogs", "deploymentLogs", "environmentLogs"]);
/** graphql-transport-ws close codes after which reconnecting cannot help. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429]);

type ConnectionEvent = { kind: "next"; payload: unknown } | { kind: "error"; error: unknown } | { kind: "complete" };

/**
 * One subscription as an async iterable: one websocket per subscription (the `graphql-transport-ws`
 * protocol, auth headers on the upgrade request as Railway requires), reconnecting with backoff
 * (1 s ×1.5, capped at 8 s, up to `maxReconnects` times in a row) and de-duplicating log rows
 * replayed after a reconnect. A clean `complete` from the server (Railway closes log streams when
 * a build or deployment ends) or a normal close (1000) ends the iteration.
 */
export async function* subscriptionStream<R>(
  deps: SubscriptionDeps,
  op: PreparedOperation,
  variables: Record<string, unknown>,
  options: SubscribeOptions,
): AsyncGenerator<R, void, undefined> {
  const maxReconnects = options.maxReconnects ?? 12;
  const isLogStream = op.rootField !== undefined && LOG_STREAMS.has(op.rootField);
  const deduper = isLogStream && (options.dedupeLogs ?? true) ? new LogDeduper() : undefined;
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) stop.abort(options.signal.reason);
  const unregister = deps.onClose(() => stop.abort(new Error("client closed")));
  let failures = 0;
  try {
    for (;;) {
      if (stop.signal.aborted) return;
      try {
        await deps.budget.acquire(stop.signal);
      } catch {
        return;
      }
      // graphql-ws itself reconnects at once when a server closes normally (1000) mid-stream:
      // treat a second `connected` on the same connection as a reconnect too.
      const connection = openConnection(deps, op, variables, options, stop.signal, () => deduper?.markReconnect());
      let failure: unknown;
      let firstBatch = true;
      try {
        for (;;) {
          const event = await connection.next();
          if (event.kind === "complete") return;
          if (event.kind === "error") {
            failure = event.error;
            break;
          }
          failures = 0;
          const result = event.payload as { data?: Record<string, unknown> | null; errors?: unknown[] };
          if (result.errors?.length) throw classifyConnectionFailure(result.errors, op.operationName).error;
          if (!result.data) continue;
          // Only a connection's first batch (the backlog) carries Railway's limit+1 rows; later
          // batches are live lines and may legitimately exceed `limit`.
          let data = firstBatch ? trimLogRows(op.rootField, result.data, variables) : result.data;
          firstBatch = false;
          if (deduper && op.rootField) {
            const rows = data[op.rootField];
            if (Array.isArray(rows)) {
              const fresh = deduper.filter(rows as LogRowKey[]);
              if (fresh.length === 0) continue;
              data = { ...data, [op.rootField]: fresh };
            }
          }
          yield data as R;
        }
      } finally {
        connection.dispose();
      }
      if (stop.signal.aborted) return;
      const classified = classifyConnectionFailure(failure, op.operationName);
      if (!classified.retry || failures >= maxReconnects) throw classified.error;
      const delayMs = backoffDelay(failures, WS_RECONNECT_BACKOFF, deps.random);
      failures++;
      options.onReconnect?.({ attempt: failures, delayMs, error: classified.error });
      deduper?.markReconnect();
      try {
        await deps.clock.sleep(delayMs, stop.signal);
      } catch {
        return;
      }
    }
  } finally {
    unregister();
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function openConnection(
  deps: SubscriptionDeps,
  op: PreparedOperation,
  variables: Record<string, unknown>,
  options: SubscribeOptions,
  stop: AbortSignal,
  onSilentReconnect: () => void,
): { next(): Promise<ConnectionEvent>; dispose(): void } {
  let connects = 0;
  const queue: ConnectionEvent[] = [];
  let wake: (() => void) | undefined;
  let lastSocketError: unknown;
  const push = (event: ConnectionEvent) => {
    queue.push(event);
    wake?.();
  };
  const Impl = deps.webSocketImpl ?? (WsWebSocket as unknown as WebSocketConstructor);
  const headers = deps.headers;
  const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 10_000;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const pongTimeoutMs = options.pongTimeoutMs ?? 10_000;
  // Why this connection's socket was cut by us (handshake or pong timeout); wins over the socket's own error.
  let cutBecause: RailpilotError | undefined;
  const handshakeTimers = new Map<object, () => void>();
  let cancelPongTimer: (() => void) | undefined;
  let openSocket: CuttableSocket | undefined;
  const cut = (socket: CuttableSocket, reason: RailpilotError) => {
    cutBecause ??= reason;
    // terminate() drops a dead TCP connection at once; close() would wait for the peer's close frame.
    if (typeof socket.terminate === "function") socket.terminate();
    else socket.close(4408, "Timeout");
  };
  const clearTimers = () => {
    for (const cancel of handshakeTimers.values()) cancel();
    handshakeTimers.clear();
    cancelPongTimer?.();
    cancelPongTimer = undefined;
  };
  // graphql-ws constructs `new impl(url, protocol)`: this subclass adds the auth headers to the
  // upgrade request (Railway ignores tokens in connection_init), gives `ws` its handshakeTimeout,
  // and bounds the whole handshake (until connection_ack) on the injected clock, which also covers
  // a TCP connection that opens but never answers the upgrade.
  const GuardedSocket = class extends Impl {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers, handshakeTimeout: handshakeTimeoutMs });
      const socket = this as unknown as CuttableSocket;
      const cancel = deps.clock.schedule(handshakeTimeoutMs, () => {
        handshakeTimers.delete(socket);
        cut(
          socket,
          new RailwayTimeoutError(`websocket handshake timed out after ${handshakeTimeoutMs} ms`, handshakeTimeoutMs),
        );
      });
      handshakeTimers.set(socket, cancel);
    }
  };
  const client = createClient({
    url: deps.url,
    webSocketImpl: GuardedSocket,
    lazy: true,
    retryAttempts: 0,
    shouldRetry: () => false,
    connectionAckWaitTimeout: handshakeTimeoutMs,
    // graphql-ws schedules the pings itself (real timers); the wait for each pong runs on our clock.
    keepAlive: keepAliveMs,
    on: {
      error: (error) => {
        lastSocketError = error;
      },
      opened: (socket) => {
        // graphql-ws may ping before connection_ack arrives: a ping must reach the socket from here on.
        openSocket = socket as CuttableSocket;
      },
      connected: (socket) => {
        handshakeTimers.get(socket as object)?.();
        handshakeTimers.delete(socket as object);
        if (++connects > 1) onSilentReconnect();
      },
      ping: (received) => {
        if (received || !openSocket) return;
        const socket = openSocket;
        cancelPongTimer?.();
        cancelPongTimer = deps.clock.schedule(pongTimeoutMs, () => {
          cancelPongTimer = undefined;
          cut(
            socket,
            new RailwayTimeoutError(
              `no pong within ${pongTimeoutMs} ms of a keep-alive ping: the subscription connection is dead`,
              pongTimeoutMs,
            ),
          );
        });
      },
      pong: (received) => {
        if (!received) return;
        cancelPongTimer?.();
        cancelPongTimer = undefined;
      },
      closed: () => {
        openSocket = undefined;
        cancelPongTimer?.();
        cancelPongTimer = undefined;
      },
    },
  });
  const unsubscribe = client.subscribe(
    { query: op.query, variables, ...(op.operationName ? { operationName: op.operationName } : {}) },
    {
      next: (payload) => push({ kind: "next", payload }),
      error: (error) => {
        // Cut by us: graphql-ws reports the socket's error or close event, whichever came first.
        if (cutBecause) push({ kind: "error", error: { close: error, socketError: cutBecause } });
        else
          push({
            kind: "error",
            error: lastSocketError && isCloseEvent(error) ? { close: error, socketError: lastSocketError } : error,
          });
      },
      complete: () => push({ kind: "complete" }),
    },
  );
  const onStop = () => push({ kind: "complete" });
  stop.addEventListener("abort", onStop, { once: true });
  return {
    async next() {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      return queue.shift()!;
    },
    dispose() {
      stop.removeEventListener("abort", onStop);
      clearTimers();
      unsubscribe();
      void client.dispose();
    },
  };
}

function isCloseEvent(value: unknown): value is { code: number; reason?: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    typeof (value as { code: unknown }).code === "number" &&
    "reason" in value
  );
}

function messageOf(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === "object" && value !== null) {
    const v = value as { message?: unknown; error?: unknown };
    if (typeof v.message === "string" && v.message) return v.message;
    if (v.error instanceof Error) return v.error.message;
  }
  return "";
}

/** Decides whether a dropped subscription may reconnect, and with which typed error. */
function classifyConnectionFailure(
  failure: unknown,
  operationName: string | undefined,
): { retry: boolean; error: RailpilotError } {
  const op = operationName ? `${operationName}: ` : "";
  if (Array.isArray(failure)) {
    // graphql-transport-ws `error` message: the operation itself was refused.
    const outcome = classifyResponse({
      status: 200,
      headers: new Headers(),
      body: JSON.stringify({ errors: failure }),
      now: 0,
      operationName,
    });
    if (outcome.kind === "ok") return { retry: false, error: new RailwayNetworkError(`${op}subscription failed`) };
    return { retry: outcome.kind === "retry", error: outcome.error };
  }
  const wrapped = failure as { close?: unknown; socketError?: unknown } | undefined;
  // A connection we cut ourselves (handshake or keep-alive timeout): worth a reconnect.
  if (wrapped && typeof wrapped === "object" && wrapped.socketError instanceof RailwayTimeoutError) {
    return {
      retry: true,
      error: new RailwayTimeoutError(`${op}${wrapped.socketError.message}`, wrapped.socketError.timeoutMs),
    };
  }
  const close = wrapped && typeof wrapped === "object" && "close" in wrapped ? wrapped.close : failure;
  const socketMessage = redact(
    messageOf(wrapped && typeof wrapped === "object" && "socketError" in wrapped ? wrapped.socketError : failure),
  );
  const status = /Unexpected server response: (\d{3})/.exec(socketMessage)?.[1];
  if (status === "401" || status === "403") {
    return {
      retry: false,
      error: new RailwayAuthError(`${op}Railway refused the websocket upgrade (HTTP ${status})`, {
        status: Number(status),
      }),
    };
  }
  if (isCloseEvent(close)) {
    const reason = redact(close.reason ?? "");
    if (close.code === 4401 || close.code === 4403) {
      return {
        retry: false,
        error: new RailwayAuthError(`${op}Railway closed the subscription: ${reason || close.code}`),
      };
    }
    const error = new RailwayNetworkError(
      `${op}subscription socket closed (${close.code}${reason ? ` ${reason}` : ""})${socketMessage ? `: ${socketMessage}` : ""}`,
    );
    return { retry: !FATAL_CLOSE_CODES.has(close.code), error };
  }
  return {
    retry: true,
    error: new RailwayNetworkError(
      `${op}subscription failed${socketMessage ? `: ${socketMessage}` : ""}`,
      {},
      { cause: failure },
    ),
  };
}
