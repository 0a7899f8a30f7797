/**
 * Deployment observations from three sources, one book of what was last seen:
 * - the sweep: `deployments(input:{environmentId}, first:N)` = the newest deployments of every
 *   service of an environment in ONE request, per owned environment, on an adaptive cadence that
 *   keeps inside a share of the client's hourly request budget;
 * - webhooks: a valid Railway webhook is a hint that triggers an immediate targeted look (the
 *   deployment, or the environment's sweep) through the API; what Railway says is emitted, never
 *   the webhook body;
 * - subscriptions: deployments in flight are followed with the deploy follower to a terminal status.
 * Only status changes are emitted (plus the first sight of each service's newest deployment).
 */
import type { Clock } from "../../core/index.js";
import {
  type DeploymentSnapshot,
  type DeploymentStatus,
  followDeployment,
  isDeploymentStatus,
  isTerminal,
  RailwayDeployApi,
} from "../../deploy/index.js";
import { AutopilotDeploymentLookDocument, AutopilotSweepDocument, type RailwayClient } from "../../railway/index.js";
import type {
  Observation,
  ObservationSink,
  ObservationSource,
  ObservedDeployment,
  Observer,
  WatchedService,
  WebhookReceipt,
} from "../contract.js";
import { parseRailwayWebhook } from "./railway-webhook.js";
import { environmentsOf, serviceKey } from "./watched-services.js";

export interface DeploymentObserverOptions {
  /** One client per token, shared by every observer (its budget is the one that counts). */
  client: RailwayClient;
  clock: Clock;
  /** The services to watch (read again on every sweep, so it may change). */
  services: readonly WatchedService[] | (() => readonly WatchedService[]);
  /** Lease filter: only environments this returns true for are swept and looked at. Default: all. */
  owns?: (environmentId: string) => boolean;
  /** Fraction of the hourly request budget the sweep may use. Default 0.4. */
  budgetShare?: number;
  /** Shortest time between two sweeps of all owned environments. Default 15 s. */
  minIntervalMs?: number;
  /** Longest. Default 10 min. */
  maxIntervalMs?: number;
  /** Deployments per sweep request. Default: twice the environment's services, between 20 and 100. */
  pageSize?: number;
  /** Per-request timeout. Default 15 s. */
  requestTimeoutMs?: number;
  /** Follow deployments in flight over a subscription. Default true. */
  follow?: boolean;
  /** Most deployments followed at once (the rest wait for the sweep). Default 20. */
  maxFollows?: number;
  /** Give up following one deployment after this long. Default 45 min. */
  followTimeoutMs?: number;
  /** Also called with every observation emitted (e.g. the logs observer fetching failure logs). */
  tap?: (observation: Observation) => void;
  /** A failed request (the sweep goes on; the next one retries). */
  onError?: (error: unknown, context: string) => void;
}

export interface DeploymentObserverStats {
  sweeps: number;
  sweepRequests: number;
  looks: number;
  follows: number;
  webhooks: { accepted: number; rejected: number; ignored: number };
  lastSweepAt: string | null;
  intervalMs: number;
}

type SweepNode = {
  id: string;
  status: DeploymentStatus;
  createdAt: string;
  updatedAt: string;
  statusUpdatedAt: string | null;
  canRollback: boolean;
  serviceId: string | null;
  environmentId: string;
  meta: { commitHash?: string } | null;
};

const LEFT_OUT: DeploymentStatus[] = ["REMOVED", "REMOVING", "SKIPPED"];

export class DeploymentObserver implements Observer {
  readonly name = "deployments";
  private readonly o: DeploymentObserverOptions;
  private sink: ObservationSink | undefined;
  private signal: AbortSignal | undefined;
  private readonly stopper = new AbortController();
  private loop: Promise<void> | undefined;
  /** deployment id → what was last seen of it. */
  private readonly byId = new Map<string, ObservedDeployment>();
  /** service key → its newest deployment seen. */
  private readonly current = new Map<string, ObservedDeployment>();
  private readonly following = new Map<string, Promise<void>>();
  private readonly looks = new Map<string, Promise<void>>();
  private readonly counters: DeploymentObserverStats = {
    sweeps: 0,
    sweepRequests: 0,
    looks: 0,
    follows: 0,
    webhooks: { accepted: 0, rejected: 0, ignored: 0 },
    lastSweepAt: null,
    intervalMs: 0,
  };

  constructor(options: DeploymentObserverOptions) {
    this.o = options;
    this.counters.intervalMs = this.intervalMs();
  }

  private services(): readonly WatchedService[] {
    return typeof this.o.services === "function" ? this.o.services() : this.o.services;
  }

