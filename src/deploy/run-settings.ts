/**
 * Run options from config and the caller's overrides (a CLI's parsed flags, a daemon's settings):
 * each field from the override when given, else the config (which already holds the defaults,
 * see run-options.ts). Pure.
 */
import { parseResolveList } from "./health-prober.js";
import type { HealthOptions, RunOptions } from "./run-options.js";
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_PROBE_TIMEOUT_MS } from "./run-options.js";

/** The deploy section of the config (src/config's `Config["deploy"]`). */
export interface DeployConfigInput {
  timeoutMs: number;
  healthPath: string | undefined;
  healthChecks: number;
  healthIntervalMs: number;
  rollback: boolean;
  stuckAfterMs: { initializing: number; building: number; deploying: number };
  /** "host:port" → address, as `deploy.resolve` in railpilot.yaml. */
  resolve: Record<string, string>;
}

export interface RunOverrides {
  timeoutMs?: number | undefined;
  healthPath?: string | undefined;
  healthUrl?: string | undefined;
  healthChecks?: number | undefined;
  healthIntervalMs?: number | undefined;
  healthTimeoutMs?: number | undefined;
  /** Extra `host:port:address` entries (after config's, in order; RAILPILOT_RESOLVE style lists allowed). */
  resolve?: readonly string[] | undefined;
  expectedInitMs?: number | undefined;
  expectedBuildMs?: number | undefined;
  expectedDeployMs?: number | undefined;
  pollIntervalMs?: number | undefined;
  rollback?: boolean | undefined;
}

export type RunSettings = Required<Pick<RunOptions, "timeoutMs" | "expected" | "pollIntervalMs" | "rollback">> & {
  health: HealthOptions;
};

export function runSettings(config: DeployConfigInput, overrides: RunOverrides = {}): RunSettings {
  const fromConfig = Object.entries(config.resolve).map(([hostPort, address]) => `${hostPort}:${address}`);
  const healthPath = overrides.healthPath ?? config.healthPath;
  return {
    timeoutMs: overrides.timeoutMs ?? config.timeoutMs,
    expected: {
      INITIALIZING: overrides.expectedInitMs ?? config.stuckAfterMs.initializing,
      BUILDING: overrides.expectedBuildMs ?? config.stuckAfterMs.building,
      DEPLOYING: overrides.expectedDeployMs ?? config.stuckAfterMs.deploying,
    },
    pollIntervalMs: overrides.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    rollback: overrides.rollback ?? config.rollback,
    health: {
      checks: overrides.healthChecks ?? config.healthChecks,
      intervalMs: overrides.healthIntervalMs ?? config.healthIntervalMs,
      timeoutMs: overrides.healthTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
      resolve: parseResolveList([...fromConfig, ...(overrides.resolve ?? [])]),
      ...(healthPath ? { path: healthPath } : {}),
      ...(overrides.healthUrl ? { url: overrides.healthUrl } : {}),
    },
  };
}
