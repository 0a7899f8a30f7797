/**
 * The Railway client and clock a command or daemon runs on, from the loaded config: a token
 * required up front with one clear sentence, and the emulator's clock when a clock URL is given
 * (tests and demos drive virtual time; RAILPILOT_CLOCK_URL).
 */
import { type Clock, systemClock } from "../core/index.js";
import { NoTokenError, RailwayClient } from "../railway/index.js";
import type { Config } from "./load-config.js";

export interface RailwayConnection {
  client: RailwayClient;
  /** The clock waits follow: the emulator's when a clock URL is given, else the system clock. */
  clock: Clock;
  close(): Promise<void>;
}

export interface ConnectRailwayOptions {
  /** The emulator's control URL to take virtual time from (RAILPILOT_CLOCK_URL). Default: the system clock. */
  clockUrl?: string | undefined;
  /** A clock to use instead (an embedding's own, e.g. a test's ManualClock); wins over clockUrl. */
  clock?: Clock | undefined;
  /** Throw NoTokenError when no token is configured. Default: true. */
  requireToken?: boolean;
}

/** The clock: the emulator's (loaded only when asked for: it is a test and demo fixture) or the system's. */
export async function chooseClock(clockUrl: string | undefined): Promise<{ clock: Clock; close(): Promise<void> }> {
  if (!clockUrl) return { clock: systemClock, close: async () => {} };
  const { RemoteClock } = await import("../emulator/index.js");
  const clock = await RemoteClock.connect(clockUrl);
  const closable = clock as Clock & { close?: () => void | Promise<void> };
  return { clock, close: async () => void (await closable.close?.()) };
}

export async function connectRailway(config: Config, options: ConnectRailwayOptions = {}): Promise<RailwayConnection> {
  const { railway } = config;
  if ((options.requireToken ?? true) && !railway.token && !railway.apiToken) {
    throw new NoTokenError({
      hint: "Set RAILWAY_API_TOKEN to an account or workspace token (or RAILWAY_TOKEN to a project token), or railway.apiToken in railpilot.yaml.",
    });
  }
  const { clock, close: closeClock } = options.clock
    ? { clock: options.clock, close: async () => {} }
    : await chooseClock(options.clockUrl);
  // Backoff and budget waits follow the clock; per-request I/O timeouts stay on real time,
  // even when the clock is the emulator's virtual one (it may never advance on its own).
  const clientClock: Clock =
    clock === systemClock
      ? clock
      : {
          now: () => clock.now(),
          sleep: (ms, signal) => clock.sleep(ms, signal),
          schedule: (ms, fn) => systemClock.schedule(ms, fn),
        };
  const client = new RailwayClient({
    // Config already merged the environment: give the client none of its own to read.
    env: {},
    clock: clientClock,
    plan: railway.plan,
    timeoutMs: railway.timeoutMs,
    ...(railway.endpoint ? { endpoint: railway.endpoint } : {}),
    ...(railway.token ? { token: railway.token } : {}),
    ...(railway.apiToken ? { apiToken: railway.apiToken } : {}),
  });
  return {
    client,
    clock,
    async close() {
      client.close();
      await closeClock();
    },
  };
}
