import { z } from "zod";
import { FAILURE_CAUSES, OUTCOMES } from "./model.js";

/** The body of `POST /_emulator/outcome`: how the service's next deployment ends. */
export const OutcomeRequest = z
  .object({
    serviceId: z.string(),
    outcome: z.enum(OUTCOMES),
    cause: z.enum(FAILURE_CAUSES).optional(),
    afterMs: z.number().min(0).optional(),
    metaCommit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/i, "metaCommit must be a commit sha (7-40 hex characters)")
      .optional(),
    metaImage: z.string().min(1).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    errorsPerMinute: z.number().min(0).max(6000).optional(),
  })
  .refine((b) => b.outcome !== "needs_approval" || (b.cause === undefined && b.afterMs === undefined), {
    message: "needs_approval takes no cause or afterMs: once approved, the deployment succeeds",
  });
export type OutcomeRequest = z.infer<typeof OutcomeRequest>;
