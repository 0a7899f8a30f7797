import { randomUUID } from "node:crypto";
import type { Clock } from "../core/index.js";
import { badRequest } from "./emulator-errors.js";
import type { DeploymentRec, DeploymentStatus } from "./model.js";
import type { World } from "./world.js";

/** A project webhook (Railway sets them in the dashboard; the emulator through its control API). */
export interface WebhookRegistration {
  id: string;
  projectId: string;
  url: string;
  /** Only these event types (e.g. "Deployment.crashed"); empty: every event. */
  events: string[];
  createdAt: number;
  delivered: number;
  failed: number;
  retries: number;
}

/** One POST the emulator made (or is making) to a webhook. */
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  url: string;
  type: string;
  /** 1 for the first try. */
  attempt: number;
  state: "pending" | "delivered" | "retrying" | "failed";
  httpStatus: number | null;
  error: string | null;
  /** Emulator time of the last attempt. */
  at: number;
  payload: WebhookPayload;
}

/**
 * The documented payload (API-NOTES §8): `type`, `details`, `resource`, `severity`, `timestamp`.
 * The mapping from a status to `type`/`severity` is the emulator's own (Railway's example is inconsistent).
 */
export interface WebhookPayload {
  type: string;
  details: Record<string, unknown>;
  resource: {
    workspace: { id: string; name: string };
    project: { id: string; name: string };
    environment: { id: string; name: string; isEphemeral: boolean } | null;
    service: { id: string; name: string } | null;
    deployment?: { id: string };
    volume?: { id: string; name: string };
  };
  severity: "CRITICAL" | "WARNING" | "NOTICE" | "INFO";
  timestamp: string;
}

export type AlertKind = "cpu" | "memory" | "volume";

export interface WebhookOptions {
  /** Tries per event, the first included. Default 4 (the first and 3 retries). */
  maxAttempts?: number;
  /** Emulator-clock delay before retry n (1-based); default 1 s, 2 s, 4 s. */
  backoffMs?: (retry: number) => number;
  /** Real-time limit of one POST. Default 5 s. */
  timeoutMs?: number;
  /** POSTs in flight at once; the rest wait in a queue. Default 16. */
  concurrency?: number;
}

const SEVERITY: Partial<Record<DeploymentStatus, WebhookPayload["severity"]>> = {
  FAILED: "CRITICAL",
  CRASHED: "CRITICAL",
  SUCCESS: "INFO",
  REMOVED: "INFO",
  SKIPPED: "NOTICE",
  NEEDS_APPROVAL: "NOTICE",
};

const MAX_DELIVERIES_KEPT = 500;
const MAX_BODY_ERROR = 200;

/**
 * Sends project webhooks: a POST on every deployment status change, and alerts on demand. Delivery
 * never blocks the world: events are queued, POSTed asynchronously with a timeout, and failures
 * (non-2xx/3xx, network errors) are retried a bounded number of times on the emulator's clock,
 * then counted as failed.
 */
export class WebhookDispatcher {
  private hooks = new Map<string, WebhookRegistration>();
  private log: WebhookDelivery[] = [];
  private queue: WebhookDelivery[] = [];
  private inFlight = new Set<Promise<void>>();
  private retryTimers = new Set<() => void>();
  private lastStatus = new Map<string, DeploymentStatus>();
  private detach: () => void = () => {};
  private world: World | undefined;
  private readonly maxAttempts: number;
  private readonly backoffMs: (retry: number) => number;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private closed = false;

  constructor(
    private readonly clock: Clock,
    options: WebhookOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.backoffMs ?? ((n) => 1000 * 2 ** (n - 1));
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.concurrency = options.concurrency ?? 16;
  }

  /** Watches a (new) world; registrations of the previous one are dropped, as its projects are gone. */
  attach(world: World): void {
    this.detach();
    this.world = world;
    this.hooks.clear();
    this.lastStatus.clear();
    for (const cancel of this.retryTimers) cancel();
    this.retryTimers.clear();
    this.queue = [];
    for (const d of world.deployments.values()) this.lastStatus.set(d.id, d.status);
    this.detach = world.events.on("deployment", (dep) => this.onDeployment(dep));
  }

