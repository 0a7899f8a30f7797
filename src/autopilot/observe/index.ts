// Public face of the autopilot's observers: they turn Railway (sweep, webhooks, subscriptions),
// health probes, logs and metrics into `Observation`s for the engine's `ObservationSink`.
export {
  DeploymentObserver,
  type DeploymentObserverOptions,
  type DeploymentObserverStats,
} from "./deployment-observer.js";
export { parseRailwayWebhook, type RailwayWebhook, railwayWebhookSchema } from "./railway-webhook.js";
export { discoverServices, environmentsOf, serviceKey, type WatchTarget } from "./watched-services.js";
export {
  type HealthCheck,
  HealthObserver,
  type HealthObserverOptions,
  jsonPathValue,
  type ProbeOutcome,
  probeCheck,
} from "./health-observer.js";
export { LogsObserver, type LogsObserverOptions } from "./logs-observer.js";
export { MetricsObserver, type MetricsObserverOptions } from "./metrics-observer.js";
export { type AutopilotObservers, type CreateObserversOptions, createObservers } from "./create-observers.js";
