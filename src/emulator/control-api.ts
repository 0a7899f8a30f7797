import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ManualClock } from "../core/index.js";
import { EmulatorApiError } from "./emulator-errors.js";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import { FaultsInput } from "./fault-state.js";
import { readBody, sendJson } from "./http-helpers.js";
import { OutcomeRequest } from "./outcome-request.js";

const ClockBody = z.object({ advanceMs: z.number().min(0).optional(), advanceTo: z.number().optional() });
const ResetBody = z.object({ seed: z.enum(["demo", "empty"]).optional() });
const CommitBody = z.object({
  repo: z.string(),
  branch: z.string().default("main"),
  sha: z.string().regex(/^[0-9a-f]{7,40}$/i).optional(),
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
  if (!parsed.success) throw new EmulatorApiError(z.prettifyError(parsed.error), { hint: "See src/emulator/README.md for the control API." });
  return parsed.data;
}

/**
 * The control API under `/_emulator`: scripted outcomes, the clock, faults, stats, a world dump
 * and reset. JSON in and out, no auth (it is a test fixture).
 */
export async function handleControl(deps: ControlDeps, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
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
          return sendJson(res, 409, { message: "The clock is real; start the emulator with --clock manual to advance it" });
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
        if (body.latencyMs !== undefined) f.latencyMs = body.latencyMs;
        if (body.htmlBlock) f.htmlBlockRemaining = body.htmlBlock.count;
        if (body.cooldownMs !== undefined) f.cooldownMs = body.cooldownMs;
        if (body.propagationDelayMs !== undefined) runtime.world.propagationDelayMs = body.propagationDelayMs;
        if (body.rateLimit) runtime.limiter.setPlan(body.rateLimit.plan);
        if (body.app) f.app.set(body.app.serviceId, { latencyMs: body.app.latencyMs ?? 0, errorRate: body.app.errorRate ?? 0 });
        // `true` or `{}` drops every socket now; `{afterMessages: n}` drops each socket after n messages.
        if (body.wsDrop === true || (body.wsDrop && !body.wsDrop.afterMessages)) deps.dropSockets();
        else if (body.wsDrop) f.wsDropAfterMessages = body.wsDrop.afterMessages ?? null;
        return sendJson(res, 200, { ok: true, faults: { ...f.snapshot(), plan: runtime.limiter.plan, propagationDelayMs: runtime.world.propagationDelayMs } });
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
      case "GET /world":
        return sendJson(res, 200, runtime.dump());
      case "POST /reset": {
        const body = await json(req, ResetBody);
        runtime.reset(body.seed);
        return sendJson(res, 200, deps.info());
      }
      case "POST /commit": {
        const body = await json(req, CommitBody);
        const head = runtime.world.pushCommit(body.repo, body.branch, { sha: body.sha, message: body.message, author: body.author });
        return sendJson(res, 200, head);
      }
      case "GET /info":
        return sendJson(res, 200, deps.info());
      default:
        return sendJson(res, 404, { message: `No control route ${route}` });
    }
  } catch (error) {
    if (error instanceof EmulatorApiError) return sendJson(res, 400, { message: error.message });
    if (error instanceof SyntaxError) return sendJson(res, 400, { message: `Invalid JSON: ${error.message}` });
    throw error;
  }
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
  const until = ms !== undefined ? now + ms : untilParam === null || untilParam === "" ? Number.NaN : Number(untilParam);
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
