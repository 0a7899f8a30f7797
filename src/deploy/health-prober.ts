/**
 * Probes a service over HTTP after Railway says it is live. Railway stops health-checking once
 * traffic has switched, so a deployment that dies a minute later still reads SUCCESS: these probes
 * are what catches it.
 *
 * `resolve` works like `curl --resolve`: it sends a request for `host:port` to another address
 * while keeping the Host header (and TLS server name), so `*.up.railway.app` names can reach the
 * emulator's app server. Every probe has its own deadline for the complete answer (a trickling body
 * does not extend it) and stops at once when the caller's signal aborts; waits between probes use
 * the Clock.
 */
import http from "node:http";
import https from "node:https";
import { type Clock, operationSignal, RailpilotError, UsageError } from "../core/index.js";
import { isNotSentCode } from "../core/transport-codes.js";
import type { HealthSummary } from "./deploy-verdict.js";
import {
  DEFAULT_HEALTH_CHECKS,
  DEFAULT_HEALTH_INTERVAL_MS,
  DEFAULT_INCONCLUSIVE_BUDGET_MS,
  DEFAULT_PROBE_TIMEOUT_MS,
} from "./run-options.js";

export interface ResolveEntry {
  /** Host name to match; `*.example.com` matches any subdomain. */
  host: string;
  /** Port to match (the URL's port, 443/80 by default). `*` matches any. */
  port: number | "*";
  /** Address to connect to instead. */
  address: string;
  /** Port to connect to instead (default: the URL's port). */
  targetPort?: number;
  /** Scheme to use instead (e.g. plain http to a local stand-in). */
  protocol?: "http:" | "https:";
}

/**
 * Parses one `host:port:addr` mapping (curl's form) or the extended forms
 * `host:port:addr:targetPort` and `host:port:http://addr:targetPort`.
 */
export function parseResolveEntry(text: string): ResolveEntry {
  const m = /^(\*\.[^:]+|[^:*]+):(\d+|\*):(?:(https?):\/\/)?(\[[^\]]+\]|[^:]+)(?::(\d+))?\/?$/.exec(text.trim());
  if (!m) {
    throw new UsageError(`resolve entry "${text}" is not host:port:address`, {
      hint: 'Write it as host:port:address (as curl does), e.g. "web-production.up.railway.app:443:127.0.0.1" or "*.up.railway.app:443:http://127.0.0.1:8080".',
    });
  }
  const entry: ResolveEntry = {
    host: (m[1] as string).toLowerCase(),
    port: m[2] === "*" ? "*" : Number(m[2]),
    address: (m[4] as string).replace(/^\[|\]$/g, ""),
  };
  if (m[5]) entry.targetPort = Number(m[5]);
  if (m[3]) entry.protocol = `${m[3]}:` as "http:" | "https:";
  return entry;
}

/** Parses a list of entries; `RAILPILOT_RESOLVE` style values may be comma separated. */
export function parseResolveList(values: readonly string[]): ResolveEntry[] {
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean)
    .map(parseResolveEntry);
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith("*.")) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

export interface ProbeTarget {
  protocol: "http:" | "https:";
  address: string;
  port: number;
  hostHeader: string;
  servername: string;
  path: string;
}

/** Where a request for `url` really goes, after the resolve mapping. */
export function probeTarget(url: string, resolve: readonly ResolveEntry[] = []): ProbeTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new UsageError(`health URL "${url}" is not a URL`, {
      cause,
      hint: "Pass an absolute URL, e.g. https://api.example.com/healthz.",
    });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UsageError(`health URL "${url}" must be http or https`, { hint: "Pass an http:// or https:// URL." });
  }
  const protocol = parsed.protocol;
  const port = parsed.port ? Number(parsed.port) : protocol === "https:" ? 443 : 80;
  const host = parsed.hostname.toLowerCase();
  const entry = resolve.find((e) => hostMatches(e.host, host) && (e.port === "*" || e.port === port));
  return {
    protocol: entry?.protocol ?? protocol,
    address: entry?.address ?? host,
    port: entry?.targetPort ?? port,
    hostHeader: parsed.port ? `${host}:${parsed.port}` : host,
    servername: host,
    path: `${parsed.pathname}${parsed.search}`,
  };
}

export interface ProbeResult {
  ok: boolean;
  status?: number;
  error?: string;
  ms: number;
  /**
   * The probe failed on the prober's own network before any HTTP answer: the name did not
   * resolve (ENOTFOUND, EAI_AGAIN), no route (ENETUNREACH, EHOSTUNREACH), the connection was
   * refused or not made in time. It says nothing about the service: neither a pass nor a failure.
   */
  inconclusive?: boolean;
}

/**
 * One GET, 200–399 passes. `timeoutMs` bounds the WHOLE exchange (connect, headers and body; wall
 * clock, since it bounds real I/O): a server that trickles its body a byte at a time never resets
 * it. `signal` cancels the probe at once.
 */
