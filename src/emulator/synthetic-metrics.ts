import { DEFAULT_MEMORY_LIMIT_GB } from "./deployment-lifecycle.js";
import type { DeploymentRec, HttpLogRec } from "./model.js";
import type { World } from "./world.js";

/**
 * Memory in use at instant `t` (ms): a deployment with a memory ramp (running out of memory, or a
 * scripted working set) climbs linearly to its peak; a crashed container uses none; else `baseline`.
 */
function memoryAt(ran: DeploymentRec[], t: number, baseline: number): number {
  const dep = ran.find((d) => (d.liveAt as number) <= t);
  if (!dep) return baseline;
  if (dep.status === "CRASHED" && dep.statusUpdatedAt <= t) return 0;
  const ramp = dep.memoryRamp;
  if (!ramp || t < ramp.from) return baseline;
  const share = Math.min(1, (t - ramp.from) / Math.max(1, ramp.until - ramp.from));
  return ramp.startGB + (ramp.peakGB - ramp.startGB) * share;
}

/** A stable pseudo-random number in [0, 1) from a string and an integer. */
function noise(key: string, n: number): number {
  let h = 2166136261 ^ n;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

const MAX_POINTS = 500;

export interface MetricsArgs {
  startDate: string;
  endDate?: string;
  measurements: string[];
  serviceId?: string;
  environmentId?: string;
  projectId?: string;
  groupBy: string[];
  sampleRateSeconds: number | null;
}

/**
 * Plausible resource metrics (CPU in vCPUs, memory in GB, network in GB), stable for a given
 * service and instant. A deployment planned to run out of memory shows memory climbing to its limit.
 */
export function synthMetrics(world: World, args: MetricsArgs) {
  const start = Math.floor(Date.parse(args.startDate) / 1000);
  const end = Math.floor((args.endDate ? Date.parse(args.endDate) : world.now()) / 1000);
  if (Number.isNaN(start) || Number.isNaN(end)) return [];
  let step = Math.max(1, args.sampleRateSeconds ?? 60);
  if ((end - start) / step > MAX_POINTS) step = Math.ceil((end - start) / MAX_POINTS);
  const key = args.serviceId ?? args.environmentId ?? args.projectId ?? "workspace";
  const inst =
    args.serviceId && args.environmentId ? world.findInstance(args.serviceId, args.environmentId) : undefined;
  const active =
    args.serviceId && args.environmentId ? world.activeDeployment(args.serviceId, args.environmentId) : undefined;
  const latest =
    args.serviceId && args.environmentId ? world.latestDeployment(args.serviceId, args.environmentId) : undefined;
  const memLimit = inst?.memoryGB ?? DEFAULT_MEMORY_LIMIT_GB;
  // Deployments that ran, newest first: the one live at an instant is the newest that went live before it.
  const ran =
    args.serviceId && args.environmentId
      ? world.deploymentsOf(args.serviceId, args.environmentId).filter((d) => d.liveAt !== null)
      : [];
  const cpuLimit = inst?.vCPUs ?? 8;
  return args.measurements.map((measurement) => {
    const values: { ts: number; value: number }[] = [];
    for (let ts = start; ts <= end; ts += step) {
      const r = noise(key + measurement, ts);
      let value: number;
      switch (measurement) {
        case "CPU_USAGE":
        case "CPU_USAGE_2":
          value = 0.02 + 0.25 * r;
          break;
        case "MEMORY_USAGE_GB":
          value = memoryAt(ran, ts * 1000, Math.min(0.18 + 0.2 * r, memLimit * 0.9));
          break;
        case "MEMORY_LIMIT_GB":
          value = memLimit;
          break;
        case "CPU_LIMIT":
          value = cpuLimit;
          break;
        case "NETWORK_RX_GB":
        case "NETWORK_TX_GB":
          value = 0.0001 + 0.002 * r;
          break;
        case "DISK_USAGE_GB":
        case "EPHEMERAL_DISK_USAGE_GB":
          value = 0.4 + 0.01 * r;
          break;
        default:
          value = 0;
      }
      values.push({ ts, value: Math.round(value * 10000) / 10000 });
    }
    const tags: Record<string, string | null> = {
      deploymentId: null,
      deploymentInstanceId: null,
      environmentId: null,
      pluginId: null,
      projectId: null,
      region: null,
      serviceId: null,
      volumeId: null,
      volumeInstanceId: null,
    };
    if (args.groupBy.includes("SERVICE_ID")) tags.serviceId = args.serviceId ?? null;
    if (args.groupBy.includes("ENVIRONMENT_ID")) tags.environmentId = args.environmentId ?? null;
    if (args.groupBy.includes("PROJECT_ID")) tags.projectId = args.projectId ?? null;
    if (args.groupBy.includes("DEPLOYMENT_ID")) tags.deploymentId = (active ?? latest)?.id ?? null;
    if (args.groupBy.includes("REGION")) tags.region = inst?.region ?? null;
    return { measurement, tags, values };
  });
}

/** Request counts per step from the traffic the simulated apps really answered. */
export function httpMetricSamples(world: World, args: HttpMetricArgs) {
  const b = bucketed(world, args);
  if (!b) return [];
  return b.starts.map((ts) => ({ ts, value: b.rows.get(ts)?.length ?? 0 }));
}

export interface HttpMetricArgs {
  serviceId: string;
  environmentId: string;
  startDate: string;
  endDate: string;
  stepSeconds: number;
  method?: string;
  path?: string;
  statusCode?: number;
}

/** The buckets of a window (seconds) and the requests of the service that fall into each. */
function bucketed(
  world: World,
  args: HttpMetricArgs,
): { starts: number[]; rows: Map<number, HttpLogRec[]> } | undefined {
  const start = Math.floor(Date.parse(args.startDate) / 1000);
  const end = Math.floor(Date.parse(args.endDate) / 1000);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  let step = Math.max(1, args.stepSeconds);
  if ((end - start) / step > MAX_POINTS) step = Math.ceil((end - start) / MAX_POINTS);
  const starts: number[] = [];
  const rows = new Map<number, HttpLogRec[]>();
  for (let ts = start; ts <= end; ts += step) {
    starts.push(ts);
    rows.set(ts, []);
  }
  for (const dep of world.deploymentsOf(args.serviceId, args.environmentId)) {
    for (const log of world.httpLogs.get(dep.id) ?? []) {
      if (args.method && log.method !== args.method) continue;
      if (args.path && log.path !== args.path) continue;
      if (args.statusCode && log.httpStatus !== args.statusCode) continue;
      const s = Math.floor(log.at / 1000);
      if (s < start || s > end) continue;
      rows.get(start + Math.floor((s - start) / step) * step)?.push(log);
    }
  }
  return { starts, rows };
}

/** httpMetricsGroupedByStatus: one series per status code seen in the window, ordered by code. */
export function httpMetricsByStatus(world: World, args: HttpMetricArgs) {
  const b = bucketed(world, args);
  if (!b) return [];
  const codes = new Set<number>();
  for (const list of b.rows.values()) for (const r of list) codes.add(r.httpStatus);
  return [...codes]
    .sort((x, y) => x - y)
    .map((statusCode) => ({
      statusCode,
      samples: b.starts.map((ts) => ({
        ts,
        value: (b.rows.get(ts) ?? []).filter((r) => r.httpStatus === statusCode).length,
      })),
    }));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/** httpDurationMetrics: p50/p90/p95/p99 of `totalDuration` (ms) per step that had requests. */
export function httpDurationSamples(world: World, args: HttpMetricArgs) {
  const b = bucketed(world, args);
  if (!b) return [];
  const out: { ts: number; p50: number; p90: number; p95: number; p99: number }[] = [];
  for (const ts of b.starts) {
    const durations = (b.rows.get(ts) ?? []).map((r) => r.totalDuration).sort((x, y) => x - y);
    if (durations.length === 0) continue;
    out.push({
      ts,
      p50: percentile(durations, 50),
      p90: percentile(durations, 90),
      p95: percentile(durations, 95),
      p99: percentile(durations, 99),
    });
  }
  return out;
}
