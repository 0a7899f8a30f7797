import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type Clock, type RailpilotError, systemClock } from "../core/index.js";
import {
  authHeaders,
  type RailwayCredentials,
  type RailwayEnv,
  resolveCredentials,
  resolveEndpoint,
  websocketUrlFor,
} from "./auth-config.js";
import { backoffDelay, COOLDOWN_BACKOFF, HTTP_RETRY_BACKOFF } from "./backoff.js";
import { NoTokenError, RailwayNetworkError, RailwayTimeoutError } from "./errors.js";
import { DROPPED_CONNECTION_CODES, isNotSentCode, transportErrorCode } from "../core/transport-codes.js";
import { PLAN_LIMITS, RateBudget, type RailwayPlan, type RateLimits } from "./rate-budget.js";
import {
  classifyResponse,
  provesNotActed,
  readRateLimitHeaders,
  type ResponseOutcome,
  withActedFlag,
} from "./response-classifier.js";
import { type UploadOptions, type UploadResult, uploadCode } from "./code-upload.js";
import { type SubscribeOptions, subscriptionStream, type WebSocketConstructor } from "./subscription-stream.js";
import { type Connection, type PaginateOptions, paginate } from "./paginate.js";
import { type PreparedOperation, prepare, prepareVariables, trimLogRows } from "./operation-info.js";

/** What `onRequest` hears after every HTTP attempt. Never includes variables or tokens. */
export interface RailwayRequestInfo {
  operationName: string | undefined;
  operationType: "query" | "mutation" | "subscription";
  /** 0 for the first attempt. */
  attempt: number;
  /** HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** "ok", or what went wrong and whether it will be retried. */
  outcome: "ok" | "retry" | "fail";
  errorCode?: string;
}

export interface RailwayClientOptions {
  /** GraphQL endpoint. Default: `RAILWAY_GRAPHQL_ENDPOINT`, else `https://backboard.railway.com/graphql/v2`. */
  endpoint?: string;
  /** Project token, sent as `Project-Access-Token`. Default: `RAILWAY_TOKEN`. Wins over `apiToken`. */
  token?: string;
  /** Account or workspace token, sent as `Authorization: Bearer`. Default: `RAILWAY_API_TOKEN`. */
  apiToken?: string;
  /** Plan whose documented API limits the client budget follows. Default: "hobby". */
  plan?: RailwayPlan;
  /** Overrides the plan's limits (either field). */
  limits?: Partial<RateLimits>;
  /** fetch implementation. Default: the global fetch. */
  fetch?: typeof fetch;
  /** WebSocket implementation for subscriptions. Default: the `ws` package. */
  webSocketImpl?: WebSocketConstructor;
  /** Clock for timeouts, backoff and the budget. Default: the system clock. */
  clock?: Clock;
  /** Per-attempt timeout, ms. Default: 30 000. */
  timeoutMs?: number;
  /** Retries after the first attempt for retryable failures. Default: 4. */
  maxRetries?: number;
  /** Longest `Retry-After` the client waits by itself; a longer one is thrown as RailwayRateLimitError. Default: 60 000. */
  maxRetryAfterMs?: number;
  /** Random source in [0, 1) for jitter. Default: Math.random. */
  random?: () => number;
  /** Environment to read tokens and endpoint from. Default: process.env. */
  env?: RailwayEnv;
  /** Called after every HTTP attempt (for metrics and debugging). */
  onRequest?(info: RailwayRequestInfo): void;
  /** Sent as `User-Agent`. Default: "railpilot". */
  userAgent?: string;
}

export interface RequestOptions {
  /** Aborts the request (and any wait for budget or backoff); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, ms. Default: the client's timeoutMs. */
  timeoutMs?: number;
  /**
   * Whether a failure after which Railway may have acted (timeout, connection reset, any 5xx,
   * "Problem processing request", a non-JSON page other than Cloudflare's block) may be retried.
   * Default: true for queries, false for mutations (a retried deploy could deploy twice). Failures
   * that prove Railway did not act (429 and rate-limit errors, "too recently updated", a refused
   * connection, Cloudflare's 403 "Access denied" page) are retried either way.
   */
  idempotent?: boolean;
  /** Strip null/undefined variables (Railway unsets fields on explicit null). Default: true. */
  stripNulls?: boolean;
}

