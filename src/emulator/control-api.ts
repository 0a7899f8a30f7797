import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ManualClock } from "../core/index.js";
import { EmulatorApiError } from "./emulator-errors.js";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import { FaultsInput } from "./fault-state.js";
import { readBody, sendJson } from "./http-helpers.js";
import { FAILURE_CAUSES } from "./model.js";
import { OutcomeRequest } from "./outcome-request.js";
import { isSeedName } from "./seed.js";
import type { World } from "./world.js";

const ClockBody = z.object({ advanceMs: z.number().min(0).optional(), advanceTo: z.number().optional() });
const ResetBody = z.object({
  seed: z.string().refine(isSeedName, { message: 'seed must be "demo", "empty" or "scale:N[xE]"' }).optional(),
});
const WebhookBody = z.object({ projectId: z.string(), url: z.string().url(), events: z.array(z.string()).optional() });
const AlertBody = z.object({
  kind: z.enum(["cpu", "memory", "volume"]),
  serviceId: z.string(),
  environmentId: z.string().optional(),
  value: z.number().optional(),
  threshold: z.number().optional(),
  severity: z.enum(["CRITICAL", "WARNING", "NOTICE", "INFO"]).optional(),
});
const IncidentBody = z.object({
  serviceId: z.string(),
  environmentId: z.string().optional(),
  kind: z.enum(["crash", "oom", "error_surge", "dependency_down", "recover"]),
  cause: z.enum(FAILURE_CAUSES).optional(),
  afterMs: z.number().min(0).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  errorsPerMinute: z.number().min(0).max(6000).optional(),
});
const MemoryBody = z.object({ serviceId: z.string(), needGB: z.number().positive().nullable() });
const CommitBody = z.object({
  repo: z.string(),
  branch: z.string().default("main"),
  sha: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/i)
    .optional(),
  message: z.string().optional(),
  author: z.string().optional(),
});

/** Long polls end after this much real time; the caller polls again. */
const WAIT_CAP_MS = 25_000;

export interface ControlDeps {
  runtime: EmulatorRuntime;
  /** Closes every websocket (wsDrop fault). */
  dropSockets(): void;
  /** Real timers of long polls, cleared on close. */
  realTimers: Set<NodeJS.Timeout>;
  /** The ready-line info, rebuilt after a reset. */
  info(): unknown;
}

async function json<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const body = await readBody(req, 1024 * 1024);
  const raw = body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new EmulatorApiError(z.prettifyError(parsed.error), {
      hint: "See src/emulator/README.md for the control API.",
    });
  return parsed.data;
}

/**
 * The control API under `/_emulator`: scripted outcomes, the clock, faults, stats, a world dump
 * and reset. JSON in and out, no auth (it is a test fixture).
 */
