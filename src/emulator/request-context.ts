import type { AuthScope } from "./auth-scope.js";
import { EmulatorApiError } from "./emulator-errors.js";
import type { MutationRecord } from "./emulator-stats.js";
import type { FaultState } from "./fault-state.js";
import type { World } from "./world.js";

/** What every resolver gets: the world, the caller's scope, and the fault switches. */
export interface RequestContext {
  world: World;
  auth: AuthScope;
  faults: FaultState;
  /** The caller's rate-limit budget (for `apiTokenRateLimit`). */
  rateLimit(): { remaining: number; resetAt: number };
  /** Counts HTTP-app traffic logs etc.; stats of mutations. */
  onMutation(): void;
  /** Appends to the mutation log (`GET /_emulator/mutations`). */
  recordMutation(record: MutationRecord): void;
}

/** Applies the per-service cooldown fault to a mutation on `serviceId`. */
export function touchService(ctx: RequestContext, serviceId: string): void {
  if (!ctx.faults.touch(serviceId, ctx.world.now())) {
    throw new EmulatorApiError("Endpoint too recently updated", {
      hint: "Wait for the service's cooldown window before changing it again.",
    });
  }
}
