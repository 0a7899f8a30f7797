/**
 * HTTP health probes per watched service, with thresholds. A probe fails when the app answers
 * wrongly (status, JSON assertion), too slowly (latency limit) or not at all once connected. A
 * probe that fails because of the prober's OWN network (DNS failure, connection refused before any
 * answer, local connect timeout) is inconclusive: counted and reported, never a failure on its own.
 * `resolve` entries work like `railpilot deploy --resolve` (curl's host:port:addr).
 */
import http from "node:http";
import https from "node:https";
import { type Clock, operationSignal } from "../../core/index.js";
import { probeTarget, type ResolveEntry } from "../../deploy/index.js";
import type { Observation, ObservationSink, Observer, WatchedService } from "../contract.js";
import { serviceKey } from "./watched-services.js";

export interface HealthCheck {
  /** Absolute URL probed (e.g. https://web-production.up.railway.app/healthz). */
  url: string;
  /** Time between probes (Clock). Default 30 s. */
  intervalMs?: number;
  /** Consecutive failures before `failed` is reported. Default 3. */
  failureThreshold?: number;
  /** Consecutive passes before `ok` is reported again after a failure. Default 2. */
  successThreshold?: number;
  /** Expected HTTP status; default any 2xx/3xx. */
  expectStatus?: number;
  /** Optional JSON assertion on the body: a dotted path (`$.db.status` or `db.status`) and the value it must equal. */
  json?: { path: string; equals: string | number | boolean | null };
  /** Slower than this is a failure. Default: none. */
  latencyLimitMs?: number;
  /** Deadline of one probe (connect + headers + body). Default 5 s. */
  timeoutMs?: number;
}

export interface HealthObserverOptions {
  clock: Clock;
  /** The checks, per watched service. */
  checks: ReadonlyArray<{ service: WatchedService; check: HealthCheck }>;
  resolve?: readonly ResolveEntry[];
  /** Lease filter. Default: all. */
  owns?: (environmentId: string) => boolean;
}

export type ProbeOutcome = { result: "ok" | "failed" | "inconclusive"; detail: string; status?: number; ms: number };

/** Error codes that mean the prober's own network failed before the app could answer. */
const OWN_NETWORK = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "ENETDOWN",
]);

const MAX_BODY = 64 * 1024;

/** Reads a dotted path (`$.a.b.0`) out of parsed JSON. */
export function jsonPathValue(value: unknown, path: string): unknown {
  const parts = path
    .replace(/^\$\.?/, "")
    .split(".")
    .filter(Boolean);
  let cur: unknown = value;
  for (const p of parts) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** One probe against the check (wall-clock deadline: it bounds real I/O), classified. */
export function probeCheck(
  check: HealthCheck,
  resolve: readonly ResolveEntry[] = [],
  signal?: AbortSignal,
): Promise<ProbeOutcome> {
  const target = probeTarget(check.url, resolve);
  const timeoutMs = check.timeoutMs ?? 5_000;
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const op = operationSignal(signal, timeoutMs);
  return new Promise((resolveOutcome) => {
    const done = (outcome: ProbeOutcome) => {
      op.dispose();
      resolveOutcome(outcome);
    };
    let connected = false;
    let answered = false;
    const lib = target.protocol === "https:" ? https : http;
    const req = lib.request({
      host: target.address,
      port: target.port,
      path: target.path,
      method: "GET",
      headers: { host: target.hostHeader, "user-agent": "railpilot-autopilot-probe", accept: "application/json, */*" },
      servername: target.servername,
      agent: false,
      signal: op.signal,
    });
    req.on("socket", (socket) => {
      if (!socket.connecting) connected = true;
      socket.once("connect", () => {
        connected = true;
      });
    });
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (d: Buffer) => {
        size += d.length;
        if (size <= MAX_BODY) chunks.push(d);
      });
      res.on("error", () => undefined);
      res.on("close", () => {
        if (!res.complete)
          return done({
            result: "failed",
            detail: op.timedOut()
              ? `no complete answer within ${timeoutMs} ms`
              : "connection closed before the body ended",
            status: res.statusCode,
            ms: ms(),
          });
        done(judge(check, res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), ms()));
      });
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (answered) return;
      const code = e.code ?? "";
      if (signal?.aborted) return done({ result: "inconclusive", detail: "cancelled", ms: ms() });
      if (!connected && (OWN_NETWORK.has(code) || op.timedOut())) {
        return done({
          result: "inconclusive",
          detail: op.timedOut()
            ? `could not connect within ${timeoutMs} ms (prober network)`
            : `prober network: ${code}`,
          ms: ms(),
        });
      }
      done({
        result: "failed",
        detail: op.timedOut()
          ? `no answer within ${timeoutMs} ms`
          : `connection failed after connect: ${code || e.message}`,
        ms: ms(),
      });
    });
    req.end();
  });
}

