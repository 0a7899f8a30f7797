/**
 * Logs: ONE `environmentLogs` subscription per owned environment (not one per service) feeds the
 * template miner and the error pattern tracker. A periodic scan (`environmentLogs` query, every
 * ERROR_MONITOR_INTERVAL, default 300 s) catches up environments whose stream is down or silent.
 * Per service, the error rate of its current deployment is compared with the pre-deploy baseline
 * (the previous deployment's rate before this one's first line) → `error-rate` observations. For a
 * CRASHED or FAILED deployment the runtime or build logs are fetched → `logs` observations.
 */
import { type Clock, redact } from "../../core/index.js";
import { atLeast, detectSeverity, ErrorPatternTracker } from "../../patterns/index.js";
import {
  BuildLogsDocument,
  DeploymentLogsDocument,
  EnvironmentLogStreamDocument,
  EnvironmentLogsDocument,
  type LogFieldsFragment,
  LogDeduper,
  type RailwayClient,
} from "../../railway/index.js";
import type { Observation, ObservationSink, Observer, PatternView, WatchedService } from "../contract.js";
import { environmentsOf, serviceKey } from "./watched-services.js";

export interface LogsObserverOptions {
  client: RailwayClient;
  clock: Clock;
  services: readonly WatchedService[] | (() => readonly WatchedService[]);
  owns?: (environmentId: string) => boolean;
  /** The fallback scan cadence (ERROR_MONITOR_INTERVAL). Default 300 s. */
  scanIntervalMs?: number;
  /** Open the per-environment subscriptions. Default true (false: scans only). */
  subscribe?: boolean;
  /** How often error rates are evaluated. Default 60 s. */
  evaluateEveryMs?: number;
  /** Window of the current rate. Default 5 min. */
  windowMs?: number;
  /** Window of the baseline before a deployment's first line. Default 30 min. */
  baselineWindowMs?: number;
  /** Shared tracker (so the API can list patterns). Default: a new one. */
  tracker?: ErrorPatternTracker;
  /** Lines fetched for a failed deployment. Default 200. */
  failureLogLines?: number;
  requestTimeoutMs?: number;
  onError?: (error: unknown, context: string) => void;
}

interface ErrorHit {
  at: number;
  patternId: string | undefined;
}

interface ServiceLogState {
  /** Deployments in the order their first line was seen. */
  deployments: Array<{ id: string; firstSeen: number }>;
  errors: Map<string, ErrorHit[]>;
  lastRate: number;
}

const MAX_HITS_PER_DEPLOYMENT = 20_000;

export class LogsObserver implements Observer {
  readonly name = "logs";
  readonly tracker: ErrorPatternTracker;
  private readonly o: LogsObserverOptions;
  private sink: ObservationSink | undefined;
  private readonly stopper = new AbortController();
  private signal: AbortSignal = this.stopper.signal;
  private readonly tasks: Promise<void>[] = [];
  private readonly dedupers = new Map<string, LogDeduper>();
  /** environment → when its stream last delivered (or opened); absent = down. */
  private readonly streamAlive = new Map<string, number>();
  private readonly state = new Map<string, ServiceLogState>();
  private readonly failureLogsFetched = new Set<string>();
  private lastScanAt: number | null = null;
  private startedAt: number | undefined;
  /** environment → the end of its last scanned window. */
  private readonly scannedUntil = new Map<string, number>();
  private readonly counters = { lines: 0, errors: 0, scans: 0, scanRequests: 0, streamsOpened: 0 };

  constructor(options: LogsObserverOptions) {
    this.o = options;
    this.tracker = options.tracker ?? new ErrorPatternTracker();
  }

  private services(): readonly WatchedService[] {
    return typeof this.o.services === "function" ? this.o.services() : this.o.services;
  }

  private ownedEnvironments(): string[] {
    return environmentsOf(this.services()).filter((e) => !this.o.owns || this.o.owns(e));
  }

