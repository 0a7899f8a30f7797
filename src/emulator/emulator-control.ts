import { RailpilotError } from "../core/index.js";
import type { MutationRecord } from "./emulator-stats.js";
import type { FailureCause, Outcome } from "./model.js";
import type { SeedName } from "./seed.js";
import type { EmulatorInfo } from "./start-emulator.js";
import type { AnthropicRequestRecord, AnthropicScript, Channel, RecordedNotification } from "./stand-ins/index.js";
import type { AlertKind, WebhookDelivery, WebhookPayload, WebhookRegistration } from "./webhooks.js";

/** `POST /incident`: what happens to a service's live deployment (or, for `dependency_down`, a database). */
export interface IncidentRequest {
  serviceId: string;
  environmentId?: string;
  kind: "crash" | "oom" | "error_surge" | "dependency_down" | "recover";
  cause?: FailureCause;
  afterMs?: number;
  errorRate?: number;
  errorsPerMinute?: number;
}

/** The control API answered with an error status. */
export class EmulatorControlError extends RailpilotError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super("EMULATOR_CONTROL", message, {
      hint: "Check the emulator is running and the request matches src/emulator/README.md.",
    });
  }
}

export interface FaultsRequest {
  http5xx?: { count: number; status?: number };
  /** "Problem processing request": HTTP 400 by default, or a 5xx status. */
  problem?: { count: number; status?: number };
  latencyMs?: number;
  htmlBlock?: { count: number };
  wsDrop?: { afterMessages?: number } | true;
  cooldownMs?: number;
  propagationDelayMs?: number;
  rateLimit?: { plan: "free" | "hobby" | "pro" | "unlimited" };
  app?: { serviceId: string; latencyMs?: number; errorRate?: number };
}

export interface EmulatorStatsSnapshot {
  requests: { total: number; byOperation: Record<string, number> };
  rateLimited: number;
  mutations: number;
  wsConnections: number;
  subscriptions: { byOperation: Record<string, number> };
}

export interface ClockSnapshot {
  now: number;
  mode: "real" | "manual";
  speed: number;
  nextEventAt: number | null;
  waiters: number;
}

/** A typed client of the emulator's control API, for tests and the demo. */
export class EmulatorControl {
  private readonly base: string;

  constructor(
    controlUrl: string,
    private readonly options: { fetch?: typeof fetch; timeoutMs?: number } = {},
  ) {
    this.base = controlUrl.replace(/\/$/, "");
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = this.options.timeoutMs ?? 10_000,
  ): Promise<T> {
    const f = this.options.fetch ?? fetch;
    // Paths starting with "//" are outside /_emulator (the stand-ins on the same port).
    const url = path.startsWith("//") ? `${new URL(this.base).origin}${path.slice(1)}` : `${this.base}${path}`;
    const res = await f(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const message = (json as { message?: string } | undefined)?.message ?? `HTTP ${res.status}`;
      throw new EmulatorControlError(`emulator control ${method} ${path}: ${message}`, res.status);
    }
    return json as T;
  }

  /**
   * Queues how the service's next deployment ends. `metaCommit`/`metaImage` make that deployment's
   * meta report another commit/image than the one asked for.
   */
  outcome(
    serviceId: string,
    outcome: Outcome,
    options: {
      cause?: FailureCause;
      afterMs?: number;
      metaCommit?: string;
      metaImage?: string;
      errorRate?: number;
      errorsPerMinute?: number;
    } = {},
  ): Promise<{ ok: true; queued: number }> {
    return this.call("POST", "/outcome", { serviceId, outcome, ...options });
  }

  /** Advances the manual clock (firing due lifecycle steps); returns the new time. */
  async advance(ms: number): Promise<number> {
    return (await this.call<{ now: number }>("POST", "/clock", { advanceMs: ms })).now;
  }

  clock(): Promise<ClockSnapshot> {
    return this.call("GET", "/clock");
  }

  /** Long-polls until emulator time reaches `until` (one poll; `reached` false if it gave up). */
  waitUntil(until: number, timeoutMs = 30_000): Promise<{ now: number; reached: boolean }> {
    return this.call("GET", `/clock/wait?until=${Math.ceil(until)}`, undefined, timeoutMs);
  }

  faults(faults: FaultsRequest): Promise<unknown> {
    return this.call("POST", "/faults", faults);
  }

  clearFaults(): Promise<unknown> {
    return this.call("DELETE", "/faults");
  }

  stats(): Promise<EmulatorStatsSnapshot> {
    return this.call("GET", "/stats");
  }

