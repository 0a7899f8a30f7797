import { badRequest } from "../emulator-errors.js";
import type { MutationWebhookTestArgs } from "../generated/schema-types.js";
import { mutation, type ResolverGroup } from "./resolver-kit.js";

/** How long webhookTest waits for the receiver (real time). */
const WEBHOOK_TEST_TIMEOUT_MS = 5_000;

/**
 * webhookTest(url, payload): POSTs `payload` as it is (a JSON string) to `url` and answers the
 * receiver's HTTP status. A receiver that cannot be reached answers 0 (Railway's behaviour there
 * is not documented).
 */
const webhookTest = mutation<MutationWebhookTestArgs>(async ({ url, payload }) => {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw badRequest("Invalid webhook URL");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw badRequest("Invalid webhook URL");
  try {
    const res = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: payload,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TEST_TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  } catch {
    return 0;
  }
});

export const webhookMutations: ResolverGroup = { webhookTest };
