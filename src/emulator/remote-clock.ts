import { type Clock, RailpilotError } from "../core/index.js";

interface ClockReply {
  now: number;
  mode?: "real" | "manual";
  speed?: number;
}

/** The emulator's clock endpoint could not be reached. */
export class RemoteClockError extends RailpilotError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("REMOTE_CLOCK", message, { ...options, hint: "Check RAILPILOT_CLOCK_URL points at a running emulator's controlUrl." });
  }
}

/**
 * A Clock that follows a running emulator's virtual time (`GET /clock`, `GET /clock/wait`), so a
 * separate process (the CLI with RAILPILOT_CLOCK_URL) sleeps on emulator time. `now()` is a local
 * estimate: the last reported time, extrapolated at the emulator's speed (not at all in manual mode).
 */
export class RemoteClock implements Clock {
  private base: string;
  private remoteNow = Date.now();
  private localAt = Date.now();
  private speed = 1;
  private mode: "real" | "manual" = "real";

  constructor(
    controlUrl: string,
    private readonly options: { fetch?: typeof fetch; requestTimeoutMs?: number } = {},
  ) {
    this.base = controlUrl.replace(/\/$/, "");
  }

  /** Connects and reads the emulator's time once (call before relying on now()). */
  static async connect(controlUrl: string, options?: { fetch?: typeof fetch; requestTimeoutMs?: number }): Promise<RemoteClock> {
    const clock = new RemoteClock(controlUrl, options);
    await clock.sync();
    return clock;
  }

  private observe(reply: ClockReply): void {
    this.remoteNow = reply.now;
    this.localAt = Date.now();
    if (reply.mode) this.mode = reply.mode;
    if (typeof reply.speed === "number") this.speed = reply.speed;
  }

  private async get(path: string, signal?: AbortSignal, timeoutMs = this.options.requestTimeoutMs ?? 10_000): Promise<ClockReply> {
    const f = this.options.fetch ?? fetch;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await f(`${this.base}${path}`, { signal: combined });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new RemoteClockError(`emulator clock at ${this.base} unreachable`, { cause: error });
    }
    if (!res.ok) throw new RemoteClockError(`emulator clock answered HTTP ${res.status}`);
    const reply = (await res.json()) as ClockReply;
    this.observe(reply);
    return reply;
  }

  async sync(): Promise<void> {
    await this.get("/clock");
  }

  now(): number {
    if (this.mode === "manual") return this.remoteNow;
    return Math.floor(this.remoteNow + (Date.now() - this.localAt) * this.speed);
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    const until = this.now() + Math.max(0, ms);
    for (;;) {
      // The server caps each long poll at 25 s of real time; poll again until reached.
      const reply = await this.get(`/clock/wait?until=${Math.ceil(until)}`, signal, 35_000);
      if (reply.now >= until) return;
    }
  }

  schedule(ms: number, fn: () => void): () => void {
    const controller = new AbortController();
    this.sleep(ms, controller.signal).then(fn, () => {});
    return () => controller.abort();
  }
}
