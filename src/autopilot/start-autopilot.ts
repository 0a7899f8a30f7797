/**
 * `startAutopilot(options)`: the autopilot as a user starts it. Config → one Railway client per
 * token → store (PGlite by default, Postgres with DATABASE_URL) → watched services → every
 * observer (deployments, health checks, logs, metrics) → engine → HTTP API, with environment
 * leases when several replicas share a Postgres store. `stop()` closes everything it opened.
 */
import { randomUUID } from "node:crypto";
import { type Config, connectRailway, loadConfig, resolveTarget } from "../config/index.js";
import { type Clock, redact, registerSecret } from "../core/index.js";
import { joinUrl, parseResolveList, serviceUrl } from "../deploy/index.js";
import {
  type AutopilotServiceInstancesQuery,
  AutopilotServiceInstancesDocument,
  paginate,
  type RailwayClient,
} from "../railway/index.js";
import { createDoraSource, type DoraSourceView } from "../report/index.js";
import { parseListenAddress, resolveApiToken } from "../server/index.js";
import { openStore, type Store } from "../store/index.js";
import { healthCheckFor, type ResolvedAutopilotConfig, resolveAutopilotConfig } from "./autopilot-config.js";
import { type AutopilotHandle, composeAutopilot } from "./compose-autopilot.js";
import { createDaemonEscalation } from "./daemon-escalation.js";
import type { ProbesStatus, WatchedService } from "./contract.js";
import { createAutopilotEngine } from "./engine/autopilot-engine.js";
import { environmentLease, environmentOfLease, LeaseManager } from "./leases/index.js";
import {
  createObservers,
  discoverServices,
  environmentsOf,
  type HealthCheck,
  type HealthObserver,
  serviceKey,
} from "./observe/index.js";

export interface StartAutopilotOptions {
  /** railpilot.yaml to read (default: ./railpilot.yaml in cwd, or RAILPILOT_CONFIG). Ignored with `config`. */
  configPath?: string;
  /** Directory the config is looked up and resolved in. Default: process.cwd(). */
  cwd?: string;
  /** Environment variables to read (RAILWAY_*, DATABASE_URL, ERROR_MONITOR_*, RAILPILOT_*). Default: process.env. */
  env?: Record<string, string | undefined>;
  /** An already loaded config (wins over configPath). */
  config?: Config;
  /** Decide and record, never act. Default: RAILPILOT_DRY_RUN / autopilot.policy.dryRun. */
  dryRun?: boolean;
  /** host:port of the HTTP API (port 0: any free one), or false for `handler` only. Default: RAILPILOT_LISTEN, autopilot.listen, 0.0.0.0:$PORT, else 127.0.0.1:8080. */
  listen?: string | false;
  /** One observe → decide → act cycle (result in `onceResult`); no observers run. */
  once?: boolean;
  /** The clock waits follow. Default: the emulator's when RAILPILOT_CLOCK_URL is set, else the system's. */
  clock?: Clock;
  /** Where the daemon's log lines go (already redacted). Default: JSON lines on stderr. */
  log?: (line: Record<string, unknown>) => void;
  /** Longest a graceful stop waits for each part (real time). Default 10 s. */
  stopTimeoutMs?: number;
  /** Aborting it stops the autopilot (like calling stop()). */
  signal?: AbortSignal;
  /** This replica's id among several (leases). Default: RAILPILOT_REPLICA_ID, else a random one. */
  replicaId?: string;
}

/** Where the API listens by default: on Railway (PORT set) every interface on that port, elsewhere loopback. */
export function defaultListen(env: Record<string, string | undefined>): string {
  const port = env.PORT?.trim();
  return port && /^\d{1,5}$/.test(port) ? `0.0.0.0:${port}` : "127.0.0.1:8080";
}

function defaultLog(line: Record<string, unknown>): void {
  process.stderr.write(`${redact(JSON.stringify({ component: "railpilot-autopilot", ...line }))}\n`);
}

/**
 * The health checks to run: a service with a domain and a path (configured, or its Railway
 * healthcheckPath). One request per 100 services of an environment, not one per service: at 500
 * services a request each would spend half the Hobby plan's hourly budget before watching began.
 */