function judge(check: HealthCheck, status: number, body: string, ms: number): ProbeOutcome {
  const statusOk = check.expectStatus !== undefined ? status === check.expectStatus : status >= 200 && status < 400;
  if (!statusOk)
    return {
      result: "failed",
      detail: `HTTP ${status}${check.expectStatus !== undefined ? ` (expected ${check.expectStatus})` : ""}`,
      status,
      ms,
    };
  if (check.latencyLimitMs !== undefined && ms > check.latencyLimitMs)
    return { result: "failed", detail: `answered in ${ms} ms, over the ${check.latencyLimitMs} ms limit`, status, ms };
  if (check.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { result: "failed", detail: "body is not JSON", status, ms };
    }
    const got = jsonPathValue(parsed, check.json.path);
    if (got !== check.json.equals)
      return {
        result: "failed",
        detail: `${check.json.path} is ${JSON.stringify(got) ?? "missing"}, expected ${JSON.stringify(check.json.equals)}`,
        status,
        ms,
      };
  }
  return { result: "ok", detail: `HTTP ${status} in ${ms} ms`, status, ms };
}

interface ProbeState {
  service: WatchedService;
  check: HealthCheck;
  failures: number;
  passes: number;
  inconclusive: number;
  /** What was last reported: starts unknown, so the first threshold crossing is reported. */
  reported: "ok" | "failed" | "inconclusive" | undefined;
  counts: { ok: number; failed: number; inconclusive: number };
}

export class HealthObserver implements Observer {
  readonly name = "health";
  private readonly o: HealthObserverOptions;
  private readonly states = new Map<string, ProbeState>();
  private sink: ObservationSink | undefined;
  private readonly stopper = new AbortController();
  private loops: Promise<void>[] = [];

  constructor(options: HealthObserverOptions) {
    this.o = options;
    for (const { service, check } of options.checks) {
      probeTarget(check.url, options.resolve); // validates the URL up front (UsageError)
      this.states.set(serviceKey(service.environmentId, service.serviceId), {
        service,
        check,
        failures: 0,
        passes: 0,
        inconclusive: 0,
        reported: undefined,
        counts: { ok: 0, failed: 0, inconclusive: 0 },
      });
    }
  }

  /** Probe counts per service (inconclusive ones included) for status pages. */
  stats(): Array<{
    serviceId: string;
    environmentId: string;
    ok: number;
    failed: number;
    inconclusive: number;
    reported: string | null;
  }> {
    return [...this.states.values()].map((s) => ({
      serviceId: s.service.serviceId,
      environmentId: s.service.environmentId,
      ...s.counts,
      reported: s.reported ?? null,
    }));
  }

  async start(sink: ObservationSink, signal: AbortSignal): Promise<void> {
    this.sink = sink;
    const all = AbortSignal.any([signal, this.stopper.signal]);
    for (const state of this.states.values()) this.loops.push(this.loop(state, all));
  }

  private async loop(state: ProbeState, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      if (!this.o.owns || this.o.owns(state.service.environmentId)) {
        const obs = await this.probe(state, signal);
        if (obs && !signal.aborted) this.sink?.(obs);
      }
      try {
        await this.o.clock.sleep(state.check.intervalMs ?? 30_000, signal);
      } catch {
        return;
      }
    }
  }

  /** One probe of one service; returns the observation to report when a threshold was crossed. */
  private async probe(state: ProbeState, signal: AbortSignal): Promise<Observation | undefined> {
    const outcome = await probeCheck(state.check, this.o.resolve, signal);
    if (signal.aborted) return undefined;
    state.counts[outcome.result]++;
    const { check } = state;
    let report: "ok" | "failed" | "inconclusive" | undefined;
    let consecutive = 0;
    if (outcome.result === "ok") {
      state.passes++;
      state.failures = 0;
      state.inconclusive = 0;
      consecutive = state.passes;
      if (state.reported !== "ok" && (state.reported === undefined || state.passes >= (check.successThreshold ?? 2)))
        report = "ok";
    } else if (outcome.result === "failed") {
      state.failures++;
      state.passes = 0;
      consecutive = state.failures;
      if (state.reported !== "failed" && state.failures >= (check.failureThreshold ?? 3)) report = "failed";
    } else {
      // Inconclusive: neither a pass nor a failure; the failure streak neither grows nor resets.
      state.inconclusive++;
      consecutive = state.inconclusive;
      if (
        state.reported !== "inconclusive" &&
        state.reported !== "failed" &&
        state.inconclusive >= (check.failureThreshold ?? 3)
      )
        report = "inconclusive";
    }
    if (!report) return undefined;
    state.reported = report;
    return {
      kind: "health",
      at: new Date(this.o.clock.now()).toISOString(),
      source: "probe",
      service: state.service,
      result: report,
      consecutive,
      detail: outcome.detail,
    };
  }

  async scanOnce(): Promise<Observation[]> {
    const out: Observation[] = [];
    for (const state of this.states.values()) {
      if (this.o.owns && !this.o.owns(state.service.environmentId)) continue;
      const outcome = await probeCheck(state.check, this.o.resolve, this.stopper.signal);
      out.push({
        kind: "health",
        at: new Date(this.o.clock.now()).toISOString(),
        source: "probe",
        service: state.service,
        result: outcome.result,
        consecutive: 1,
        detail: outcome.detail,
      });
    }
    return out;
  }

  async stop(): Promise<void> {
    this.stopper.abort(new Error("observer stopped"));
    await Promise.allSettled(this.loops);
  }
}