export function probeOnce(target: ProbeTarget, timeoutMs: number, signal?: AbortSignal): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const op = operationSignal(signal, timeoutMs);
  const abort = op.signal;
  const why = (fallback: string) =>
    signal?.aborted ? "cancelled" : op.timedOut() ? `no complete answer within ${timeoutMs} ms` : fallback;
  // Whether a connection was made: a deadline before it is the prober's network, not the service.
  let connected = false;
  return new Promise((settle) => {
    const resolvePromise = (result: ProbeResult) => {
      op.dispose();
      settle(result);
    };
    if (abort.aborted) return resolvePromise({ ok: false, error: why("aborted"), ms: 0 });
    const lib = target.protocol === "https:" ? https : http;
    const req = lib.request(
      {
        host: target.address,
        port: target.port,
        path: target.path,
        method: "GET",
        headers: { host: target.hostHeader, "user-agent": "railpilot-health-probe", accept: "*/*" },
        servername: target.servername,
        // The idle-socket timeout stays as a second guard; the deadline is `abort`.
        timeout: timeoutMs,
        agent: false,
        signal: abort,
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolvePromise({ ok: status >= 200 && status < 400, status, ms: elapsed() });
        });
        res.on("error", (e) => resolvePromise({ ok: false, error: why(e.message), ms: elapsed() }));
        // An abort after the headers destroys the response without an 'error' on some Node versions.
        res.on("close", () => {
          if (!res.complete)
            resolvePromise({ ok: false, error: why("connection closed before the body ended"), ms: elapsed() });
        });
      },
    );
    req.on("socket", (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once("connect", () => (connected = true));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (e) => {
      const code = (e as NodeJS.ErrnoException).code;
      const notConnected = !connected && !signal?.aborted;
      if (notConnected && (isNotSentCode(code) || code === "ETIMEDOUT" || op.timedOut())) {
        const what = code && code !== "ABORT_ERR" ? code : `no connection within ${timeoutMs} ms`;
        return resolvePromise({ ok: false, error: what, ms: elapsed(), inconclusive: true });
      }
      resolvePromise({ ok: false, error: why(code ?? e.message), ms: elapsed() });
    });
    req.end();
  });
}

export interface ProbeOptions {
  url: string;
  /** Number of probes. Default DEFAULT_HEALTH_CHECKS (3). */
  checks?: number;
  /** Clock time between probes. Default DEFAULT_HEALTH_INTERVAL_MS (5 s). */
  intervalMs?: number;
  /** Per-probe deadline for the whole answer, body included. Default DEFAULT_PROBE_TIMEOUT_MS (5 s). */
  timeoutMs?: number;
  /**
   * Clock time inconclusive probes are retried for (counted from the first probe). Default: the
   * larger of DEFAULT_INCONCLUSIVE_BUDGET_MS and checks × interval.
   */
  inconclusiveBudgetMs?: number;
  resolve?: readonly ResolveEntry[];
  clock: Clock;
  signal?: AbortSignal;
  /** Called after each probe (progress display). */
  onProbe?: (index: number, result: ProbeResult) => void;
}

/**
 * Probes `url` until `checks` probes have passed, `intervalMs` apart. Unhealthy at the first
 * failure that reached the service (an HTTP status, or a connection that broke after it was made).
 * A probe that failed on the prober's own network is inconclusive: it is retried while the budget
 * lasts, and when the budget runs out first the summary is inconclusive (see `healthVerdict`).
 */
export async function probeHealth(options: ProbeOptions): Promise<HealthSummary> {
  const checks = options.checks ?? DEFAULT_HEALTH_CHECKS;
  const interval = options.intervalMs ?? DEFAULT_HEALTH_INTERVAL_MS;
  const budget = options.inconclusiveBudgetMs ?? Math.max(DEFAULT_INCONCLUSIVE_BUDGET_MS, checks * interval);
  const target = probeTarget(options.url, options.resolve);
  const summary: HealthSummary = { url: options.url, checks, passed: 0, failures: [] };
  const started = options.clock.now();
  for (let i = 0; summary.passed < checks; i++) {
    if (i > 0) await options.clock.sleep(interval, options.signal);
    if (options.signal?.aborted)
      throw new RailpilotError("ABORTED", "health probing was cancelled", { cause: options.signal.reason });
    const result = await probeOnce(target, options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS, options.signal);
    if (options.signal?.aborted)
      throw new RailpilotError("ABORTED", "health probing was cancelled", { cause: options.signal.reason });
    options.onProbe?.(i, result);
    if (result.ok) summary.passed++;
    else if (result.inconclusive) {
      summary.inconclusive = [...(summary.inconclusive ?? []), result.error ?? "no connection"];
      if (options.clock.now() - started + interval > budget) break;
    } else {
      summary.failures.push(result.status !== undefined ? `HTTP ${result.status}` : (result.error ?? "error"));
      break;
    }
  }
  return summary;
}

/** What the probes say: every one passed, one reached the service and failed, or neither. */
export type HealthVerdict = "healthy" | "unhealthy" | "inconclusive";

export function healthVerdict(summary: HealthSummary): HealthVerdict {
  if (summary.checks === 0 || summary.passed >= summary.checks) return "healthy";
  if (summary.failures.length > 0) return "unhealthy";
  return "inconclusive";
}

export function isHealthy(summary: HealthSummary): boolean {
  return healthVerdict(summary) === "healthy";
}