/** `request(doc)` may omit variables when the operation has none required. */
export type VariablesArgs<V, O> =
  Record<string, never> extends V ? [variables?: V, options?: O] : [variables: V, options?: O];

/** Connection errors that prove the request never reached the server. */

/**
 * The typed Railway client: every call goes through one budget, one retry policy and one set of
 * typed errors.
 *
 * ```ts
 * const client = RailwayClient.fromEnv();
 * const { serviceInstance } = await client.request(ServiceInstanceDocument, { serviceId, environmentId });
 * ```
 */
export class RailwayClient {
  /** The client-side request budget; `budget.remaining()` says what is left. */
  readonly budget: RateBudget;
  readonly endpoint: string;
  readonly websocketUrl: string;
  /** Which kind of token is in use, or undefined when none is configured. */
  readonly tokenKind: "project" | "api" | undefined;

  protected readonly credentials: RailwayCredentials | undefined;
  protected readonly clock: Clock;
  protected readonly fetchImpl: typeof fetch;
  protected readonly options: RailwayClientOptions;
  protected readonly random: () => number;
  private readonly closers = new Set<() => void>();

  constructor(options: RailwayClientOptions = {}) {
    const env = options.env ?? (process.env as RailwayEnv);
    this.options = options;
    this.credentials = resolveCredentials(options, env);
    this.tokenKind = this.credentials?.kind;
    this.endpoint = resolveEndpoint(options.endpoint, env);
    this.websocketUrl = websocketUrlFor(this.endpoint);
    this.clock = options.clock ?? systemClock;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.random = options.random ?? Math.random;
    const plan = PLAN_LIMITS[options.plan ?? "hobby"];
    this.budget = new RateBudget({ ...plan, ...options.limits }, this.clock);
  }

  /** A client configured from environment variables (default process.env); `overrides` win. */
  static fromEnv(env?: RailwayEnv, overrides: Omit<RailwayClientOptions, "env"> = {}): RailwayClient {
    return new RailwayClient({ ...overrides, env: env ?? (process.env as RailwayEnv) });
  }

  /** Runs a query or mutation and returns its typed data, or throws a typed RailpilotError. */
  async request<R, V>(
    document: TypedDocumentNode<R, V>,
    ...args: VariablesArgs<NoInfer<V>, RequestOptions>
  ): Promise<R> {
    const [variables, options = {}] = args as [Record<string, unknown> | undefined, RequestOptions | undefined];
    const op = prepare(document);
    if (op.operationType === "subscription") throw new TypeError("Use subscribe() for subscriptions");
    const sent = prepareVariables(document, variables, options.stripNulls ?? true);
    const data = await this.post(op, sent, options);
    return trimLogRows(op.rootField, data, sent) as R;
  }

  /**
   * Subscribes over `graphql-transport-ws` and yields each typed result. Reconnects with backoff
   * after abnormal closures and drops log rows replayed after a reconnect. The iteration ends when
   * the server completes the stream, `options.signal` aborts, the loop breaks, or `close()` is
   * called; it throws a typed error when reconnecting cannot help (auth, validation, too many
   * failures in a row).
   *
   * ```ts
   * for await (const { deployment } of client.subscribe(DeploymentUpdatesDocument, { id }, { signal })) …
   * ```
   */
  subscribe<R, V>(
    document: TypedDocumentNode<R, V>,
    ...args: VariablesArgs<NoInfer<V>, SubscribeOptions>
  ): AsyncGenerator<R, void, undefined> {
    const [variables, options = {}] = args as [Record<string, unknown> | undefined, SubscribeOptions | undefined];
    const op = prepare(document);
    if (op.operationType !== "subscription")
      throw new TypeError("subscribe() takes a subscription document; use request()");
    if (!this.credentials) {
      return (async function* noToken(): AsyncGenerator<R, void, undefined> {
        yield* [];
        throw new NoTokenError();
      })();
    }
    const deps = {
      url: this.websocketUrl,
      headers: this.headers(),
      webSocketImpl: this.options.webSocketImpl,
      clock: this.clock,
      budget: this.budget,
      random: this.random,
      onClose: (fn: () => void) => this.onClose(fn),
    };
    return subscriptionStream<R>(deps, op, prepareVariables(document, variables), options);
  }

