/**
 * Railway's project webhook payload (API-NOTES §8): `type` (e.g. "Deployment.crashed",
 * "Alert.memory"), `details`, `resource` {workspace, project, environment, service, deployment},
 * `severity`, `timestamp`. No signature is documented; the server authenticates the receiver URL.
 * A webhook is a hint: the autopilot looks the deployment up through the API and acts on what
 * Railway says there, never on the body.
 */
import { z } from "zod";

const ref = z.looseObject({ id: z.string().min(1).max(200), name: z.string().max(500).optional() });

export const railwayWebhookSchema = z.looseObject({
  type: z.string().min(1).max(200),
  timestamp: z.string().max(100).optional(),
  severity: z.string().max(100).optional(),
  details: z.looseObject({ id: z.string().max(200).optional(), status: z.string().max(100).optional() }).optional(),
  resource: z.looseObject({
    workspace: ref.optional(),
    project: ref,
    environment: ref.optional(),
    service: ref.optional(),
    deployment: ref.optional(),
  }),
});

export type RailwayWebhook = z.infer<typeof railwayWebhookSchema>;

/** Parses a webhook body; the reason names the first wrong field (no body content is echoed). */
export function parseRailwayWebhook(
  body: unknown,
): { ok: true; webhook: RailwayWebhook } | { ok: false; reason: string } {
  const parsed = railwayWebhookSchema.safeParse(body);
  if (parsed.success) return { ok: true, webhook: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join(".") : "body";
  return { ok: false, reason: `not a Railway webhook: ${path}: ${issue?.message ?? "invalid"}` };
}