  /** The mutations the API executed (since emulator time `since`), oldest first. */
  async mutations(since?: number): Promise<MutationRecord[]> {
    const q = since === undefined ? "" : `?since=${Math.floor(since)}`;
    return (await this.call<{ mutations: MutationRecord[] }>("GET", `/mutations${q}`)).mutations;
  }

  resetStats(): Promise<unknown> {
    return this.call("POST", "/stats/reset");
  }

  /** The world dump (see README for its shape). */
  world<T = Record<string, unknown>>(): Promise<T> {
    return this.call("GET", "/world");
  }

  /** Re-seeds the world; tokens stay, ids change: use the returned info. */
  reset(seed?: SeedName): Promise<EmulatorInfo> {
    return this.call("POST", "/reset", seed ? { seed } : {});
  }

  /** Moves `repo#branch` to a new commit, so the next deploy of it builds that commit. */
  commit(
    repo: string,
    options: { branch?: string; sha?: string; message?: string; author?: string } = {},
  ): Promise<{ sha: string; message: string; author: string }> {
    return this.call("POST", "/commit", { repo, ...options });
  }

  info(): Promise<EmulatorInfo> {
    return this.call("GET", "/info");
  }

  /** Registers a project webhook (optionally only for some event types, e.g. "Deployment.crashed"). */
  async addWebhook(projectId: string, url: string, events?: string[]): Promise<WebhookRegistration> {
    return (await this.call<{ webhook: WebhookRegistration }>("POST", "/webhooks", { projectId, url, events })).webhook;
  }

  /** The webhooks with their counters, and the latest deliveries (of one webhook with `id`). */
  webhooks(id?: string): Promise<{ webhooks: WebhookRegistration[]; deliveries: WebhookDelivery[] }> {
    return this.call("GET", `/webhooks${id ? `?id=${encodeURIComponent(id)}` : ""}`);
  }

  removeWebhooks(filter: { id?: string; projectId?: string }): Promise<{ ok: true; removed: number }> {
    const q = new URLSearchParams(
      Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    return this.call("DELETE", `/webhooks?${q}`);
  }

  /** Waits until every webhook POST in flight has finished (retries wait on the clock). */
  flushWebhooks(): Promise<{ ok: true }> {
    return this.call("POST", "/webhooks/flush");
  }

  /** Sends a CPU/RAM monitor or volume usage alert to the project's webhooks. */
  alert(input: {
    kind: AlertKind;
    serviceId: string;
    environmentId?: string;
    value?: number;
    threshold?: number;
    severity?: WebhookPayload["severity"];
  }): Promise<{ ok: true; queued: number }> {
    return this.call("POST", "/alerts", input);
  }

  /** Something happens to a live deployment now (or after `afterMs`). */
  incident(input: IncidentRequest): Promise<{ ok: true; deploymentId: string | null; environmentId: string }> {
    return this.call("POST", "/incident", input);
  }

  /** Queues the Anthropic stand-in's next answers (and the one used when the queue is empty). */
  anthropicScript(
    responses: AnthropicScript[],
    fallback?: AnthropicScript | null,
  ): Promise<{ ok: true; queued: number }> {
    return this.call(
      "POST",
      "//anthropic/_control/responses",
      fallback === undefined ? { responses } : { responses, default: fallback },
    );
  }

  /** What was sent to the Anthropic stand-in (the API key only as `apiKeyPresent`). */
  async anthropicRequests(): Promise<AnthropicRequestRecord[]> {
    return (await this.call<{ requests: AnthropicRequestRecord[] }>("GET", "//anthropic/_control/requests")).requests;
  }

  /** What the notification recorder received, of one channel or all. */
  async notifications(channel?: Channel): Promise<RecordedNotification[]> {
    return (
      await this.call<{ requests: RecordedNotification[] }>(
        "GET",
        `//notify/_control/requests${channel ? `?channel=${channel}` : ""}`,
      )
    ).requests;
  }

  /** Makes the next `count` requests of a notification channel fail with `status` (default 500). */
  failNotifications(channel: Channel, count: number, status?: number): Promise<{ ok: true }> {
    return this.call("POST", "//notify/_control/fail", { channel, count, status });
  }

  /** Forgets the Anthropic stand-in's script and requests and the notifications received. */
  async resetStandIns(): Promise<void> {
    await this.call("POST", "//anthropic/_control/reset", {});
    await this.call("POST", "//notify/_control/reset", {});
  }

  /** The working set the service's app grows to (null: none scripted); above the memory limit it runs out of memory. */
  memory(serviceId: string, needGB: number | null): Promise<{ ok: true }> {
    return this.call("POST", "/memory", { serviceId, needGB });
  }
}