  stats() {
    return {
      ...this.counters,
      lastScanAt: this.lastScanAt === null ? null : new Date(this.lastScanAt).toISOString(),
      streams: this.streamAlive.size,
    };
  }

  async start(sink: ObservationSink, signal: AbortSignal): Promise<void> {
    this.sink = sink;
    this.signal = AbortSignal.any([signal, this.stopper.signal]);
    this.startedAt = this.o.clock.now();
    if (this.o.subscribe !== false) this.tasks.push(this.superviseStreams(this.signal));
    this.tasks.push(this.every(this.o.scanIntervalMs ?? 300_000, () => this.scan(false), this.signal));
    this.tasks.push(this.every(this.o.evaluateEveryMs ?? 60_000, async () => this.emitRates(), this.signal));
  }

  private async every(ms: number, fn: () => Promise<unknown>, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.o.clock.sleep(ms, signal);
      } catch {
        return;
      }
      try {
        await fn();
      } catch (error) {
        if (!signal.aborted) this.o.onError?.(error, "logs");
      }
    }
  }

  /** Keeps one stream per owned environment open (re-checked every 5 s for lease changes). */
  private async superviseStreams(signal: AbortSignal): Promise<void> {
    const open = new Map<string, AbortController>();
    while (!signal.aborted) {
      const owned = new Set(this.ownedEnvironments());
      for (const env of owned) {
        if (open.has(env)) continue;
        const ctl = new AbortController();
        open.set(env, ctl);
        void this.stream(env, AbortSignal.any([signal, ctl.signal])).finally(() => open.delete(env));
      }
      for (const [env, ctl] of open) if (!owned.has(env)) ctl.abort();
      try {
        await this.o.clock.sleep(5_000, signal);
      } catch {
        break;
      }
    }
    for (const ctl of open.values()) ctl.abort();
  }

  /** One environment's stream, reopened with backoff (on the Clock) when it ends or fails. */
  private async stream(environmentId: string, signal: AbortSignal): Promise<void> {
    let backoff = 1_000;
    while (!signal.aborted) {
      this.counters.streamsOpened++;
      this.streamAlive.set(environmentId, this.o.clock.now());
      this.deduper(environmentId).markReconnect();
      try {
        for await (const batch of this.o.client.subscribe(
          EnvironmentLogStreamDocument,
          { environmentId },
          { signal },
        )) {
          this.streamAlive.set(environmentId, this.o.clock.now());
          backoff = 1_000;
          this.ingest(environmentId, batch.environmentLogs);
        }
      } catch (error) {
        if (!signal.aborted) this.o.onError?.(error, `log stream of environment ${environmentId}`);
      }
      this.streamAlive.delete(environmentId);
      try {
        await this.o.clock.sleep(backoff, signal);
      } catch {
        return;
      }
      backoff = Math.min(60_000, backoff * 2);
    }
  }

  private deduper(environmentId: string): LogDeduper {
    let d = this.dedupers.get(environmentId);
    if (!d) {
      d = new LogDeduper();
      this.dedupers.set(environmentId, d);
    }
    return d;
  }

  /**
   * The fallback scan: an `environmentLogs` query per owned environment whose stream is down or
   * has been silent a whole interval (`all`: every owned environment). Returns lines ingested.
   */
  async scan(all: boolean): Promise<number> {
    const interval = this.o.scanIntervalMs ?? 300_000;
    const now = this.o.clock.now();
    let lines = 0;
    for (const env of this.ownedEnvironments()) {
      const alive = this.streamAlive.get(env);
      if (!all && alive !== undefined && now - alive < interval) continue;
      this.counters.scanRequests++;
      // From the end of the last scanned window (first scan: one interval before the start).
      const from = this.scannedUntil.get(env) ?? (this.startedAt ?? now) - interval;
      const { environmentLogs } = await this.o.client.request(
        EnvironmentLogsDocument,
        {
          environmentId: env,
          anchorDate: new Date(from).toISOString(),
          afterDate: new Date(now).toISOString(),
          afterLimit: 1_000,
        },
        { signal: this.signal, timeoutMs: this.o.requestTimeoutMs ?? 15_000 },
      );
      this.scannedUntil.set(env, now);
      this.deduper(env).markReconnect();
      lines += this.ingest(env, environmentLogs);
    }
    this.counters.scans++;
    this.lastScanAt = now;
    return lines;
  }

  /** Feeds rows to the miner and tracker; counts errors per service and deployment. */
  ingest(environmentId: string, rows: readonly LogFieldsFragment[]): number {
    const fresh = this.deduper(environmentId).filter(rows);
    for (const row of fresh) {
      this.counters.lines++;
      const serviceId = row.tags?.serviceId ?? undefined;
      const deploymentId = row.tags?.deploymentId ?? undefined;
      const service = serviceId
        ? this.services().find((s) => s.environmentId === environmentId && s.serviceId === serviceId)
        : undefined;
      const at = Date.parse(row.timestamp);
      const ts = Number.isNaN(at) ? this.o.clock.now() : at;
      const message = redact(row.message);
      // A blank line (the gaps of a multi-line crash on stderr) is no evidence of anything.
      if (message.trim() === "") continue;
      const pattern = this.tracker.observe(message, {
        timestamp: ts,
        level: row.severity ?? undefined,
        deploymentId,
        serviceId,
        serviceName: service?.serviceName,
      });
      if (!service || !deploymentId) continue;
      const st = this.serviceState(service);
      if (!st.deployments.some((d) => d.id === deploymentId)) {
        st.deployments.push({ id: deploymentId, firstSeen: ts });
        if (st.deployments.length > 5) {
          const gone = st.deployments.shift();
          if (gone) st.errors.delete(gone.id);
        }
      }
      if (!atLeast(detectSeverity(message, row.severity ?? undefined), "error")) continue;
      this.counters.errors++;
      let hits = st.errors.get(deploymentId);
      if (!hits) {
        hits = [];
        st.errors.set(deploymentId, hits);
      }
      hits.push({ at: ts, patternId: pattern?.patternId });
      if (hits.length > MAX_HITS_PER_DEPLOYMENT) hits.splice(0, hits.length - MAX_HITS_PER_DEPLOYMENT);
    }
    return fresh.length;
  }

  private serviceState(service: WatchedService): ServiceLogState {
    const key = serviceKey(service.environmentId, service.serviceId);
    let st = this.state.get(key);
    if (!st) {
      st = { deployments: [], errors: new Map(), lastRate: 0 };
      this.state.set(key, st);
    }
    return st;
  }

  /** Error rates now vs the pre-deploy baseline, per watched service with errors (or just recovered). */
  errorRates(): Observation[] {
    const now = this.o.clock.now();
    const window = this.o.windowMs ?? 300_000;
    const baselineWindow = this.o.baselineWindowMs ?? 1_800_000;
    const out: Observation[] = [];
    for (const service of this.services()) {
      if (this.o.owns && !this.o.owns(service.environmentId)) continue;
      const st = this.state.get(serviceKey(service.environmentId, service.serviceId));
      const current = st?.deployments.at(-1);
      if (!st || !current) continue;
      const hits = st.errors.get(current.id) ?? [];
      const from = Math.max(now - window, current.firstSeen);
      const recent = hits.filter((h) => h.at >= from && h.at <= now);
      const minutes = Math.max(1, (now - from) / 60_000);
      const rate = recent.length / minutes;
      const previous = st.deployments.at(-2);
      let baseline = 0;
      if (previous) {
        const before = (st.errors.get(previous.id) ?? []).filter(
          (h) => h.at >= current.firstSeen - baselineWindow && h.at < current.firstSeen,
        );
        const span = Math.max(1, Math.min(baselineWindow, current.firstSeen - previous.firstSeen) / 60_000);
        baseline = before.length / span;
      } else {
        const earlier = hits.filter((h) => h.at >= from - baselineWindow && h.at < from);
        const span = Math.max(1, Math.min(baselineWindow, from - current.firstSeen) / 60_000);
        baseline = earlier.length / span;
      }
      if (rate === 0 && st.lastRate === 0) continue;
      st.lastRate = rate;
      const counts = new Map<string, number>();
      for (const h of recent) if (h.patternId) counts.set(h.patternId, (counts.get(h.patternId) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      const obs: Observation = {
        kind: "error-rate",
        at: new Date(now).toISOString(),
        source: "logs",
        service,
        deploymentId: current.id,
        ratePerMinute: round(rate),
        baselinePerMinute: round(baseline),
      };
      if (top) obs.patternId = top;
      out.push(obs);
    }
    return out;
  }

  private emitRates(): void {
    for (const o of this.errorRates()) this.sink?.(o);
  }

  /**
   * For a CRASHED deployment its runtime logs, for a FAILED one its build logs, once per
   * deployment → a `logs` observation (lines redacted, newest last).
   */
  async fetchFailureLogs(
    service: WatchedService,
    deployment: { id: string; status: string },
  ): Promise<Observation | undefined> {
    const phase = deployment.status === "FAILED" ? "build" : deployment.status === "CRASHED" ? "runtime" : undefined;
    if (!phase || this.failureLogsFetched.has(deployment.id)) return undefined;
    this.failureLogsFetched.add(deployment.id);
    const limit = this.o.failureLogLines ?? 200;
    const options = { signal: this.signal, timeoutMs: this.o.requestTimeoutMs ?? 15_000 };
    const rows =
      phase === "build"
        ? (await this.o.client.request(BuildLogsDocument, { deploymentId: deployment.id, limit }, options)).buildLogs
        : (await this.o.client.request(DeploymentLogsDocument, { deploymentId: deployment.id, limit }, options))
            .deploymentLogs;
    const obs: Observation = {
      kind: "logs",
      at: new Date(this.o.clock.now()).toISOString(),
      source: "logs",
      service,
      deploymentId: deployment.id,
      lines: rows.map((r) => redact(r.message)),
      phase,
    };
    this.sink?.(obs);
    return obs;
  }

  /** Tee for the deployment observer's output: fetches the logs of a failed deployment. */
  onObservation(observation: Observation): void {
    if (observation.kind !== "deployment") return;
    const { status } = observation.deployment;
    if (status !== "CRASHED" && status !== "FAILED") return;
    if (this.o.owns && !this.o.owns(observation.service.environmentId)) return;
    void this.fetchFailureLogs(observation.service, observation.deployment).catch((error: unknown) => {
      this.failureLogsFetched.delete(observation.deployment.id);
      if (!this.signal.aborted) this.o.onError?.(error, `logs of deployment ${observation.deployment.id}`);
    });
  }

  /** The tracked error patterns as the API lists them (most frequent first), of one service when asked. */
  patternViews(query: { serviceId?: string; limit?: number } = {}): PatternView[] {
    return this.tracker
      .patterns()
      .filter((p) => !query.serviceId || p.serviceId === query.serviceId)
      .slice(0, query.limit ?? 100)
      .map((p) => ({
        id: p.patternId,
        template: p.template,
        count: p.count,
        severity: p.severity,
        firstSeen: p.firstSeen,
        lastSeen: p.lastSeen,
        ...(p.serviceId ? { serviceId: p.serviceId } : {}),
        ...(p.deploymentId ? { deploymentId: p.deploymentId } : {}),
        sample: p.sample.line,
        history: p.history,
      }));
  }

  async scanOnce(): Promise<Observation[]> {
    await this.scan(true);
    const rates = this.errorRates();
    for (const o of rates) this.sink?.(o);
    return rates;
  }

  async stop(): Promise<void> {
    this.stopper.abort(new Error("observer stopped"));
    await Promise.allSettled(this.tasks);
  }
}

const round = (n: number): number => Math.round(n * 100) / 100;
