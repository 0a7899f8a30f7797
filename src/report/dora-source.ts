/**
 * The DORA report as the daemon's API serves it (`GET /api/v1/dora`): the report over a window,
 * with a weekly trend, cached so a dashboard left open does not spend the request budget: one
 * report costs 1 listing page per 100 deployments + `phaseSamples` deploymentEvents requests.
 */
import type { Target } from "../config/index.js";
import type { Clock } from "../core/index.js";
import type { RailwayClient } from "../railway/index.js";
import { buildDoraReport } from "./build-report.js";
import type { DoraReport, DoraTrendPoint } from "./dora.js";

export interface DoraSourceOptions {
  client: RailwayClient;
  target: Target;
  clock: Clock;
  /** How long one report is reused. Default 10 minutes. */
  cacheMs?: number;
  /** Deployments whose phases are read per report. Default 20. */
  phaseSamples?: number;
  /** Deployment ids the store recorded as rolled back. */
  rolledBack?: () => Promise<ReadonlySet<string>>;
}

export interface DoraSourceView extends DoraReport {
  trend: DoraTrendPoint[];
  /** Railway requests the report cost when it was computed. */
  requests: number;
}

const WEEK_MS = 7 * 86_400_000;

export function createDoraSource(
  options: DoraSourceOptions,
): (window: { since: number; until: number }) => Promise<DoraSourceView> {
  const cacheMs = options.cacheMs ?? 600_000;
  const cache = new Map<number, { at: number; view: Promise<DoraSourceView> }>();
  return (window) => {
    const days = Math.round((window.until - window.since) / 86_400_000);
    const hit = cache.get(days);
    if (hit && options.clock.now() - hit.at < cacheMs) return hit.view;
    const view = (async () => {
      const report = await buildDoraReport({
        client: options.client,
        target: options.target,
        since: window.since,
        until: window.until,
        phaseSamples: options.phaseSamples ?? 20,
        trendBucketMs: WEEK_MS,
        ...(options.rolledBack ? { rolledBack: await options.rolledBack() } : {}),
      });
      return {
        since: report.since,
        until: report.until,
        overall: report.overall,
        services: report.services,
        trend: report.trend ?? [],
        requests: report.requests.railwayHistory + report.requests.railwayPhases,
      };
    })();
    cache.set(days, { at: options.clock.now(), view });
    view.catch(() => cache.delete(days));
    return view;
  };
}