export async function handleControl(
  deps: ControlDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const { runtime } = deps;
  const route = `${req.method} ${path}`;
  try {
    switch (route) {
      case "POST /outcome": {
        const { serviceId, ...spec } = await json(req, OutcomeRequest);
        runtime.world.pushOutcome(serviceId, spec);
        return sendJson(res, 200, { ok: true, queued: runtime.world.outcomes.get(serviceId)?.length ?? 0 });
      }
      case "GET /clock":
        return sendJson(res, 200, runtime.clockInfo());
      case "POST /clock": {
        const body = await json(req, ClockBody);
        if (!(runtime.clock instanceof ManualClock)) {
          return sendJson(res, 409, {
            message: "The clock is real; start the emulator with --clock manual to advance it",
          });
        }
        const clock = runtime.clock;
        // One advance at a time: two interleaved advances could set time back to the smaller target.
        const now = await runtime.exclusive(async () => {
          if (body.advanceTo !== undefined) await clock.advanceTo(body.advanceTo);
          else await clock.advance(body.advanceMs ?? 0);
          return clock.now();
        });
        return sendJson(res, 200, { now });
      }
      case "GET /clock/wait":
        return waitForClock(deps, res, query);
      case "POST /faults": {
        const body = await json(req, FaultsInput);
        const f = runtime.faults;
        if (body.http5xx) f.http5xx = { remaining: body.http5xx.count, status: body.http5xx.status ?? 503 };
        if (body.problem) f.problem = { remaining: body.problem.count, status: body.problem.status ?? 400 };
        if (body.latencyMs !== undefined) f.latencyMs = body.latencyMs;
        if (body.htmlBlock) f.htmlBlockRemaining = body.htmlBlock.count;
        if (body.cooldownMs !== undefined) f.cooldownMs = body.cooldownMs;
        if (body.propagationDelayMs !== undefined) runtime.world.propagationDelayMs = body.propagationDelayMs;
        if (body.rateLimit) runtime.limiter.setPlan(body.rateLimit.plan);
        if (body.app)
          f.app.set(body.app.serviceId, { latencyMs: body.app.latencyMs ?? 0, errorRate: body.app.errorRate ?? 0 });
        // `true` or `{}` drops every socket now; `{afterMessages: n}` drops each socket after n messages.
        if (body.wsDrop === true || (body.wsDrop && !body.wsDrop.afterMessages)) deps.dropSockets();
        else if (body.wsDrop) f.wsDropAfterMessages = body.wsDrop.afterMessages ?? null;
        return sendJson(res, 200, {
          ok: true,
          faults: { ...f.snapshot(), plan: runtime.limiter.plan, propagationDelayMs: runtime.world.propagationDelayMs },
        });
      }
      case "DELETE /faults":
        runtime.faults.clear();
        runtime.world.propagationDelayMs = 0;
        return sendJson(res, 200, { ok: true });
      case "GET /stats":
        return sendJson(res, 200, runtime.stats.snapshot(runtime.limiter.rateLimited));
      case "POST /stats/reset":
        runtime.stats.reset();
        runtime.limiter.rateLimited = 0;
        return sendJson(res, 200, { ok: true });
      case "GET /mutations": {
        const since = Number(query.get("since") ?? Number.NEGATIVE_INFINITY);
        return sendJson(res, 200, { mutations: runtime.stats.mutationLog.filter((m) => m.at >= since) });
      }
      case "GET /world":
        return sendJson(res, 200, runtime.dump());
      case "POST /reset": {
        const body = await json(req, ResetBody);
        runtime.reset(body.seed as Parameters<typeof runtime.reset>[0]);
        return sendJson(res, 200, deps.info());
      }
      case "POST /commit": {
        const body = await json(req, CommitBody);
        const head = runtime.world.pushCommit(body.repo, body.branch, {
          sha: body.sha,
          message: body.message,
          author: body.author,
        });
        return sendJson(res, 200, head);
      }
      case "GET /info":
        return sendJson(res, 200, deps.info());
      case "POST /webhooks": {
        const body = await json(req, WebhookBody);
        const hook = runtime.webhooks.register(body.projectId, body.url, body.events);
        return sendJson(res, 200, { ok: true, webhook: hook });
      }
      case "GET /webhooks":
        return sendJson(res, 200, {
          webhooks: runtime.webhooks.list(),
          deliveries: runtime.webhooks.deliveries(query.get("id") ?? undefined),
        });
      case "DELETE /webhooks": {
        const id = query.get("id") ?? undefined;
        const projectId = query.get("projectId") ?? undefined;
        if (!id && !projectId) return sendJson(res, 400, { message: "pass id or projectId" });
        return sendJson(res, 200, { ok: true, removed: runtime.webhooks.remove({ id, projectId }) });
      }
      case "POST /webhooks/flush":
        await runtime.webhooks.flush();
        return sendJson(res, 200, { ok: true });
      case "POST /alerts": {
        const body = await json(req, AlertBody);
        const environmentId = environmentOf(runtime.world, body.serviceId, body.environmentId);
        return sendJson(res, 200, { ok: true, queued: runtime.webhooks.alert({ ...body, environmentId }) });
      }
      case "POST /incident": {
        const body = await json(req, IncidentBody);
        const w = runtime.world;
        const environmentId = environmentOf(w, body.serviceId, body.environmentId);
        const after = body.afterMs ?? 0;
        let dep: { id: string } | undefined;
        if (body.kind === "crash")
          dep = w.crashLive(body.serviceId, environmentId, body.cause ?? "uncaught_exception", after);
        else if (body.kind === "oom")
          dep = w.crashLive(body.serviceId, environmentId, "out_of_memory", body.afterMs ?? w.durations.crashAfterMs);
        else if (body.kind === "error_surge") {
          dep = w.surgeLive(body.serviceId, environmentId, {
            afterMs: after,
            errorRate: body.errorRate ?? 0.5,
            errorsPerMinute: body.errorsPerMinute ?? 60,
          });
        } else if (body.kind === "dependency_down") dep = w.dependencyDown(body.serviceId, environmentId);
        else dep = w.recover(body.serviceId, environmentId);
        return sendJson(res, 200, { ok: true, deploymentId: dep?.id ?? null, environmentId });
      }
      case "POST /memory": {
        const body = await json(req, MemoryBody);
        runtime.world.getService(body.serviceId, { ignorePropagation: true });
        if (body.needGB === null) runtime.world.memoryNeed.delete(body.serviceId);
        else runtime.world.memoryNeed.set(body.serviceId, body.needGB);
        return sendJson(res, 200, { ok: true, serviceId: body.serviceId, needGB: body.needGB });
      }
      default:
        return sendJson(res, 404, { message: `No control route ${route}` });
    }
  } catch (error) {
    if (error instanceof EmulatorApiError) return sendJson(res, 400, { message: error.message });
    if (error instanceof SyntaxError) return sendJson(res, 400, { message: `Invalid JSON: ${error.message}` });
    throw error;
  }
}

