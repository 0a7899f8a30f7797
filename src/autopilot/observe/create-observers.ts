/**
 * The observers of one autopilot, wired together: the composition (startAutopilot) calls this
 * once with the shared client, then `start(sink, signal)` on each of `observers`, and routes the
 * webhook receiver to `receiveWebhook`.
 */
import type { Clock } from "../../core/index.js";
import type { ResolveEntry } from "../../deploy/index.js";
import type { ErrorPatternTracker } from "../../patterns/index.js";
import type { RailwayClient } from "../../railway/index.js";
import type { Observer, WatchedService, WebhookReceipt } from "../contract.js";
import { DeploymentObserver, type DeploymentObserverOptions } from "./deployment-observer.js";
import { type HealthCheck, HealthObserver } from "./health-observer.js";
import { LogsObserver, type LogsObserverOptions } from "./logs-observer.js";
import { MetricsObserver, type MetricsObserverOptions } from "./metrics-observer.js";

type Common = "client" | "clock" | "services" | "owns" | "onError";

export interface CreateObserversOptions {
  /** ONE client per token, shared by every observer (and the engine's actors). */
  client: RailwayClient;
  clock: Clock;
  services: readonly WatchedService[] | (() => readonly WatchedService[]);
  /** Lease filter (LeaseManager.holds of environmentLease(id)); default: everything. */
  owns?: (environmentId: string) => boolean;
  deployments?: Partial<Omit<DeploymentObserverOptions, Common | "tap">>;
  /** Health checks per service (none: no health observer). */
  health?: {
    checks: ReadonlyArray<{ service: WatchedService; check: HealthCheck }>;
    resolve?: readonly ResolveEntry[];
  };
  /** false: no logs observer (ERROR_MONITORING_ENABLED=false). scanIntervalMs = ERROR_MONITOR_INTERVAL × 1000. */
  logs?: false | Partial<Omit<LogsObserverOptions, Common>>;
  metrics?: false | Partial<Omit<MetricsObserverOptions, Common>>;
  tracker?: ErrorPatternTracker;
  onError?: (error: unknown, context: string) => void;
}

export interface AutopilotObservers {
  /** Start each with the engine's sink; stop each on shutdown. */
  observers: Observer[];
  deployments: DeploymentObserver;
  health: HealthObserver | undefined;
  logs: LogsObserver | undefined;
  metrics: MetricsObserver | undefined;
  /** For AutopilotApi.receiveWebhook: validates, then looks through the API (never acts on the body). */
  receiveWebhook(body: unknown): Promise<WebhookReceipt>;
}

export function createObservers(options: CreateObserversOptions): AutopilotObservers {
  const common = {
    client: options.client,
    clock: options.clock,
    services: options.services,
    owns: options.owns,
    onError: options.onError,
  };
  const logs =
    options.logs === false
      ? undefined
      : new LogsObserver({ ...common, ...options.logs, tracker: options.tracker ?? options.logs?.tracker });
  const deployments = new DeploymentObserver({
    ...common,
    ...options.deployments,
    tap: logs ? (o) => logs.onObservation(o) : undefined,
  });
  const health =
    options.health && options.health.checks.length > 0
      ? new HealthObserver({
          clock: options.clock,
          checks: options.health.checks,
          resolve: options.health.resolve,
          owns: options.owns,
        })
      : undefined;
  const metrics = options.metrics === false ? undefined : new MetricsObserver({ ...common, ...options.metrics });
  const observers: Observer[] = [deployments];
  if (health) observers.push(health);
  if (logs) observers.push(logs);
  if (metrics) observers.push(metrics);
  return { observers, deployments, health, logs, metrics, receiveWebhook: (body) => deployments.receiveWebhook(body) };
}
