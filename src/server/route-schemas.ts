/**
 * zod schemas of what the HTTP API takes and answers. They validate requests at the process
 * boundary and are the single source of `/openapi.json` (converted with `z.toJSONSchema`).
 * They mirror the plain-data shapes of src/autopilot/contract.ts.
 */
import { z } from "zod";
import { DECISION_KINDS } from "../autopilot/contract.js";

export const decisionStatusSchema = z.enum([
  "decided",
  "dry_run",
  "pending_approval",
  "approved",
  "rejected",
  "suppressed",
  "executed",
  "verified",
  "failed",
]);

export const watchedServiceSchema = z.object({
  projectId: z.string(),
  environmentId: z.string(),
  environmentName: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
});

export const observedDeploymentSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  environmentId: z.string(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  commitHash: z.string().optional(),
  canRollback: z.boolean().optional(),
});

export const decisionViewSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(DECISION_KINDS),
  status: decisionStatusSchema,
  service: watchedServiceSchema,
  deploymentId: z.string().optional(),
  causeKey: z.string(),
  reasons: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()),
  guard: z.enum(["cooldown", "budget", "kill_switch", "flapping", "dry_run", "approval"]).optional(),
});

export const actionViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["rollback", "restart", "scale_memory", "check_dependency", "escalate"]),
  serviceId: z.string(),
  deploymentId: z.string().nullable(),
  decision: z.string(),
  status: z.enum(["pending", "sent", "succeeded", "failed", "verified"]),
  reason: z.string(),
  at: z.string(),
});

export const serviceViewSchema = watchedServiceSchema.extend({
  state: z.enum(["healthy", "deploying", "failing", "degraded", "unknown"]),
  currentDeployment: observedDeploymentSchema.optional(),
  lastDecision: z.object({ id: z.string(), kind: z.enum(DECISION_KINDS), at: z.string() }).optional(),
});

export const patternViewSchema = z.object({
  id: z.string(),
  template: z.string(),
  count: z.number(),
  severity: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  serviceId: z.string().optional(),
  deploymentId: z.string().optional(),
  sample: z.string(),
  history: z.array(z.number()).optional().describe("lines per 5-minute interval over the last 2 hours, oldest first"),
});

const stateSchema = z.enum(["ok", "failing"]);
export const notificationsStatusSchema = z
  .object({
    issues: z
      .object({ state: stateSchema, consecutiveFailures: z.number(), lastError: z.string().nullable() })
      .nullable(),
    channels: z.array(
      z.object({
        name: z.string(),
        state: stateSchema,
        sent: z.number(),
        failed: z.number(),
        consecutiveFailures: z.number(),
        lastError: z.string().nullable(),
        lastErrorAt: z.string().nullable(),
      }),
    ),
    failing: z.array(z.string()).describe("escalation targets that keep failing"),
    queued: z
      .number()
      .describe("escalations waiting in the durable queue (or for a retry) when last looked at, all replicas"),
  })
  .describe("where escalations go (GitHub issues, notification channels) and which keep failing");

export const probesStatusSchema = z
  .object({
    checks: z.number(),
    ok: z.number(),
    failed: z.number(),
    inconclusive: z.number().describe("probes the prober's own network failed (DNS, refused, local timeout)"),
    inconclusiveServices: z.array(z.string()),
  })
  .describe("health probe results since start; inconclusive ones never count as failures");

export const autopilotStatusSchema = z.object({
  enabled: z.boolean(),
  dryRun: z.boolean(),
  killSwitch: z.boolean(),
  approvalMode: z.boolean(),
  intervalSeconds: z.number(),
  lastScanAt: z.string().nullable(),
  lastSweepAt: z.string().nullable(),
  watching: z.object({ environments: z.number(), services: z.number() }),
  counts: z.object({
    decisions: z.number(),
    actions: z.number(),
    escalations: z.number(),
    pendingApprovals: z.number(),
  }),
  budget: z.object({ limitPerHour: z.number(), spentLastHour: z.number(), remaining: z.number() }),
  replicaId: z.string(),
  notifications: notificationsStatusSchema.optional(),
  probes: probesStatusSchema.optional(),
});

