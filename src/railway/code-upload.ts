import { z } from "zod";
import { type Clock, redact } from "../core/index.js";
import { uploadUrlFor } from "./auth-config.js";
import { backoffDelay, HTTP_RETRY_BACKOFF } from "./backoff.js";
import {
  RailwayAuthError,
  RailwayNetworkError,
  RailwayRateLimitError,
  RailwayTimeoutError,
  RailwayUploadError,
} from "./errors.js";
import type { RateBudget } from "./rate-budget.js";
import { htmlTitle, isEdgeBlockPage, readRateLimitHeaders } from "./response-classifier.js";
import { isNotSentCode, transportErrorCode } from "../core/transport-codes.js";
import { createUploadTarball } from "./upload-tarball.js";

export interface UploadOptions {
  projectId: string;
  environmentId: string;
  /** Target service. Without it Railway creates a service (its id is read from `logsUrl`). */
  serviceId?: string;
  /** Deployment message shown in the dashboard. */
  message?: string;
  /** Directory to upload. */
  dir: string;
  signal?: AbortSignal;
  /** Per-attempt timeout, ms. Default: 300 000 (tarballs can be large). */
  timeoutMs?: number;
}

export interface UploadResult {
  deploymentId: string;
  url: string;
  logsUrl: string;
  deploymentDomain: string;
  /** The target service: the one given, else parsed from `logsUrl` (`…/service/<id>…`). */
  serviceId: string | undefined;
  /** Files sent, relative posix paths. */
  files: string[];
  /** Size of the gzip tarball, bytes. */
  bytes: number;
}

const uploadResponseSchema = z.looseObject({
  deploymentId: z.string(),
  url: z.string().optional().default(""),
  logsUrl: z.string().optional().default(""),
  deploymentDomain: z.string().optional().default(""),
});

export interface UploadDeps {
  endpoint: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  clock: Clock;
  budget: RateBudget;
  random: () => number;
  maxRetries: number;
  maxRetryAfterMs: number;
  /** Hears each attempt's outcome (the client forwards it to `onRequest`). */
  onAttempt?(info: {
    attempt: number;
    status?: number;
    durationMs: number;
    outcome: "ok" | "retry" | "fail";
    errorCode?: string;
  }): void;
}

/** Hint for failures after which the upload may still have become a deployment. */
const MAY_HAVE_DEPLOYED =
  "Railway may have created a deployment from this upload: check the service's deployments before uploading again";

/**
 * `railway up`: POST a gzip tarball of `dir` to `/project/{id}/environment/{id}/up`. Uploading
 * creates a deployment, so only failures that prove Railway did not take the upload are retried:
 * HTTP 429, a refused connection, and Cloudflare's 403 "Access denied" block page. Anything else
 * (5xx, 502–504 from a proxy, other pages, timeouts, resets) is thrown as a typed error.
 */