  /**
   * Uploads a directory as `railway up` does and returns the new deployment:
   * `{ deploymentId, url, logsUrl, deploymentDomain, serviceId, files, bytes }`.
   * Honours `.gitignore` / `.railwayignore`; always skips `.git` and `node_modules`.
   */
  async upload(options: UploadOptions): Promise<UploadResult> {
    this.requireCredentials();
    return uploadCode(
      {
        endpoint: this.endpoint,
        headers: this.headers(),
        fetch: this.fetchImpl,
        clock: this.clock,
        budget: this.budget,
        random: this.random,
        maxRetries: this.options.maxRetries ?? 4,
        maxRetryAfterMs: this.options.maxRetryAfterMs ?? 60_000,
        onAttempt: (info) => this.options.onRequest?.({ operationName: "Upload", operationType: "mutation", ...info }),
      },
      options,
    );
  }

  /**
   * Iterates every node of a Relay connection across pages (see `paginate`).
   * `select` picks the connection out of a result, e.g. `(r) => r.deployments`.
   */
  paginate<R, V extends { first?: number | null; after?: string | null }, N>(
    document: TypedDocumentNode<R, V>,
    variables: Omit<V, "after">,
    select: (result: R) => Connection<N>,
    options?: PaginateOptions,
  ): AsyncGenerator<N, void, undefined> {
    return paginate(this, document, variables, select, options);
  }

  /** Closes open subscriptions. The client stays usable for requests. */
  close(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }

  /** Headers for every HTTP request and the websocket upgrade. */
  protected headers(extra: Record<string, string> = {}): Record<string, string> {
    return { "User-Agent": this.options.userAgent ?? "railpilot", ...authHeaders(this.credentials), ...extra };
  }

  protected requireCredentials(): RailwayCredentials {
    if (!this.credentials) throw new NoTokenError();
    return this.credentials;
  }

  /** Registers something `close()` must shut; returns the unregister function. */
  protected onClose(fn: () => void): () => void {
    this.closers.add(fn);
    return () => this.closers.delete(fn);
  }