export const scanResultSchema = z.object({
  at: z.string(),
  observations: z.number(),
  decisions: z.array(decisionViewSchema),
});

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** `?limit=` on list endpoints: 1..1000. */
const limit = z.coerce.number().int().min(1).max(1000).optional();
/** `?offset=` on list endpoints: items to skip (newest first), 0..100000. */
const offset = z.coerce.number().int().min(0).max(100_000).optional();
export const listQuerySchema = z.object({ serviceId: z.string().min(1).max(200).optional(), limit, offset }).strict();
export const servicesQuerySchema = z.object({ limit, offset, q: z.string().min(1).max(200).optional() }).strict();
export const decisionsQuerySchema = listQuerySchema.extend({ status: decisionStatusSchema.optional() }).strict();
export const decisionIdParamsSchema = z.object({ id: z.string().min(1).max(200) });
export const approveBodySchema = z.object({ by: z.string().min(1).max(200).optional() }).strict();
export const rejectBodySchema = z
  .object({ by: z.string().min(1).max(200).optional(), reason: z.string().max(2000).optional() })
  .strict();
export const killSwitchBodySchema = z.object({ on: z.boolean(), by: z.string().min(1).max(200).optional() }).strict();

/** Error-monitor shapes (the endpoints in-app error monitors expose). */
export const errorMonitorStatusSchema = z.object({
  enabled: z.boolean(),
  dryRun: z.boolean(),
  interval: z.number().describe("seconds between log scans (ERROR_MONITOR_INTERVAL)"),
  lastScanTime: z.string().nullable(),
  servicesWatched: z.number(),
  environmentsWatched: z.number(),
  counts: autopilotStatusSchema.shape.counts,
  killSwitch: z.boolean(),
  approvalMode: z.boolean(),
  notifications: notificationsStatusSchema.optional(),
  probes: probesStatusSchema.optional(),
});
export const criticalErrorsSchema = z.object({ errors: z.array(patternViewSchema) });
export const generatedFixesSchema = z.object({
  fixes: z.array(
    z.object({
      id: z.string(),
      serviceId: z.string(),
      title: z.string(),
      url: z.string().optional(),
      at: z.string(),
      /** opened · reused · refused · skipped · dry_run · failed */
      status: z.string().optional(),
      /** Why it was refused or skipped. */
      reason: z.string().optional(),
      /** The proposed diff (redacted). */
      diff: z.string().optional(),
      fingerprint: z.string().optional(),
    }),
  ),
});
export const healthBodySchema = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.record(z.string(), z.string()),
});

/** The dashboard's own files: a plain name, no path. */
export const dashboardFileParamsSchema = z.object({ file: z.string().regex(/^[a-z-]+\.(?:js|css|html)$/) });
export const loginBodySchema = z.object({ token: z.string().min(1).max(1000) }).strict();
export const sessionSchema = z.object({ csrf: z.string(), expiresAt: z.string() });
export const doraQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(90).optional() }).strict();

const band = z.enum(["elite", "high", "medium", "low"]).nullable();
const doraMetricsSchema = z.looseObject({
  deploymentFrequency: z.looseObject({ perDay: z.number(), band }),
  leadTime: z.looseObject({ medianMs: z.number().nullable(), band, reason: z.string().optional() }),
  changeFailureRate: z.looseObject({ rate: z.number().nullable(), band, reason: z.string().optional() }),
  timeToRestore: z.looseObject({ medianMs: z.number().nullable(), band, reason: z.string().optional() }),
  delivery: z.looseObject({
    successRate: z.number().nullable(),
    averageDurationMs: z.number().nullable(),
    phases: z
      .looseObject({ buildMs: z.number().nullable(), deployMs: z.number().nullable(), samples: z.number() })
      .optional(),
  }),
});
export const doraTrendPointSchema = z.object({
  since: z.string(),
  until: z.string(),
  deploymentsPerDay: z.number(),
  changeFailureRate: z.number().nullable(),
  leadTimeMs: z.number().nullable(),
  timeToRestoreMs: z.number().nullable(),
});
export const doraViewSchema = z.object({
  since: z.string(),
  until: z.string(),
  overall: doraMetricsSchema,
  services: z.array(doraMetricsSchema.extend({ serviceId: z.string(), name: z.string() })),
  trend: z.array(doraTrendPointSchema),
  requests: z.number().describe("Railway requests this report cost"),
});
