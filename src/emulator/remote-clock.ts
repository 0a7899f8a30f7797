import { z } from "zod";
import { type Clock, RailpilotError } from "../core/index.js";

/** What `GET /clock` and `GET /clock/wait` answer (extra fields are ignored). */
const ClockReply = z.object({
  now: z.number(),
  mode: z.enum(["real", "manual"]).optional(),
  speed: z.number().optional(),
  /** The deadline a wait is for (emulator epoch ms). */
  until: z.number().optional(),
  reached: z.boolean().optional(),
});
type ClockReply = z.infer<typeof ClockReply>;

/** The emulator's clock endpoint could not be reached. */
export class RemoteClockError extends RailpilotError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("REMOTE_CLOCK", message, {
      ...options,
      hint: "Check RAILPILOT_CLOCK_URL points at a running emulator's controlUrl.",
    });
  }
}

/** Each long poll is answered within 25 s of real time (the server's cap); allow for slack. */
const WAIT_REQUEST_TIMEOUT_MS = 35_000;

/**
 * A Clock that follows a running emulator's virtual time (`GET /clock`, `GET /clock/wait`), so a
 * separate process (the CLI with RAILPILOT_CLOCK_URL) sleeps on emulator time.
 *
 * `now()` is a local estimate: the last reported time, extrapolated at the emulator's speed. In
 * manual mode time moves only when someone advances it, so the estimate is re-read at the start of
 * every wait. `sleep(ms)` does not trust the estimate at all: the emulator fixes the deadline from
 * its own current time (`/clock/wait?ms=`), so a wait started right after a pushed event lasts its
 * full length.
 */
export class RemoteClock implements Clock {
  private base: string;
  private remoteNow = Date.now();
  private localAt = Date.now();
  private speed = 1;
  private mode: "real" | "manual" = "real";
  private observed = false;

  constructor(
    controlUrl: string,
    private readonly options: { fetch?: typeof fetch; requestTimeoutMs?: number } = {},
  ) {
    this.base = controlUrl.replace(/\/$/, "");
  }

  /** Connects and reads the emulator's time once (call before relying on now()). */
  static async connect(
    controlUrl: string,
    options?: { fetch?: typeof fetch; requestTimeoutMs?: number },
  ): Promise<RemoteClock> {
    const clock = new RemoteClock(controlUrl, options);
    await clock.sync();
    return clock;
  }

  private observe(reply: ClockReply): void {
    if (reply.mode) this.mode = reply.mode;
    if (typeof reply.speed === "number") this.speed = reply.speed;
    // Replies of concurrent requests may arrive out of order; a manual clock never goes back.
    if (this.observed && this.mode === "manual" && reply.now < this.remoteNow) return;
    this.observed = true;
    this.remoteNow = reply.now;
    this.localAt = Date.now();
  }

  private async get(
    path: string,
    signal?: AbortSignal,
    timeoutMs = this.options.requestTimeoutMs ?? 10_000,
  ): Promise<ClockReply> {
    const f = this.options.fetch ?? fetch;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let body: unknown;
    let res: Response;
    try {
      res = await f(`${this.base}${path}`, { signal: combined });
      body = await res.json().catch(() => undefined);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new RemoteClockError(`emulator clock at ${this.base} unreachable`, { cause: error });
    }
    if (signal?.aborted) throw signal.reason;
    if (!res.ok) {
      const message =
        typeof (body as { message?: unknown })?.message === "string"
          ? `: ${(body as { message: string }).message}`
          : "";
      throw new RemoteClockError(`emulator clock answered HTTP ${res.status}${message}`);
    }
    const parsed = ClockReply.safeParse(body);
    if (!parsed.success)
      throw new RemoteClockError(
        `emulator clock at ${this.base} answered an unexpected body: ${z.prettifyError(parsed.error)}`,
      );
    this.observe(parsed.data);
    return parsed.data;
  }

  async sync(signal?: AbortSignal): Promise<void> {
    await this.get("/clock", signal);
  }

  now(): number {
    if (this.mode === "manual") return this.remoteNow;
    return Math.floor(this.remoteNow + (Date.now() - this.localAt) * this.speed);
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    // A manual clock may have moved since the last reply: bring now() up to date while we wait.
    if (this.mode === "manual") await this.sync(signal);
    const duration = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms)) : 0;
    // The deadline is the emulator's current time + ms, however stale this process's reading is.
    let reply = await this.get(`/clock/wait?ms=${duration}`, signal, WAIT_REQUEST_TIMEOUT_MS);
    const until = reply.until ?? reply.now + duration;
    // The server ends each long poll after 25 s of real time; poll again for the same deadline.
    while (!(reply.reached ?? false) && reply.now < until) {
      reply = await this.get(`/clock/wait?until=${until}`, signal, WAIT_REQUEST_TIMEOUT_MS);
    }
  }

  schedule(ms: number, fn: () => void): () => void {
    const controller = new AbortController();
    this.sleep(ms, controller.signal).then(fn, () => {});
    return () => controller.abort();
  }
}