  private async post(
    op: PreparedOperation,
    variables: Record<string, unknown>,
    options: RequestOptions,
  ): Promise<Record<string, unknown>> {
    this.requireCredentials();
    const maxRetries = this.options.maxRetries ?? 4;
    const maxRetryAfterMs = this.options.maxRetryAfterMs ?? 60_000;
    const idempotent = options.idempotent ?? op.operationType === "query";
    const body = JSON.stringify({
      query: op.query,
      variables,
      ...(op.operationName ? { operationName: op.operationName } : {}),
    });
    let serverErrors = 0;
    let cooldowns = 0;
    let droppedRetried = false;
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      await this.budget.acquire(options.signal);
      const started = this.clock.now();
      const result = await this.attempt(op, body, options);
      const info: RailwayRequestInfo = {
        operationName: op.operationName,
        operationType: op.operationType,
        attempt,
        ...(result.status !== undefined ? { status: result.status } : {}),
        durationMs: this.clock.now() - started,
        outcome: result.outcome.kind,
        ...(result.outcome.kind !== "ok" ? { errorCode: result.outcome.error.code } : {}),
      };
      const outcome = withActedFlag(result.outcome);
      // A mutation is sent again only when the failure proves Railway did not act on it.
      const safeToRepeat = outcome.kind === "retry" && (idempotent || provesNotActed(outcome.reason));
      const retryable = outcome.kind === "retry" && attempt < maxRetries && safeToRepeat;
      if (outcome.kind === "retry" && !retryable) info.outcome = "fail";
      this.options.onRequest?.(info);
      if (outcome.kind === "ok") return outcome.data;
      if (outcome.kind === "fail" || !retryable) throw outcome.error;

      let delay: number;
      if (result.dropped && idempotent && !droppedRetried) {
        // Once per call: a read on a connection the server had just closed goes again at once.
        droppedRetried = true;
        continue;
      }
      if (outcome.reason === "rate-limited") {
        const wait = outcome.retryAfterMs;
        if (wait !== undefined && wait > maxRetryAfterMs) throw outcome.error;
        delay = wait ?? backoffDelay(attempt, HTTP_RETRY_BACKOFF, this.random);
        this.budget.block(this.clock.now() + delay);
      } else if (outcome.reason === "cooldown") {
        delay = backoffDelay(cooldowns++, COOLDOWN_BACKOFF, this.random);
      } else {
        delay = backoffDelay(serverErrors++, HTTP_RETRY_BACKOFF, this.random);
      }
      await this.clock.sleep(delay, options.signal);
    }
  }

  /** One HTTP attempt with its own timeout. Never throws except for the caller's abort. */
  private async attempt(
    op: PreparedOperation,
    body: string,
    options: RequestOptions,
  ): Promise<{ outcome: ResponseOutcome; status?: number; dropped?: boolean }> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 30_000;
    const controller = new AbortController();
    let timedOut = false;
    const cancelTimer = this.clock.schedule(timeoutMs, () => {
      timedOut = true;
      controller.abort(
        new RailwayTimeoutError(`${op.operationName ?? "Request"} timed out after ${timeoutMs} ms`, timeoutMs),
      );
    });
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(this.endpoint, {
          method: "POST",
          headers: this.headers({ "Content-Type": "application/json", Accept: "application/json" }),
          body,
          signal: controller.signal,
        });
      } catch (cause) {
        return this.transportFailure(op, cause, timedOut, timeoutMs, options.signal);
      }
      const headerInfo = readRateLimitHeaders(response.headers, this.clock.now());
      this.budget.learn(headerInfo);
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        // The request was sent and answered: whatever broke the body, Railway may have acted.
        const failure = this.transportFailure(op, cause, timedOut, timeoutMs, options.signal);
        const outcome: ResponseOutcome =
          failure.outcome.kind === "retry" ? { ...failure.outcome, reason: "server-error" } : failure.outcome;
        return { outcome, status: response.status };
      }
      const outcome = classifyResponse({
        status: response.status,
        headers: response.headers,
        body: text,
        now: this.clock.now(),
        operationName: op.operationName,
      });
      return { outcome, status: response.status };
    } finally {
      cancelTimer();
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  private transportFailure(
    op: PreparedOperation,
    cause: unknown,
    timedOut: boolean,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): { outcome: ResponseOutcome; dropped?: boolean } {
    if (signal?.aborted) throw signal.reason;
    const name = op.operationName ?? "Request";
    if (timedOut) {
      const error: RailpilotError = new RailwayTimeoutError(`${name} timed out after ${timeoutMs} ms`, timeoutMs);
      return { outcome: { kind: "retry", error, reason: "server-error" } };
    }
    const code = transportErrorCode(cause);
    const error = new RailwayNetworkError(`${name}: could not reach Railway${code ? ` (${code})` : ""}`, {}, { cause });
    return {
      outcome: { kind: "retry", error, reason: isNotSentCode(code) ? "not-sent" : "server-error" },
      ...(code !== undefined && DROPPED_CONNECTION_CODES.has(code) ? { dropped: true } : {}),
    };
  }
}
