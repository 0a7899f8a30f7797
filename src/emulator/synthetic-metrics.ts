import type { World } from "./world.js";

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
  const inst = args.serviceId && args.environmentId ? world.findInstance(args.serviceId, args.environmentId) : undefined;
  const active = args.serviceId && args.environmentId ? world.activeDeployment(args.serviceId, args.environmentId) : undefined;
  const latest = args.serviceId && args.environmentId ? world.latestDeployment(args.serviceId, args.environmentId) : undefined;
  const oom = latest?.plan.cause === "out_of_memory";
  const memLimit = inst?.memoryGB ?? 8;
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
          value = oom ? Math.min(memLimit, 0.3 + (memLimit * (ts - start)) / Math.max(1, end - start)) : 0.18 + 0.2 * r;
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
export function httpMetricSamples(
  world: World,
  args: { serviceId: string; environmentId: string; startDate: string; endDate: string; stepSeconds: number; method?: string; path?: string; statusCode?: number },
) {
  const start = Math.floor(Date.parse(args.startDate) / 1000);
  const end = Math.floor(Date.parse(args.endDate) / 1000);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return [];
  let step = Math.max(1, args.stepSeconds);
  if ((end - start) / step > MAX_POINTS) step = Math.ceil((end - start) / MAX_POINTS);
  const buckets = new Map<number, number>();
  for (let ts = start; ts <= end; ts += step) buckets.set(ts, 0);
  for (const dep of world.deploymentsOf(args.serviceId, args.environmentId)) {
    for (const log of world.httpLogs.get(dep.id) ?? []) {
      if (args.method && log.method !== args.method) continue;
      if (args.path && log.path !== args.path) continue;
      if (args.statusCode && log.httpStatus !== args.statusCode) continue;
      const s = Math.floor(log.at / 1000);
      if (s < start || s > end) continue;
      const bucket = start + Math.floor((s - start) / step) * step;
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
  }
  return [...buckets].map(([ts, value]) => ({ ts, value }));
}
