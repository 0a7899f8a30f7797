import { randomBytes } from "node:crypto";
import { type Clock, RailpilotError, TimeoutError } from "../core/index.js";
import { RailwayNotFoundError } from "../railway/index.js";
import type { SecretEncoding } from "./spec.js";

/**
 * Railway's quirks that provisioning meets, handled in this one file (the client handles
 * transport-level ones: 429 + Retry-After, and the "too recently updated" cooldown, which it
 * retries with its own backoff; see src/railway/backoff.ts).
 *
 * - A new service is not visible to queries for a while after `serviceCreate` or a template
 *   deploy (API-NOTES §7 and user reports): poll until it is, within a bound.
 * - `variableUpsert` redeploys the service unless `skipDeploys`: set every variable with one
 *   `variableCollectionUpsert({skipDeploys: true})`, then deploy once.
 * - An explicit `null` can unset a field server-side (API-NOTES §9): inputs are built with
 *   `compact`, which drops undefined and null, and the client strips nulls again.
 * - `templateDeployV2` is asynchronous: poll `workflowStatus` (`Running`/`NotFound` mean keep
 *   polling, `Error` ends it; mixed-case values, API-NOTES §3).
 */
export interface QuirkOptions {
  /** How long a new service may take to become visible. Default 120 000 ms. */
  visibilityTimeoutMs?: number;
  /** Poll interval while waiting for visibility. Default 2 000 ms. */
  visibilityIntervalMs?: number;
  /** How long a template workflow may run. Default 180 000 ms (the CLI allows ~120 polls of 1 s). */
  workflowTimeoutMs?: number;
  /** Poll interval for workflowStatus. Default 2 000 ms. */
  workflowIntervalMs?: number;
  /**
   * After writing its marker on a Railway project, how long an apply waits before reading it
   * back (Railway has no compare-and-set: a run that wrote at the same moment shows up within
   * this time, and only the marker that stays wins). Default 2 000 ms.
   */
  lockSettleMs?: number;
  /** How long a run's lock (store row, Railway marker) holds without being renewed. Default 15 min. */
  lockTtlMs?: number;
}

export const DEFAULT_QUIRKS: Required<QuirkOptions> = {
  visibilityTimeoutMs: 120_000,
  visibilityIntervalMs: 2_000,
  workflowTimeoutMs: 180_000,
  workflowIntervalMs: 2_000,
  lockSettleMs: 2_000,
  lockTtlMs: 15 * 60_000,
};

type MaybeKeys<T> = { [K in keyof T]: undefined extends T[K] ? K : null extends T[K] ? K : never }[keyof T];
/** `T` with nullable fields made optional and non-null; required fields stay required. */
export type Compacted<T> = { [K in Exclude<keyof T, MaybeKeys<T>>]: T[K] } & {
  [K in MaybeKeys<T>]?: Exclude<T[K], null | undefined>;
};

/** Drops undefined and null fields: never send a null Railway could read as "unset". */
export function compact<T extends Record<string, unknown>>(input: T): Compacted<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== null) out[k] = v;
  return out as Compacted<T>;
}

/**
 * Polls `probe` until it returns a value (not undefined and not a not-found error), sleeping
 * on the injected clock between tries. Throws a TimeoutError naming `what` past the bound.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  clock: Clock,
  options: { timeoutMs: number; intervalMs: number; signal?: AbortSignal },
): Promise<T> {
  const deadline = clock.now() + options.timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (!(error instanceof RailwayNotFoundError)) throw error;
    }
    if (clock.now() + options.intervalMs > deadline) {
      throw new TimeoutError(
        `${what} did not happen within ${Math.round(options.timeoutMs / 1000)} s`,
        options.timeoutMs,
        {
          hint: "Railway may be slow right now; run the same command again: it resumes where it stopped.",
        },
      );
    }
    await clock.sleep(options.intervalMs, options.signal);
  }
}

/** A template workflow ended in `Error`. */
export class TemplateWorkflowError extends RailpilotError {
  constructor(message: string) {
    super("TEMPLATE_FAILED", message, { hint: "Check the template in Railway's dashboard, then run apply again." });
  }
}

/** A secret value from the OS random source, once. */
export function generateSecret(
  bytes: number,
  encoding: SecretEncoding,
  random: (n: number) => Buffer = randomBytes,
): string {
  return random(bytes).toString(encoding);
}