  private ownedEnvironments(): string[] {
    const owns = this.o.owns;
    return environmentsOf(this.services()).filter((e) => !owns || owns(e));
  }

  private watched(environmentId: string, serviceId: string | null | undefined): WatchedService | undefined {
    if (!serviceId || (this.o.owns && !this.o.owns(environmentId))) return undefined;
    return this.services().find((s) => s.environmentId === environmentId && s.serviceId === serviceId);
  }

  /**
   * Time between two sweeps of every owned environment: what keeps the sweep inside its share of
   * the hourly budget, stretched when the budget runs low, clamped to [min, max].
   */
  intervalMs(): number {
    const envs = Math.max(1, this.ownedEnvironments().length);
    const min = this.o.minIntervalMs ?? 15_000;
    const max = this.o.maxIntervalMs ?? 600_000;
    const budget = this.o.client.budget;
    const perHour = budget.limits.perHour;
    let interval = Number.isFinite(perHour)
      ? Math.ceil((3_600_000 * envs) / (perHour * (this.o.budgetShare ?? 0.4)))
      : min;
    if (Number.isFinite(perHour)) {
      const left = budget.remaining();
      if (left.hour < envs * 2) interval = Math.max(interval, left.resetAt - this.o.clock.now());
      else if (left.hour < perHour * 0.2) interval *= 2;
    }
    return Math.min(max, Math.max(min, interval));
  }

  /** Current counters (for status pages and the benchmark). */
  stats(): DeploymentObserverStats {
    return { ...this.counters, webhooks: { ...this.counters.webhooks } };
  }

  /** The newest deployment seen of every watched service. */
  currentDeployments(): ObservedDeployment[] {
    return [...this.current.values()];
  }