export async function uploadCode(deps: UploadDeps, options: UploadOptions): Promise<UploadResult> {
  const { body, files } = await createUploadTarball(options.dir, options.signal);
  const url = uploadUrlFor(deps.endpoint, options.projectId, options.environmentId);
  url.searchParams.set("serviceId", options.serviceId ?? "");
  if (options.message) url.searchParams.set("message", options.message);
  const timeoutMs = options.timeoutMs ?? 300_000;

  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    await deps.budget.acquire(options.signal);
    const started = deps.clock.now();
    let outcome: AttemptOutcome;
    try {
      outcome = await attemptUpload(deps, url, body, timeoutMs, options.signal);
    } catch (error) {
      const { code, status } = error as { code?: unknown; status?: unknown };
      deps.onAttempt?.({
        attempt,
        ...(typeof status === "number" ? { status } : {}),
        durationMs: deps.clock.now() - started,
        outcome: "fail",
        ...(typeof code === "string" ? { errorCode: code } : {}),
      });
      throw error;
    }
    const willRetry = !("result" in outcome) && attempt < deps.maxRetries;
    deps.onAttempt?.({
      attempt,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      durationMs: deps.clock.now() - started,
      outcome: "result" in outcome ? "ok" : willRetry ? "retry" : "fail",
      ...("retry" in outcome && "code" in outcome.retry && typeof outcome.retry.code === "string"
        ? { errorCode: outcome.retry.code }
        : {}),
    });
    if ("result" in outcome) {
      const serviceId = options.serviceId || /\/service\/([^/?#]+)/.exec(outcome.result.logsUrl)?.[1];
      return { ...outcome.result, serviceId, files, bytes: body.length };
    }
    if (attempt >= deps.maxRetries) throw outcome.retry;
    const wait = outcome.waitMs ?? backoffDelay(attempt, HTTP_RETRY_BACKOFF, deps.random);
    await deps.clock.sleep(wait, options.signal);
  }
}

type AttemptOutcome =
  | { result: z.infer<typeof uploadResponseSchema>; status: number }
  | { retry: Error; waitMs?: number; status?: number };

/** One POST. Returns the result or a retryable error; throws what must not be retried. */
async function attemptUpload(
  deps: UploadDeps,
  url: URL,
  body: Buffer,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const cancel = deps.clock.schedule(timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: "POST",
        headers: { ...deps.headers, "Content-Type": "application/gzip" },
        body: new Uint8Array(body),
        signal: controller.signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut)
        throw new RailwayTimeoutError(`Upload timed out after ${timeoutMs} ms`, timeoutMs, { hint: MAY_HAVE_DEPLOYED });
      const code = transportErrorCode(cause);
      if (isNotSentCode(code))
        return {
          retry: new RailwayNetworkError(
            `Upload could not reach Railway (${code})`,
            {},
            { cause, mayHaveActed: false },
          ),
        };
      throw new RailwayNetworkError(
        `Upload failed in transit${code ? ` (${code})` : ""}`,
        {},
        { cause, hint: MAY_HAVE_DEPLOYED },
      );
    }
    const limits = readRateLimitHeaders(response.headers, deps.clock.now());
    deps.budget.learn(limits);
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut)
        throw new RailwayTimeoutError(`Upload timed out after ${timeoutMs} ms`, timeoutMs, { hint: MAY_HAVE_DEPLOYED });
      throw new RailwayNetworkError(
        `Upload answered HTTP ${response.status} but the answer broke off`,
        { status: response.status },
        { cause, hint: MAY_HAVE_DEPLOYED },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const status = response.status;
    if (status === 200 || status === 201) {
      const parsed = uploadResponseSchema.safeParse(json);
      if (!parsed.success)
        throw new RailwayUploadError(`Upload answered ${status} without a deployment id`, { status });
      return { result: parsed.data, status };
    }
    const message = (json as { message?: unknown } | undefined)?.message;
    const serverMessage = typeof message === "string" ? redact(message) : "";
    const title = json === undefined ? htmlTitle(text) : undefined;
    if (json === undefined && isEdgeBlockPage(status, text)) {
      // Blocked at Cloudflare's edge: the upload never reached Railway.
      return {
        retry: new RailwayNetworkError(
          `Upload blocked at Railway's edge: HTTP ${status} ("${redact(title ?? "")}")`,
          { status },
          { mayHaveActed: false },
        ),
        status,
      };
    }
    const described = serverMessage || (title ? `HTTP ${status} ("${redact(title)}")` : `HTTP ${status}`);
    if (status === 401 || status === 403) throw new RailwayAuthError(`Upload refused: ${described}`, { status });
    if (status === 429) {
      const wait = limits.retryAfterMs;
      const error = new RailwayRateLimitError(
        "Upload rate limited (HTTP 429)",
        wait !== undefined ? { retryAfterMs: wait, resetAt: deps.clock.now() + wait } : {},
      );
      if (wait !== undefined && wait > deps.maxRetryAfterMs) throw error;
      if (wait !== undefined) deps.budget.block(deps.clock.now() + wait);
      return wait !== undefined ? { retry: error, waitMs: wait, status } : { retry: error, status };
    }
    if (status === 413)
      throw new RailwayUploadError(`Upload too large (${body.length} bytes gzip, HTTP 413)`, { status });
    if (status >= 500)
      throw new RailwayUploadError(`Upload failed: ${described}`, { status }, { hint: MAY_HAVE_DEPLOYED });
    throw new RailwayUploadError(`Upload failed: ${described}`, { status });
  } finally {
    cancel();
    signal?.removeEventListener("abort", onAbort);
  }
}
