/** The health probes of a live deployment, with the run's options and their defaults. */
import type { HealthSummary } from "./deploy-verdict.js";
import { probeHealth } from "./health-prober.js";
import type { ServiceInstanceInfo } from "./railway-deploy-api.js";
import {
  DEFAULT_HEALTH_CHECKS,
  DEFAULT_HEALTH_INTERVAL_MS,
  DEFAULT_PROBE_TIMEOUT_MS,
  type RunOptions,
} from "./run-options.js";
import { joinUrl } from "./service-url.js";

export async function checkHealth(
  options: RunOptions,
  baseUrl: string | undefined,
  instance: ServiceInstanceInfo | undefined,
): Promise<HealthSummary> {
  const checks = options.health?.checks ?? DEFAULT_HEALTH_CHECKS;
  if (checks === 0) return { url: undefined, checks: 0, passed: 0, failures: [] };
  const path = options.health?.path ?? instance?.healthcheckPath ?? "/";
  const url = options.health?.url ?? (baseUrl ? joinUrl(baseUrl, path) : undefined);
  if (!url) {
    options.onEvent?.({ kind: "note", message: "no public domain and no health URL: health probes skipped" });
    return { url: undefined, checks: 0, passed: 0, failures: [] };
  }
  return probeHealth({
    url,
    checks,
    intervalMs: options.health?.intervalMs ?? DEFAULT_HEALTH_INTERVAL_MS,
    timeoutMs: options.health?.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    ...(options.health?.inconclusiveBudgetMs !== undefined
      ? { inconclusiveBudgetMs: options.health.inconclusiveBudgetMs }
      : {}),
    resolve: options.health?.resolve ?? [],
    clock: options.clock,
    ...(options.signal ? { signal: options.signal } : {}),
    onProbe: (index, result) => options.onEvent?.({ kind: "probe", index, result, url }),
  });
}