async function healthChecks(
  client: RailwayClient,
  config: ResolvedAutopilotConfig,
  services: readonly WatchedService[],
): Promise<Array<{ service: WatchedService; check: HealthCheck }>> {
  type Instance = AutopilotServiceInstancesQuery["environment"]["serviceInstances"]["edges"][number]["node"];
  const instances = new Map<string, Instance>();
  for (const environmentId of environmentsOf(services)) {
    const pages = paginate(
      client,
      AutopilotServiceInstancesDocument,
      { environmentId },
      (r) => r.environment.serviceInstances,
      { pageSize: 100 },
    );
    for await (const node of pages) instances.set(serviceKey(environmentId, node.serviceId), node);
  }
  const checks: Array<{ service: WatchedService; check: HealthCheck }> = [];
  for (const service of services) {
    const instance = instances.get(serviceKey(service.environmentId, service.serviceId));
    const base = serviceUrl(instance, undefined);
    const h = healthCheckFor(config, service.serviceName);
    const path = h.path ?? instance?.healthcheckPath ?? undefined;
    if (!base || !path) continue;
    checks.push({
      service,
      check: {
        url: joinUrl(base, path),
        intervalMs: h.intervalMs,
        timeoutMs: h.timeoutMs,
        failureThreshold: h.failureThreshold,
        successThreshold: h.successThreshold,
        ...(h.expectedStatus !== undefined ? { expectStatus: h.expectedStatus } : {}),
        ...(h.jsonPath ? { json: h.jsonPath } : {}),
        ...(h.maxLatencyMs !== undefined ? { latencyLimitMs: h.maxLatencyMs } : {}),
      },
    });
  }
  return checks;
}

/** The health observer's per-service counts summed for the status endpoint. */
function probesStatus(stats: ReturnType<HealthObserver["stats"]>, services: readonly WatchedService[]): ProbesStatus {
  const name = (s: { environmentId: string; serviceId: string }) =>
    services.find((w) => w.environmentId === s.environmentId && w.serviceId === s.serviceId)?.serviceName ??
    s.serviceId;
  return {
    checks: stats.length,
    ok: stats.reduce((n, s) => n + s.ok, 0),
    failed: stats.reduce((n, s) => n + s.failed, 0),
    inconclusive: stats.reduce((n, s) => n + s.inconclusive, 0),
    inconclusiveServices: stats.filter((s) => s.reported === "inconclusive").map(name),
  };
}

/**
 * GET /api/v1/dora: the DORA report of the first watched environment (the first target), from
 * Railway's deployment history. The environment is looked up on the first request, not at start.
 */
function doraOf(
  client: RailwayClient,
  config: Config,
  first: WatchedService,
  clock: Clock,
): (window: { since: number; until: number }) => Promise<DoraSourceView> {
  let source: Promise<(window: { since: number; until: number }) => Promise<DoraSourceView>> | undefined;
  return async (window) => {
    source ??= resolveTarget(client, config, { project: first.projectId, environment: first.environmentId }).then(
      (target) => createDoraSource({ client, target, clock }),
      (error: unknown) => {
        source = undefined;
        throw error;
      },
    );
    return (await source)(window);
  };
}

/**
 * Starts the autopilot: returns once the API listens and the observers run (or, with `once`,
 * after the single cycle). Bad input (no token, a public address without an API token) throws
 * before anything is opened.
 */
