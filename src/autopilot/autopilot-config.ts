// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${NAME} is railpilot.yaml's env reference syntax.
/**
 * The `autopilot` section of railpilot.yaml and the environment names in-app error monitors
 * already use. `autopilotConfigSchema` validates the file (every field optional); the defaults
 * are resolved in one place, `resolveAutopilotConfig`, into the plain numbers the policy and the
 * engine read.
 *
 * This module imports nothing from src/config, so src/config can import it without a cycle.
 */
import { z } from "zod";
import { parseDuration, UsageError } from "../core/index.js";

const DURATION = /^(\d+(\.\d+)?(ms|s|m|h|d))+$/;
const duration = z
  .string({ error: 'expected a duration like "15m"' })
  .trim()
  .regex(DURATION, { error: 'expected a duration like "15m"' })
  .describe('A duration with a unit: "500ms", "10s", "15m", "1h30m".');
const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });
const bool = z.boolean({ error: "expected true or false" });
/**
 * A whole number in [min, max]. Each bound carries its own message: a message given to `z.int`
 * alone would also stand for the range checks ("expected a whole number" for 1000 > 100).
 */
export const wholeNumber = (min: number, max: number, what = "a whole number") =>
  z
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what} of at least ${min}` })
    .max(max, { error: `expected ${what} of at most ${max}` });
const count = (max: number) => wholeNumber(0, max);

export const healthCheckSchema = z
  .strictObject({
    path: z
      .string()
      .trim()
      .startsWith("/", { error: 'expected a path starting with "/"' })
      .describe("Path probed on the service's domain. Default: the service's healthcheckPath, else /.")
      .optional(),
    interval: duration.describe("Time between probes. Default: 30s.").optional(),
    timeout: duration.describe("Per-probe timeout. Default: 5s.").optional(),
    failureThreshold: wholeNumber(1, 100)
      .describe("Consecutive failed probes before the service counts as unhealthy. Default: 3.")
      .optional(),
    successThreshold: wholeNumber(1, 100)
      .describe("Consecutive good probes before it counts as healthy again. Default: 1.")
      .optional(),
    expectedStatus: wholeNumber(100, 599, "an HTTP status")
      .describe("The status a healthy answer has. Default: any 2xx.")
      .optional(),
    jsonPath: z
      .strictObject({
        path: nonEmpty.describe('A dotted path into the JSON body, e.g. "$.status" or "checks.db".'),
        equals: z.union([z.string(), z.number(), z.boolean()]).describe("The value it must have."),
      })
      .describe("An assertion on the JSON body of a healthy answer.")
      .optional(),
    maxLatency: duration.describe("A slower answer counts as failed. Default: none.").optional(),
  })
  .describe("How one service is probed.");

export const autopilotTargetSchema = z
  .strictObject({
    environment: nonEmpty.describe("Environment name or id."),
    projectId: nonEmpty.describe("Project id. Default: the project of railway.projectId / the token.").optional(),
    services: z
      .array(nonEmpty)
      .describe("Service names (or ids) to watch. Default: every service of the environment.")
      .optional(),
  })
  .describe("An environment to watch, whole or some of its services.");

export const autopilotPolicySchema = z
  .strictObject({
    rollback: bool
      .describe("Roll back a deployment that crashed or turned unhealthy after going live. Default: true.")
      .optional(),
    restartFirst: bool.describe("Restart a transient crash once before rolling back. Default: true.").optional(),
    memoryCeilingGb: z
      .number({ error: "expected a number of GB" })
      .positive()
      .max(1024)
      .describe("Highest memory limit the autopilot may raise a service to. Default: 8.")
      .optional(),
    memoryStepGb: z
      .number({ error: "expected a number of GB" })
      .positive()
      .max(256)
      .describe("How much one scaling step adds. Default: 1.")
      .optional(),
    cooldown: duration
      .describe(
        "After an action on a service, no other action on it for this long (a rollback after a restart that did not help is exempt). Default: 5m.",
      )
      .optional(),
    budgetPerServicePerHour: count(1000).describe("Most actions on one service in any hour. Default: 3.").optional(),
    budgetPerHour: count(100_000).describe("Most actions in total in any hour. Default: 20.").optional(),
    flapWindow: duration
      .describe("Window in which repeated actions on one service count as flapping. Default: 30m.")
      .optional(),
    flapThreshold: wholeNumber(2, 100)
      .describe("Actions on one service within flapWindow that mean it oscillates: stop and escalate. Default: 3.")
      .optional(),
    errorSurgeFactor: z
      .number()
      .min(1)
      .max(1000)
      .describe("Error rate this many times the pre-deploy baseline rolls back. Default: 5.")
      .optional(),
    errorInconclusiveFactor: z
      .number()
      .min(1)
      .max(1000)
      .describe("From this many times the baseline up to errorSurgeFactor only escalates. Default: 2.")
      .optional(),
    errorMinPerMinute: z
      .number()
      .min(0)
      .describe("Rates below this never count as a surge. Default: 5 per minute.")
      .optional(),
    approvalMode: bool.describe("Actions wait for approval through the API. Default: false.").optional(),
    dryRun: bool.describe("Decide and record, never act (env RAILPILOT_DRY_RUN). Default: false.").optional(),
    killSwitch: bool.describe("Stop every action (decisions are still recorded). Default: false.").optional(),
  })
  .describe("When the autopilot acts, and how much.");

export const autopilotConfigSchema = z
  .strictObject({
    enabled: bool.describe("Watch at all (env ERROR_MONITORING_ENABLED). Default: true.").optional(),
    interval: duration
      .describe("Log-scan fallback cadence (env ERROR_MONITOR_INTERVAL, in seconds). Default: 300s.")
      .optional(),
    autoFix: bool.describe("Open fix pull requests (env AUTO_FIX_ENABLED). Default: false.").optional(),
    targets: z
      .array(autopilotTargetSchema)
      .describe(
        "What to watch. Default: the environment RAILWAY_TOKEN or RAILWAY_PROJECT_ID + RAILWAY_ENVIRONMENT_ID name.",
      )
      .optional(),
    health: z
      .record(nonEmpty, healthCheckSchema)
      .describe('Health checks per service name; "*" applies to every service without its own.')
      .optional(),
    policy: autopilotPolicySchema.optional(),
    store: z
      .strictObject({
        dataDir: nonEmpty
          .describe("Directory for the embedded database. Default: the store section's, else .railpilot.")
          .optional(),
        databaseUrl: z
          .string()
          .trim()
          .regex(/^postgres(ql)?:\/\//, { error: "expected a postgres:// URL" })
          .describe("Postgres URL, for several replicas (env DATABASE_URL). Use ${ENV_NAME}.")
          .optional(),
      })
      .describe("Where the autopilot keeps decisions and leases. Default: the top-level store section.")
      .optional(),
    leases: z
      .strictObject({
        ttl: duration
          .describe(
            "How long an environment lease lasts without renewal (several replicas on one Postgres store); a crashed replica's environments are taken over within it. Default: 30s.",
          )
          .optional(),
      })
      .optional(),
    listen: z
      .string()
      .trim()
      .regex(/^[^\s:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/, { error: 'expected "host:port"' })
      .describe("Address of the HTTP API. Default: 127.0.0.1:8080.")
      .optional(),
    api: z
      .strictObject({
        token: nonEmpty
          .describe("Bearer token of the HTTP API (env RAILPILOT_API_TOKEN). Use ${ENV_NAME}, never a literal.")
          .optional(),
      })
      .optional(),
  })
  .describe("The autopilot daemon (`railpilot autopilot`).");

export type AutopilotFileConfig = z.infer<typeof autopilotConfigSchema>;

/** One service's health check with every default filled in. */
export interface ResolvedHealthCheck {
  path: string | undefined;
  intervalMs: number;
  timeoutMs: number;
  failureThreshold: number;
  successThreshold: number;
  expectedStatus: number | undefined;
  jsonPath: { path: string; equals: string | number | boolean } | undefined;
  maxLatencyMs: number | undefined;
}

/** The policy knobs as numbers: what `decide` reads. */
export interface PolicyKnobs {
  rollback: boolean;
  restartFirst: boolean;
  memoryCeilingGb: number;
  memoryStepGb: number;
  cooldownMs: number;
  budgetPerServicePerHour: number;
  budgetPerHour: number;
  flapWindowMs: number;
  flapThreshold: number;
  errorSurgeFactor: number;
  errorInconclusiveFactor: number;
  errorMinPerMinute: number;
  /** Consecutive failed probes that make a service unhealthy (the "*" health check's threshold). */
  unhealthyAfter: number;
  approvalMode: boolean;
  dryRun: boolean;
  killSwitch: boolean;
}

export interface ResolvedAutopilotConfig {
  enabled: boolean;
  intervalSeconds: number;
  autoFix: boolean;
  targets: { environment: string; projectId?: string; services?: string[] }[];
  health: Record<string, ResolvedHealthCheck>;
  policy: PolicyKnobs;
  store: { dataDir?: string; databaseUrl?: string };
  listen: string;
  apiToken: string | undefined;
  /** Environment lease bound (autopilot.leases.ttl), ms. */
  leaseTtlMs: number;
}

export const DEFAULT_POLICY: PolicyKnobs = {
  rollback: true,
  restartFirst: true,
  memoryCeilingGb: 8,
  memoryStepGb: 1,
  cooldownMs: 5 * 60_000,
  budgetPerServicePerHour: 3,
  budgetPerHour: 20,
  flapWindowMs: 30 * 60_000,
  flapThreshold: 3,
  errorSurgeFactor: 5,
  errorInconclusiveFactor: 2,
  errorMinPerMinute: 5,
  unhealthyAfter: 3,
  approvalMode: false,
  dryRun: false,
  killSwitch: false,
};

export const DEFAULT_HEALTH_CHECK: ResolvedHealthCheck = {
  path: undefined,
  intervalMs: 30_000,
  timeoutMs: 5_000,
  failureThreshold: 3,
  successThreshold: 1,
  expectedStatus: undefined,
  jsonPath: undefined,
  maxLatencyMs: undefined,
};

export const DEFAULT_LISTEN = "127.0.0.1:8080";
export const DEFAULT_INTERVAL_SECONDS = 300;
export const DEFAULT_LEASE_TTL_MS = 30_000;

function envBool(env: Record<string, string | undefined>, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return undefined;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new UsageError(`${name}="${env[name]}" is not true or false`, { hint: `Set ${name} to true or false.` });
}

function envSeconds(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new UsageError(`${name}="${raw}" is not a whole number of seconds`, {
      hint: `Set ${name} to seconds, e.g. 300.`,
    });
  return Number(raw);
}

function resolveHealth(
  h: z.infer<typeof healthCheckSchema> | undefined,
  base: ResolvedHealthCheck,
): ResolvedHealthCheck {
  if (!h) return base;
  return {
    path: h.path ?? base.path,
    intervalMs: h.interval ? parseDuration(h.interval) : base.intervalMs,
    timeoutMs: h.timeout ? parseDuration(h.timeout) : base.timeoutMs,
    failureThreshold: h.failureThreshold ?? base.failureThreshold,
    successThreshold: h.successThreshold ?? base.successThreshold,
    expectedStatus: h.expectedStatus ?? base.expectedStatus,
    jsonPath: h.jsonPath ?? base.jsonPath,
    maxLatencyMs: h.maxLatency ? parseDuration(h.maxLatency) : base.maxLatencyMs,
  };
}

/**
 * Every default, in one place. Environment wins over the file for the names in-app monitors use
 * (ERROR_MONITORING_ENABLED, ERROR_MONITOR_INTERVAL, AUTO_FIX_ENABLED, RAILPILOT_DRY_RUN,
 * RAILPILOT_API_TOKEN, DATABASE_URL). Throws a UsageError naming a malformed variable.
 */
export function resolveAutopilotConfig(
  file: AutopilotFileConfig | undefined,
  env: Record<string, string | undefined> = {},
): ResolvedAutopilotConfig {
  const f = autopilotConfigSchema.parse(file ?? {});
  const p = f.policy ?? {};
  const star = resolveHealth(f.health?.["*"], DEFAULT_HEALTH_CHECK);
  const health: Record<string, ResolvedHealthCheck> = { "*": star };
  for (const [name, h] of Object.entries(f.health ?? {})) if (name !== "*") health[name] = resolveHealth(h, star);
  const policy: PolicyKnobs = {
    rollback: p.rollback ?? DEFAULT_POLICY.rollback,
    restartFirst: p.restartFirst ?? DEFAULT_POLICY.restartFirst,
    memoryCeilingGb: p.memoryCeilingGb ?? DEFAULT_POLICY.memoryCeilingGb,
    memoryStepGb: p.memoryStepGb ?? DEFAULT_POLICY.memoryStepGb,
    cooldownMs: p.cooldown ? parseDuration(p.cooldown) : DEFAULT_POLICY.cooldownMs,
    budgetPerServicePerHour: p.budgetPerServicePerHour ?? DEFAULT_POLICY.budgetPerServicePerHour,
    budgetPerHour: p.budgetPerHour ?? DEFAULT_POLICY.budgetPerHour,
    flapWindowMs: p.flapWindow ? parseDuration(p.flapWindow) : DEFAULT_POLICY.flapWindowMs,
    flapThreshold: p.flapThreshold ?? DEFAULT_POLICY.flapThreshold,
    errorSurgeFactor: p.errorSurgeFactor ?? DEFAULT_POLICY.errorSurgeFactor,
    errorInconclusiveFactor: Math.min(
      p.errorInconclusiveFactor ?? DEFAULT_POLICY.errorInconclusiveFactor,
      p.errorSurgeFactor ?? DEFAULT_POLICY.errorSurgeFactor,
    ),
    errorMinPerMinute: p.errorMinPerMinute ?? DEFAULT_POLICY.errorMinPerMinute,
    unhealthyAfter: star.failureThreshold,
    approvalMode: p.approvalMode ?? DEFAULT_POLICY.approvalMode,
    dryRun: envBool(env, "RAILPILOT_DRY_RUN") ?? p.dryRun ?? DEFAULT_POLICY.dryRun,
    killSwitch: p.killSwitch ?? DEFAULT_POLICY.killSwitch,
  };
  const databaseUrl = env.DATABASE_URL?.trim() || f.store?.databaseUrl;
  return {
    enabled: envBool(env, "ERROR_MONITORING_ENABLED") ?? f.enabled ?? true,
    intervalSeconds:
      envSeconds(env, "ERROR_MONITOR_INTERVAL") ??
      (f.interval ? Math.max(1, Math.round(parseDuration(f.interval) / 1000)) : DEFAULT_INTERVAL_SECONDS),
    autoFix: envBool(env, "AUTO_FIX_ENABLED") ?? f.autoFix ?? false,
    targets: (f.targets ?? []).map((t) => ({
      environment: t.environment,
      ...(t.projectId ? { projectId: t.projectId } : {}),
      ...(t.services ? { services: t.services } : {}),
    })),
    health,
    policy,
    store: { ...(f.store?.dataDir ? { dataDir: f.store.dataDir } : {}), ...(databaseUrl ? { databaseUrl } : {}) },
    listen: f.listen ?? DEFAULT_LISTEN,
    apiToken: env.RAILPILOT_API_TOKEN?.trim() || f.api?.token,
    leaseTtlMs: f.leases?.ttl ? parseDuration(f.leases.ttl) : DEFAULT_LEASE_TTL_MS,
  };
}

/** The health check of one service: its own, else the "*" one, else the defaults. */
export function healthCheckFor(config: ResolvedAutopilotConfig, serviceName: string): ResolvedHealthCheck {
  return config.health[serviceName] ?? config.health["*"] ?? DEFAULT_HEALTH_CHECK;
}
