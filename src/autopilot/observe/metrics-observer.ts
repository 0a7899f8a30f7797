/**
 * Memory against the limit, at a low cadence: ONE `metrics` request per owned environment
 * (MEMORY_USAGE_GB and MEMORY_LIMIT_GB grouped by service) → `memory` observations for services
 * at or above `reportAtRatio` of their limit (and once more when they fall back below).
 */
import type { Clock } from "../../core/index.js";
import { AutopilotMemoryDocument, type RailwayClient } from "../../railway/index.js";
import type { Observation, ObservationSink, Observer, WatchedService } from "../contract.js";
import { environmentsOf, serviceKey } from "./watched-services.js";

export interface MetricsObserverOptions {
  client: RailwayClient;
  clock: Clock;
  services: readonly WatchedService[] | (() => readonly WatchedService[]);
  owns?: (environmentId: string) => boolean;
  /** Time between two reads of every owned environment. Default 5 min. */
  intervalMs?: number;
  /** Report a service whose use reaches this fraction of its limit. Default 0.8. */
  reportAtRatio?: number;
  /**
   * When Railway's answer is not split by service (the emulator's is not), at most this many
   * services per environment are read one by one per pass, round-robin. Default 10.
   */
  perServicePerPass?: number;
  /** Sample rate asked of Railway, seconds. Default 60. */
  sampleRateSeconds?: number;
  requestTimeoutMs?: number;
  onError?: (error: unknown, context: string) => void;
}

export class MetricsObserver implements Observer {
  readonly name = "metrics";
  private readonly o: MetricsObserverOptions;
  private sink: ObservationSink | undefined;
  private readonly stopper = new AbortController();
  private signal: AbortSignal = this.stopper.signal;
  private loop: Promise<void> | undefined;
  /** service key → whether it was last reported high. */
  private readonly high = new Map<string, boolean>();
  private readonly counters = { reads: 0, requests: 0 };
  /** environment → next index of the round-robin per-service fallback. */
  private readonly cursor = new Map<string, number>();

  constructor(options: MetricsObserverOptions) {
    this.o = options;
  }

  private services(): readonly WatchedService[] {
    return typeof this.o.services === "function" ? this.o.services() : this.o.services;
  }

  stats() {
    return { ...this.counters };
  }

  async start(sink: ObservationSink, signal: AbortSignal): Promise<void> {
    this.sink = sink;
    this.signal = AbortSignal.any([signal, this.stopper.signal]);
    this.loop = this.run(this.signal);
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.o.clock.sleep(this.o.intervalMs ?? 300_000, signal);
      } catch {
        return;
      }
      for (const o of await this.read()) this.sink?.(o);
    }
  }

  /** One read of every owned environment; returns the observations to report. */
  async read(): Promise<Observation[]> {
    const out: Observation[] = [];
    const now = this.o.clock.now();
    const ratio = this.o.reportAtRatio ?? 0.8;
    this.counters.reads++;
    for (const env of environmentsOf(this.services())) {
      if (this.o.owns && !this.o.owns(env)) continue;
      if (this.signal.aborted) break;
      type Series = {
        measurement: string;
        tags: { serviceId: string | null; deploymentId: string | null };
        values: Array<{ ts: number; value: number }>;
      };
      const ask = async (serviceId?: string): Promise<Series[]> => {
        this.counters.requests++;
        const { metrics } = await this.o.client.request(
          AutopilotMemoryDocument,
          {
            environmentId: env,
            serviceId,
            startDate: new Date(now - 10 * 60_000).toISOString(),
            endDate: new Date(now).toISOString(),
            sampleRateSeconds: this.o.sampleRateSeconds ?? 60,
          },
          { signal: this.signal, timeoutMs: this.o.requestTimeoutMs ?? 15_000 },
        );
        return serviceId ? metrics.map((m) => ({ ...m, tags: { ...m.tags, serviceId } })) : metrics;
      };
      const latest = new Map<string, { used?: number; limit?: number; deploymentId?: string }>();
      const take = (metrics: Series[]) => {
        for (const m of metrics) {
          const serviceId = m.tags.serviceId;
          const last = m.values.at(-1);
          if (!serviceId || !last) continue;
          const entry = latest.get(serviceId) ?? {};
          if (m.measurement === "MEMORY_USAGE_GB") entry.used = last.value;
          if (m.measurement === "MEMORY_LIMIT_GB") entry.limit = last.value;
          if (m.tags.deploymentId) entry.deploymentId = m.tags.deploymentId;
          latest.set(serviceId, entry);
        }
      };
      try {
        take(await ask());
        const mine = this.services().filter((s) => s.environmentId === env);
        if (!mine.some((s) => latest.has(s.serviceId)) && mine.length > 0) {
          // Not split by service: read a bounded round-robin slice one by one.
          const n = Math.min(mine.length, this.o.perServicePerPass ?? 10);
          const at = this.cursor.get(env) ?? 0;
          for (let i = 0; i < n && !this.signal.aborted; i++)
            take(await ask((mine[(at + i) % mine.length] as WatchedService).serviceId));
          this.cursor.set(env, (at + n) % mine.length);
        }
      } catch (error) {
        if (!this.signal.aborted) this.o.onError?.(error, `metrics of environment ${env}`);
        continue;
      }
      for (const service of this.services()) {
        if (service.environmentId !== env) continue;
        const e = latest.get(service.serviceId);
        if (e?.used === undefined || !e.limit) continue;
        const key = serviceKey(env, service.serviceId);
        const isHigh = e.used >= e.limit * ratio;
        if (!isHigh && !this.high.get(key)) continue;
        this.high.set(key, isHigh);
        const obs: Observation = {
          kind: "memory",
          at: new Date(now).toISOString(),
          source: "metrics",
          service,
          usedGb: Math.round(e.used * 1000) / 1000,
          limitGb: e.limit,
        };
        if (e.deploymentId) obs.deploymentId = e.deploymentId;
        out.push(obs);
      }
    }
    return out;
  }

  async scanOnce(): Promise<Observation[]> {
    const out = await this.read();
    for (const o of out) this.sink?.(o);
    return out;
  }

  async stop(): Promise<void> {
    this.stopper.abort(new Error("observer stopped"));
    await Promise.allSettled([this.loop]);
  }
}
