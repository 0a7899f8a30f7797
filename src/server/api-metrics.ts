/**
 * Prometheus metrics of a running autopilot (prom-client, one private registry per server):
 * Railway requests spent and budget left, decisions and actions by kind and result, watch lag,
 * API requests and webhooks received, the process's memory.
 */
import { Counter, Gauge, Registry } from "prom-client";
import type { AutopilotEvent, AutopilotStatus } from "../autopilot/contract.js";

export interface ApiMetrics {
  registry: Registry;
  /** Counts a decision or action event. */
  record(event: AutopilotEvent): void;
  /** Sets the gauges from a status snapshot (called on each scrape). */
  observeStatus(status: AutopilotStatus, nowMs: number): void;
  httpRequest(method: string, route: string, statusCode: number): void;
  webhook(result: "accepted" | "rejected" | "unauthorized" | "invalid"): void;
}

export function createApiMetrics(): ApiMetrics {
  const registry = new Registry();
  const registers = [registry];
  const spent = new Gauge({
    name: "railpilot_railway_requests_spent",
    help: "Railway API requests spent in the last hour",
    registers,
  });
  const remaining = new Gauge({
    name: "railpilot_railway_request_budget_remaining",
    help: "Railway API requests left in this hour's budget",
    registers,
  });
  const limit = new Gauge({
    name: "railpilot_railway_request_budget_per_hour",
    help: "Railway API request budget per hour",
    registers,
  });
  const lag = new Gauge({
    name: "railpilot_watch_lag_seconds",
    help: "Seconds since the last sweep of the watched environments (-1 before the first)",
    registers,
  });
  const services = new Gauge({ name: "railpilot_services_watched", help: "Services watched", registers });
  const environments = new Gauge({ name: "railpilot_environments_watched", help: "Environments watched", registers });
  // The process's own memory (the daemon's RSS target is measured in bench/daemon-rss.md).
  const memory = new Gauge({
    name: "railpilot_process_memory_bytes",
    help: "Memory of the process serving this API: rss, heap_used, heap_total, external",
    labelNames: ["kind"] as const,
    registers,
  });
  const killSwitch = new Gauge({ name: "railpilot_kill_switch", help: "1 when the kill switch is on", registers });
  const pending = new Gauge({ name: "railpilot_pending_approvals", help: "Decisions waiting for approval", registers });
  const decisions = new Counter({
    name: "railpilot_decisions_total",
    help: "Decisions by kind and status",
    labelNames: ["kind", "status"] as const,
    registers,
  });
  const actions = new Counter({
    name: "railpilot_actions_total",
    help: "Actions by kind and status",
    labelNames: ["kind", "status"] as const,
    registers,
  });
  const http = new Counter({
    name: "railpilot_api_requests_total",
    help: "HTTP API requests by route and status code",
    labelNames: ["method", "route", "code"] as const,
    registers,
  });
  const webhooks = new Counter({
    name: "railpilot_webhooks_total",
    help: "Railway webhooks received by result",
    labelNames: ["result"] as const,
    registers,
  });

  const probes = new Gauge({
    name: "railpilot_health_probes",
    help: "Health probe results since start by result (inconclusive: the prober's own network failed)",
    labelNames: ["result"] as const,
    registers,
  });

  return {
    registry,
    record(event) {
      if (event.type === "decision") decisions.inc({ kind: event.decision.kind, status: event.decision.status });
      else if (event.type === "action") actions.inc({ kind: event.action.kind, status: event.action.status });
    },
    observeStatus(status, nowMs) {
      spent.set(status.budget.spentLastHour);
      remaining.set(status.budget.remaining);
      limit.set(status.budget.limitPerHour);
      const last = status.lastSweepAt ? Date.parse(status.lastSweepAt) : Number.NaN;
      lag.set(Number.isFinite(last) ? Math.max(0, (nowMs - last) / 1000) : -1);
      services.set(status.watching.services);
      environments.set(status.watching.environments);
      killSwitch.set(status.killSwitch ? 1 : 0);
      pending.set(status.counts.pendingApprovals);
      const m = process.memoryUsage();
      memory.set({ kind: "rss" }, m.rss);
      memory.set({ kind: "heap_used" }, m.heapUsed);
      memory.set({ kind: "heap_total" }, m.heapTotal);
      memory.set({ kind: "external" }, m.external);
      if (status.probes)
        for (const result of ["ok", "failed", "inconclusive"] as const) probes.set({ result }, status.probes[result]);
    },
    httpRequest(method, route, statusCode) {
      http.inc({ method, route, code: String(statusCode) });
    },
    webhook(result) {
      webhooks.inc({ result });
    },
  };
}