  async start(sink: ObservationSink, signal: AbortSignal): Promise<void> {
    this.sink = sink;
    this.signal = AbortSignal.any([signal, this.stopper.signal]);
    await this.sweepAll(this.signal);
    this.loop = this.run(this.signal);
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      this.counters.intervalMs = this.intervalMs();
      try {
        await this.o.clock.sleep(this.counters.intervalMs, signal);
      } catch {
        return;
      }
      await this.sweepAll(signal);
    }
  }

  async scanOnce(): Promise<Observation[]> {
    const seen: Observation[] = [];
    const outer = this.sink;
    this.sink = (o) => {
      seen.push(o);
      outer?.(o);
    };
    try {
      await this.sweepAll(this.signal ?? this.stopper.signal);
    } finally {
      this.sink = outer;
    }
    return seen;
  }

  async stop(): Promise<void> {
    this.stopper.abort(new Error("observer stopped"));
    await Promise.allSettled([this.loop, ...this.following.values(), ...this.looks.values()]);
  }

  /** Resolves once every webhook look and follow started so far has finished (tests, --once). */
  async settled(): Promise<void> {
    while (this.looks.size > 0) await Promise.allSettled([...this.looks.values()]);
  }

  private async sweepAll(signal: AbortSignal): Promise<void> {
    for (const env of this.ownedEnvironments()) {
      if (signal.aborted) return;
      try {
        await this.sweepEnvironment(env, "sweep", signal);
      } catch (error) {
        if (!signal.aborted) this.o.onError?.(error, `sweep of environment ${env}`);
      }
    }
    this.counters.sweeps++;
    this.counters.lastSweepAt = new Date(this.o.clock.now()).toISOString();
  }

  /** One request: the newest deployments of every service of the environment. */
  async sweepEnvironment(environmentId: string, source: ObservationSource, signal: AbortSignal): Promise<void> {
    const count = this.services().filter((s) => s.environmentId === environmentId).length;
    const first = this.o.pageSize ?? Math.min(100, Math.max(20, count * 2));
    this.counters.sweepRequests++;
    const { deployments } = await this.o.client.request(
      AutopilotSweepDocument,
      { environmentId, first, statusNotIn: LEFT_OUT },
      { signal, timeoutMs: this.o.requestTimeoutMs ?? 15_000 },
    );
    // Newest first: the first node of a service is its current deployment.
    const newestOf = new Set<string>();
    for (const { node } of deployments.edges) {
      const key = node.serviceId ? serviceKey(node.environmentId, node.serviceId) : "";
      const newest = key !== "" && !newestOf.has(key);
      if (newest) newestOf.add(key);
      this.record(observed(node), source, newest);
    }
  }

  /** The targeted look a webhook triggers: the deployment as Railway reports it now. */
  async lookAtDeployment(id: string, signal: AbortSignal): Promise<void> {
    this.counters.looks++;
    const { deployment } = await this.o.client.request(
      AutopilotDeploymentLookDocument,
      { id },
      { signal, timeoutMs: this.o.requestTimeoutMs ?? 15_000 },
    );
    this.record(observed(deployment), "webhook", undefined);
  }

  /**
   * Records what was seen; emits a deployment observation when its status changed, or when it is
   * the service's newest deployment seen for the first time. `newest` undefined = decide by createdAt.
   */
  private record(d: ObservedDeployment, source: ObservationSource, newest: boolean | undefined): void {
    const service = this.watched(d.environmentId, d.serviceId);
    if (!service) return;
    const key = serviceKey(d.environmentId, d.serviceId);
    const before = this.byId.get(d.id);
    const cur = this.current.get(key);
    const isNewest = newest ?? (!cur || cur.id === d.id || Date.parse(d.createdAt) >= Date.parse(cur.createdAt));
    this.byId.set(d.id, d);
    if (isNewest) this.current.set(key, d);
    let emit = false;
    let previous: ObservedDeployment | undefined;
    if (before) {
      emit = before.status !== d.status;
      previous = before;
    } else if (isNewest) {
      emit = true;
      previous = cur && cur.id !== d.id ? cur : undefined;
    }
    if (emit) {
      const observation: Observation = {
        kind: "deployment",
        at: new Date(this.o.clock.now()).toISOString(),
        source,
        service,
        deployment: d,
      };
      if (previous) observation.previous = previous;
      this.sink?.(observation);
      this.o.tap?.(observation);
    }
    if (isDeploymentStatus(d.status) && !isTerminal(d.status)) this.followInFlight(d);
  }

  private followInFlight(d: ObservedDeployment): void {
    if (this.o.follow === false || this.following.has(d.id) || !this.signal || this.signal.aborted) return;
    if (this.following.size >= (this.o.maxFollows ?? 20)) return;
    const signal = this.signal;
    this.counters.follows++;
    const api = new RailwayDeployApi(this.o.client);
    const task = followDeployment(api, d.id, {
      clock: this.o.clock,
      timeoutMs: this.o.followTimeoutMs ?? 45 * 60_000,
      signal,
      onProgress: (p) => {
        if (p.kind === "status") this.record(observed(p.snapshot), "subscription", undefined);
      },
    })
      .then((outcome) => {
        if (outcome.last) this.record(observed(outcome.last), "subscription", undefined);
      })
      .catch((error: unknown) => {
        if (!signal.aborted) this.o.onError?.(error, `following deployment ${d.id}`);
      })
      .finally(() => this.following.delete(d.id));
    this.following.set(d.id, task);
  }

  /**
   * A webhook body (size-limited and authenticated by the server). Malformed → not accepted, with
   * the reason. Valid → accepted, and a targeted look starts at once (coalesced per deployment or
   * environment); a webhook of a project, environment or service not watched here is accepted and
   * ignored. Nothing is ever decided from the body itself.
   */
  async receiveWebhook(body: unknown): Promise<WebhookReceipt> {
    const parsed = parseRailwayWebhook(body);
    if (!parsed.ok) {
      this.counters.webhooks.rejected++;
      return { accepted: false, reason: parsed.reason };
    }
    const { resource } = parsed.webhook;
    const signal = this.signal;
    const envId = resource.environment?.id;
    const ours =
      envId !== undefined && environmentsOf(this.services()).includes(envId) && (!this.o.owns || this.o.owns(envId));
    if (!signal || signal.aborted || !ours || (resource.service && !this.watched(envId, resource.service.id))) {
      this.counters.webhooks.ignored++;
      return { accepted: true };
    }
    this.counters.webhooks.accepted++;
    const deploymentId = resource.deployment?.id;
    const key = deploymentId ? `d:${deploymentId}` : `e:${envId}`;
    if (!this.looks.has(key)) {
      const look = (
        deploymentId ? this.lookAtDeployment(deploymentId, signal) : this.sweepEnvironment(envId, "webhook", signal)
      )
        .catch((error: unknown) => {
          if (!signal.aborted) this.o.onError?.(error, `look after webhook ${parsed.webhook.type}`);
        })
        .finally(() => this.looks.delete(key));
      this.looks.set(key, look);
    }
    return { accepted: true };
  }
}

function observed(node: SweepNode | DeploymentSnapshot): ObservedDeployment {
  const d: ObservedDeployment = {
    id: node.id,
    serviceId: node.serviceId ?? "",
    environmentId: node.environmentId,
    status: node.status,
    createdAt: node.createdAt,
    updatedAt: node.statusUpdatedAt ?? node.updatedAt,
    canRollback: node.canRollback,
  };
  const commit = node.meta?.commitHash;
  if (typeof commit === "string") d.commitHash = commit;
  return d;
}