  register(projectId: string, url: string, events: string[] = []): WebhookRegistration {
    const world = this.requireWorld();
    world.getProject(projectId);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest("url must be an absolute http(s) URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw badRequest("url must be an absolute http(s) URL");
    const hook: WebhookRegistration = {
      id: randomUUID(),
      projectId,
      url,
      events,
      createdAt: this.clock.now(),
      delivered: 0,
      failed: 0,
      retries: 0,
    };
    this.hooks.set(hook.id, hook);
    return hook;
  }

  /** Removes a webhook by id, or every webhook of a project; returns how many went. */
  remove(filter: { id?: string; projectId?: string }): number {
    let removed = 0;
    for (const [id, hook] of this.hooks) {
      if ((filter.id && id === filter.id) || (filter.projectId && hook.projectId === filter.projectId)) {
        this.hooks.delete(id);
        removed++;
      }
    }
    return removed;
  }

  list(): WebhookRegistration[] {
    return [...this.hooks.values()];
  }

  /** The latest deliveries, oldest first (up to 500), optionally of one webhook. */
  deliveries(webhookId?: string): WebhookDelivery[] {
    return webhookId ? this.log.filter((d) => d.webhookId === webhookId) : [...this.log];
  }

  /** Waits for every POST in flight (not for retries scheduled on the clock). */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0 || (this.queue.length > 0 && !this.closed)) {
      this.pump();
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /** A CPU/RAM monitor alert or a volume usage alert for a service instance (or volume). */
  alert(input: {
    kind: AlertKind;
    serviceId: string;
    environmentId: string;
    value?: number;
    threshold?: number;
    severity?: WebhookPayload["severity"];
  }): number {
    const world = this.requireWorld();
    const svc = world.getService(input.serviceId, { ignorePropagation: true });
    const env = world.getEnvironment(input.environmentId);
    const inst = world.getInstance(input.serviceId, input.environmentId);
    const resource = this.resourceOf(svc.projectId, env.id, svc.id);
    let details: Record<string, unknown>;
    if (input.kind === "volume") {
      const vi = [...world.volumeInstances.values()].find((v) => v.serviceId === svc.id && v.environmentId === env.id);
      if (!vi) throw badRequest("The service has no volume in this environment");
      const vol = world.volumes.get(vi.volumeId);
      resource.volume = { id: vi.volumeId, name: vol?.name ?? "" };
      const usedPct = input.value ?? 90;
      details = {
        kind: "VOLUME",
        metric: "DISK_USAGE",
        value: usedPct,
        threshold: input.threshold ?? 80,
        unit: "percent",
        sizeMB: vi.sizeMB,
        usedMB: Math.round((vi.sizeMB * usedPct) / 100),
        mountPath: vi.mountPath,
      };
    } else if (input.kind === "memory") {
      const limit = inst.memoryGB ?? 8;
      details = {
        kind: "RAM",
        metric: "MEMORY_USAGE_GB",
        value: input.value ?? Math.round(limit * 0.95 * 100) / 100,
        threshold: input.threshold ?? Math.round(limit * 0.9 * 100) / 100,
        unit: "GB",
        limit,
      };
    } else {
      const limit = inst.vCPUs ?? 8;
      details = {
        kind: "CPU",
        metric: "CPU_USAGE",
        value: input.value ?? Math.round(limit * 0.97 * 100) / 100,
        threshold: input.threshold ?? Math.round(limit * 0.9 * 100) / 100,
        unit: "vCPU",
        limit,
      };
    }
    const payload: WebhookPayload = {
      type: `Alert.${input.kind}`,
      details,
      resource,
      severity: input.severity ?? "WARNING",
      timestamp: new Date(this.clock.now()).toISOString(),
    };
    return this.enqueue(svc.projectId, payload);
  }

  dispose(): void {
    this.closed = true;
    this.detach();
    for (const cancel of this.retryTimers) cancel();
    this.retryTimers.clear();
    this.queue = [];
  }

  private requireWorld(): World {
    if (!this.world) throw badRequest("The emulator has no world yet");
    return this.world;
  }

  private onDeployment(dep: DeploymentRec): void {
    if (this.lastStatus.get(dep.id) === dep.status) return;
    this.lastStatus.set(dep.id, dep.status);
    if (this.hooks.size === 0) return;
    this.enqueue(dep.projectId, this.deploymentPayload(dep));
  }

  private deploymentPayload(dep: DeploymentRec): WebhookPayload {
    const meta = dep.meta;
    const text = (v: unknown) => (typeof v === "string" ? v : null);
    const resource = this.resourceOf(dep.projectId, dep.environmentId, dep.serviceId);
    resource.deployment = { id: dep.id };
    return {
      type: `Deployment.${dep.status.toLowerCase()}`,
      details: {
        id: dep.id,
        source: meta.repo ? "GitHub" : meta.image ? "Docker Image" : "CLI",
        status: dep.status,
        branch: text(meta.branch),
        commitHash: text(meta.commitHash),
        commitAuthor: text(meta.commitAuthor),
        commitMessage: text(meta.commitMessage),
      },
      resource,
      severity: SEVERITY[dep.status] ?? "INFO",
      timestamp: new Date(this.clock.now()).toISOString(),
    };
  }

  private resourceOf(projectId: string, environmentId: string, serviceId: string): WebhookPayload["resource"] {
    const w = this.requireWorld();
    const project = w.projects.get(projectId);
    const workspace = project ? w.workspaces.get(project.workspaceId) : undefined;
    const env = w.environments.get(environmentId);
    const svc = w.services.get(serviceId);
    return {
      workspace: { id: workspace?.id ?? "", name: workspace?.name ?? "" },
      project: { id: projectId, name: project?.name ?? "" },
      environment: env ? { id: env.id, name: env.name, isEphemeral: env.isEphemeral } : null,
      service: svc ? { id: svc.id, name: svc.name } : null,
    };
  }

  private enqueue(projectId: string, payload: WebhookPayload): number {
    let n = 0;
    for (const hook of this.hooks.values()) {
      if (hook.projectId !== projectId) continue;
      if (hook.events.length > 0 && !hook.events.includes(payload.type)) continue;
      const delivery: WebhookDelivery = {
        id: randomUUID(),
        webhookId: hook.id,
        url: hook.url,
        type: payload.type,
        attempt: 0,
        state: "pending",
        httpStatus: null,
        error: null,
        at: this.clock.now(),
        payload,
      };
      this.log.push(delivery);
      if (this.log.length > MAX_DELIVERIES_KEPT) this.log.splice(0, this.log.length - MAX_DELIVERIES_KEPT);
      this.queue.push(delivery);
      n++;
    }
    // Never inside the world's own call stack: the POSTs start on a later turn.
    if (n > 0) queueMicrotask(() => this.pump());
    return n;
  }

  private pump(): void {
    while (!this.closed && this.inFlight.size < this.concurrency && this.queue.length > 0) {
      const delivery = this.queue.shift() as WebhookDelivery;
      const run = this.attempt(delivery).finally(() => {
        this.inFlight.delete(run);
        this.pump();
      });
      this.inFlight.add(run);
    }
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const hook = this.hooks.get(delivery.webhookId);
    delivery.attempt++;
    delivery.at = this.clock.now();
    let ok = false;
    try {
      const res = await fetch(delivery.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "railpilot-emulator-webhooks/1" },
        body: JSON.stringify(delivery.payload),
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      delivery.httpStatus = res.status;
      ok = res.status >= 200 && res.status < 400;
      if (!ok) delivery.error = `HTTP ${res.status}: ${(await res.text().catch(() => "")).slice(0, MAX_BODY_ERROR)}`;
      else await res.body?.cancel().catch(() => undefined);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
      delivery.error = error instanceof Error ? `${error.message}${cause ? ` (${cause})` : ""}` : String(error);
    }
    if (ok) {
      delivery.state = "delivered";
      delivery.error = null;
      if (hook) hook.delivered++;
      return;
    }
    if (delivery.attempt < this.maxAttempts && !this.closed && this.hooks.has(delivery.webhookId)) {
      delivery.state = "retrying";
      if (hook) hook.retries++;
      const cancel = this.clock.schedule(this.backoffMs(delivery.attempt), () => {
        this.retryTimers.delete(cancel);
        this.queue.push(delivery);
        this.pump();
      });
      this.retryTimers.add(cancel);
      return;
    }
    delivery.state = "failed";
    if (hook) hook.failed++;
    process.emitWarning(
      `emulator: webhook ${delivery.type} to ${new URL(delivery.url).origin} failed after ${delivery.attempt} attempts: ${delivery.error}`,
    );
  }
}
