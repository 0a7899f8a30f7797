import { z } from "zod";
import { type Clock, redact } from "../core/index.js";
import { uploadUrlFor } from "./auth-config.js";
import { backoffDelay, HTTP_RETRY_BACKOFF } from "./backoff.js";
import { RailwayAuthError, RailwayNetworkError, RailwayRateLimitError, RailwayTimeoutError, RailwayUploadError } from "./errors.js";
import type { RateBudget } from "./rate-budget.js";
import { readRateLimitHeaders } from "./response-classifier.js";
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
  onAttempt?(info: { attempt: number; status?: number; durationMs: number; outcome: "ok" | "retry" | "fail"; errorCode?: string }): void;
}

const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/**
 * `railway up`: POST a gzip tarball of `dir` to `/project/{id}/environment/{id}/up`. Uploading
 * creates a deployment, so only failures that certainly never reached Railway are retried
 * (429, 502–504, edge HTML pages, refused connections).
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
      const code = (error as { code?: unknown }).code;
      deps.onAttempt?.({ attempt, durationMs: deps.clock.now() - started, outcome: "fail", ...(typeof code === "string" ? { errorCode: code } : {}) });
      throw error;
    }
    const willRetry = !("result" in outcome) && attempt < deps.maxRetries;
    deps.onAttempt?.({
      attempt,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      durationMs: deps.clock.now() - started,
      outcome: "result" in outcome ? "ok" : willRetry ? "retry" : "fail",
      ...("retry" in outcome && "code" in outcome.retry && typeof outcome.retry.code === "string" ? { errorCode: outcome.retry.code } : {}),
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

type AttemptOutcome = { result: z.infer<typeof uploadResponseSchema>; status: number } | { retry: Error; waitMs?: number; status?: number };

/** One POST. Returns the result or a retryable error; throws what must not be retried. */
async function attemptUpload(deps: UploadDeps, url: URL, body: Buffer, timeoutMs: number, signal: AbortSignal | undefined): Promise<AttemptOutcome> {
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
      if (timedOut) throw new RailwayTimeoutError(`Upload timed out after ${timeoutMs} ms`, timeoutMs);
      const code = errorCode(cause);
      const error = new RailwayNetworkError(`Upload could not reach Railway${code ? ` (${code})` : ""}`, {}, { cause });
      if (code && NOT_SENT_CODES.has(code)) return { retry: error };
      throw error;
    }
    const limits = readRateLimitHeaders(response.headers, deps.clock.now());
    deps.budget.learn(limits);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const status = response.status;
    if (status === 200 || status === 201) {
      const parsed = uploadResponseSchema.safeParse(json);
      if (!parsed.success) throw new RailwayUploadError(`Upload answered ${status} without a deployment id`, { status });
      return { result: parsed.data, status };
    }
    const message = (json as { message?: unknown } | undefined)?.message;
    const serverMessage = typeof message === "string" ? redact(message) : "";
    if (json === undefined && (status === 403 || status >= 500)) {
      return { retry: new RailwayNetworkError(`Upload answered HTTP ${status} with a non-JSON page instead of JSON`, { status }), status };
    }
    if (status === 401 || status === 403) throw new RailwayAuthError(`Upload refused: ${serverMessage || `HTTP ${status}`}`, { status });
    if (status === 429) {
      const wait = limits.retryAfterMs;
      const error = new RailwayRateLimitError("Upload rate limited (HTTP 429)", wait !== undefined ? { retryAfterMs: wait, resetAt: deps.clock.now() + wait } : {});
      if (wait !== undefined && wait > deps.maxRetryAfterMs) throw error;
      if (wait !== undefined) deps.budget.block(deps.clock.now() + wait);
      return wait !== undefined ? { retry: error, waitMs: wait, status } : { retry: error, status };
    }
    if (status === 502 || status === 503 || status === 504) return { retry: new RailwayNetworkError(`Upload answered HTTP ${status}`, { status }), status };
    if (status === 413) throw new RailwayUploadError(`Upload too large (${body.length} bytes gzip, HTTP 413)`, { status });
    throw new RailwayUploadError(`Upload failed: ${serverMessage || `HTTP ${status}`}`, { status });
  } finally {
    cancel();
    signal?.removeEventListener("abort", onAbort);
  }
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