/** The environment a control call means: the one given, else the service's only (or base) environment. */
function environmentOf(world: World, serviceId: string, environmentId: string | undefined): string {
  const svc = world.getService(serviceId, { ignorePropagation: true });
  if (environmentId) {
    world.getEnvironment(environmentId);
    return environmentId;
  }
  const envs = [...world.instances.values()]
    .filter((i) => i.serviceId === serviceId && i.deletedAt === null)
    .map((i) => i.environmentId);
  if (envs.length === 1) return envs[0] as string;
  const base = world.projects.get(svc.projectId)?.baseEnvironmentId;
  if (base && envs.includes(base)) return base;
  throw new EmulatorApiError("environmentId is required: the service has several environments", {
    hint: "Pass environmentId.",
  });
}

/**
 * `GET /clock/wait?ms=` resolves once `ms` of emulator time have passed from the emulator's own
 * current time (so a caller's stale reading cannot shorten the wait); `?until=` waits for an
 * absolute emulator time. Either way the reply names the deadline (`until`), and a long poll ends
 * after a real-time cap with `reached: false`: the caller polls again with `?until=`.
 */
function waitForClock(deps: ControlDeps, res: ServerResponse, query: URLSearchParams): void {
  const { runtime } = deps;
  const now = runtime.clock.now();
  const msParam = query.get("ms");
  const untilParam = query.get("until");
  const ms = msParam === null ? undefined : Number(msParam);
  if (ms !== undefined && !(msParam !== "" && Number.isFinite(ms) && ms >= 0)) {
    sendJson(res, 400, { message: "ms must be a duration in milliseconds, 0 or more" });
    return;
  }
  const until =
    ms !== undefined ? now + ms : untilParam === null || untilParam === "" ? Number.NaN : Number(untilParam);
  if (!Number.isFinite(until)) {
    sendJson(res, 400, { message: "pass ms (a duration) or until (epoch milliseconds)" });
    return;
  }
  if (now >= until) {
    sendJson(res, 200, { now, until, reached: true });
    return;
  }
  runtime.waiters++;
  let done = false;
  const finish = (reached: boolean) => {
    if (done) return;
    done = true;
    runtime.waiters--;
    cancel();
    clearTimeout(cap);
    deps.realTimers.delete(cap);
    if (!res.writableEnded && !res.destroyed) sendJson(res, 200, { now: runtime.clock.now(), until, reached });
  };
  const cancel = runtime.clock.schedule(until - now, () => finish(true));
  const cap = setTimeout(() => finish(runtime.clock.now() >= until), WAIT_CAP_MS);
  deps.realTimers.add(cap);
  // Not req "close": for a bodyless GET it fires as soon as the request is read.
  res.on("close", () => finish(false));
}