export async function startAutopilot(options: StartAutopilotOptions = {}): Promise<AutopilotHandle> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? defaultLog;
  const config =
    options.config ?? loadConfig({ cwd, env, ...(options.configPath ? { configPath: options.configPath } : {}) });
  const resolved = resolveAutopilotConfig(config.autopilot, env);
  const dryRun = options.dryRun ?? resolved.policy.dryRun;
  const autopilotConfig = { ...resolved, policy: { ...resolved.policy, dryRun } };
  const listen =
    options.once === true
      ? false
      : (options.listen ?? (env.RAILPILOT_LISTEN?.trim() || config.autopilot?.listen || defaultListen(env)));
  const apiToken = resolved.apiToken;
  // Checked before connecting to anything: a public address needs a configured token.
  if (listen !== false) resolveApiToken(apiToken, parseListenAddress(listen).host);
  if (apiToken) registerSecret(apiToken);

  const opened: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const close of opened.reverse()) await close().catch(() => {});
    opened.length = 0;
  };
  try {
    // The store opens before anything connects: starting the embedded database can hold the event
    // loop for seconds, long enough for the server to drop an idle pooled connection under the
    // client, whose first request then fails with ECONNRESET and backs off on the clock; on a
    // virtual clock nobody advances, that backoff never ended and the daemon never got ready.
    const databaseUrl = resolved.store.databaseUrl ?? config.store.databaseUrl;
    const store: Store = await openStore(
      databaseUrl
        ? // RAILPILOT_STORE_SCHEMA: a Postgres schema of its own (several apps or test runs on one database).
          { databaseUrl, ...(env.RAILPILOT_STORE_SCHEMA?.trim() ? { schema: env.RAILPILOT_STORE_SCHEMA.trim() } : {}) }
        : { dataDir: resolved.store.dataDir ?? config.store.dataDir },
    );
    opened.push(() => store.close());
    const railway = await connectRailway(config, {
      clockUrl: env.RAILPILOT_CLOCK_URL,
      ...(options.clock ? { clock: options.clock } : {}),
    });
    opened.push(() => railway.close());
    const { client, clock } = railway;

    const targets = resolved.targets.map((t) => ({
      environment: t.environment,
      ...(t.projectId ? { project: t.projectId } : {}),
      ...(t.services ? { services: t.services } : {}),
    }));
    const services = await discoverServices(client, config, targets);
    const fromConfig = Object.entries(config.deploy.resolve).map(([hostPort, address]) => `${hostPort}:${address}`);
    const resolve = parseResolveList([...fromConfig, ...(env.RAILPILOT_RESOLVE ? [env.RAILPILOT_RESOLVE] : [])]);
    const replicaId = options.replicaId ?? (env.RAILPILOT_REPLICA_ID?.trim() || `replica-${randomUUID().slice(0, 8)}`);
    const onError = (error: unknown, context: string) =>
      log({ level: "warn", msg: error instanceof Error ? error.message : String(error), context });

    // An environment whose lease comes to this replica (another died or stopped) may hold an
    // action that replica decided but did not finish: the engine resumes it once it exists.
    let heldBefore = new Set<string>();
    let resumeEnvironments: ((environmentIds: string[]) => void) | undefined;
    const leasesGained = (held: readonly string[]) => {
      const gained = held.filter((r) => !heldBefore.has(r)).flatMap((r) => environmentOfLease(r) ?? []);
      heldBefore = new Set(held);
      if (gained.length > 0) resumeEnvironments?.(gained);
    };
    // Several replicas share a Postgres store: each acts only on the environments it leases.
    const leases =
      databaseUrl && !options.once
        ? new LeaseManager({
            store,
            clock,
            replicaId,
            ttlMs: resolved.leaseTtlMs,
            onChange: (held) => {
              log({ level: "info", msg: "leases changed", held });
              leasesGained(held);
            },
            onError: (error) => onError(error, "leases"),
          })
        : undefined;
    const owns = leases ? (environmentId: string) => leases.holds(environmentLease(environmentId)) : undefined;

    const enabled = resolved.enabled;
    const watched = createObservers({
      client,
      clock,
      services,
      ...(owns ? { owns } : {}),
      health: { checks: enabled ? await healthChecks(client, resolved, services) : [], resolve },
      logs: enabled ? { scanIntervalMs: resolved.intervalSeconds * 1000 } : false,
      metrics: enabled ? {} : false,
      onError,
    });
    const engine = createAutopilotEngine({
      store,
      clock,
      client,
      config: autopilotConfig,
      services,
      observers: watched.observers,
      webhookHandler: (body) => watched.receiveWebhook(body),
      // /api/v1/patterns: what the logs observer's tracker has seen.
      ...(watched.logs ? { patterns: async (query) => watched.logs?.patternViews(query) ?? [] } : {}),
      resolve,
      replicaId,
      ...(owns ? { owns } : {}),
      log: (msg) => log({ level: "info", msg }),
    });
    await engine.start();
    resumeEnvironments = (environmentIds) => {
      void engine.resume(environmentIds).catch((error: unknown) => onError(error, "resume"));
    };
    // Escalations (issues, notifications) follow the engine's decisions without holding it.
    const escalation = options.once ? undefined : await createDaemonEscalation({ config, env, clock, store, log });
    if (escalation) {
      const unsubscribe = engine.subscribe((event) => escalation.onEvent(event));
      opened.push(async () => {
        unsubscribe();
        await escalation.close();
      });
    }
    const health = watched.health;
    const api: typeof engine = {
      ...engine,
      status: async () => ({
        ...(await engine.status()),
        ...(escalation ? { notifications: escalation.status() } : {}),
        ...(health ? { probes: probesStatus(health.stats(), services) } : {}),
      }),
    };

    const leaseStop = new AbortController();
    let leasing: Promise<void> = Promise.resolve();
    if (leases) {
      const resources = environmentsOf(services).map(environmentLease);
      // The first cycle runs before the observers start, so a lone replica acts from its first sweep.
      await leases.cycle(resources).catch((error: unknown) => onError(error, "leases"));
      leasing = leases.run(() => resources, leaseStop.signal);
    }
    opened.push(async () => {
      leaseStop.abort();
      await leasing;
    });

    const fixes = escalation?.fixes;
    const pilot = await composeAutopilot({
      engine: { api, sink: engine.sink, stop: () => engine.stop() },
      observers: watched.observers,
      http: {
        listen,
        ...(apiToken ? { token: apiToken } : {}),
        ...(fixes ? { fixes: () => fixes.generated() } : {}),
        ...(services[0] ? { dora: doraOf(client, config, services[0], clock) } : {}),
      },
      once: options.once === true,
      clock,
      log,
      ...(options.stopTimeoutMs !== undefined ? { stopTimeoutMs: options.stopTimeoutMs } : {}),
    });
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        await pilot.stop();
        await closeAll();
      })();
      return stopping;
    };
    if (options.signal) {
      if (options.signal.aborted) void stop();
      else options.signal.addEventListener("abort", () => void stop(), { once: true });
    }
    return { ...pilot, api: pilot.api, handler: pilot.handler, status: pilot.status, stop };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
