import { z } from "zod";

/** Body of `POST /_emulator/faults`; every field is optional and merges into the current faults. */
export const FaultsInput = z.object({
  http5xx: z
    .object({ count: z.number().int().min(0), status: z.number().int().min(500).max(599).optional() })
    .optional(),
  /** "Problem processing request" answers: HTTP 400 by default (as observed), or a 5xx. */
  problem: z
    .object({
      count: z.number().int().min(0),
      status: z.union([z.literal(400), z.number().int().min(500).max(599)]).optional(),
    })
    .optional(),
  latencyMs: z.number().min(0).optional(),
  htmlBlock: z.object({ count: z.number().int().min(0) }).optional(),
  wsDrop: z.union([z.literal(true), z.object({ afterMessages: z.number().int().min(0).optional() })]).optional(),
  cooldownMs: z.number().min(0).optional(),
  propagationDelayMs: z.number().min(0).optional(),
  rateLimit: z.object({ plan: z.enum(["free", "hobby", "pro", "unlimited"]) }).optional(),
  app: z
    .object({
      serviceId: z.string(),
      latencyMs: z.number().min(0).optional(),
      errorRate: z.number().min(0).max(1).optional(),
    })
    .optional(),
});
export type FaultsInput = z.infer<typeof FaultsInput>;

/** The faults currently injected. */
export class FaultState {
  http5xx = { remaining: 0, status: 503 };
  problem = { remaining: 0, status: 400 };
  latencyMs = 0;
  htmlBlockRemaining = 0;
  /** Close every websocket after it has sent this many messages (null: off). */
  wsDropAfterMessages: number | null = null;
  cooldownMs = 0;
  app = new Map<string, { latencyMs: number; errorRate: number }>();
  private lastMutation = new Map<string, number>();

  /** Takes one 5xx from the budget, if any: the status to answer with. */
  take5xx(): number | undefined {
    if (this.http5xx.remaining <= 0) return undefined;
    this.http5xx.remaining--;
    return this.http5xx.status;
  }

  /** Takes one "Problem processing request" from the budget, if any: the status to answer with. */
  takeProblem(): number | undefined {
    if (this.problem.remaining <= 0) return undefined;
    this.problem.remaining--;
    return this.problem.status;
  }

  takeHtmlBlock(): boolean {
    if (this.htmlBlockRemaining <= 0) return false;
    this.htmlBlockRemaining--;
    return true;
  }

  /**
   * Records a mutation on a service; returns false when one came within the cooldown window
   * ("Endpoint too recently updated").
   */
  touch(serviceId: string, now: number): boolean {
    if (this.cooldownMs <= 0) return true;
    const last = this.lastMutation.get(serviceId);
    if (last !== undefined && now - last < this.cooldownMs) return false;
    this.lastMutation.set(serviceId, now);
    return true;
  }

  clear(): void {
    this.http5xx = { remaining: 0, status: 503 };
    this.problem = { remaining: 0, status: 400 };
    this.latencyMs = 0;
    this.htmlBlockRemaining = 0;
    this.wsDropAfterMessages = null;
    this.cooldownMs = 0;
    this.app.clear();
    this.lastMutation.clear();
  }

  snapshot() {
    return {
      http5xx: { ...this.http5xx },
      problem: { ...this.problem },
      latencyMs: this.latencyMs,
      htmlBlock: { remaining: this.htmlBlockRemaining },
      wsDropAfterMessages: this.wsDropAfterMessages,
      cooldownMs: this.cooldownMs,
      app: Object.fromEntries(this.app),
    };
  }
}
