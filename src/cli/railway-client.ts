/**
 * The Railway client as CLI commands get it: config loaded (railpilot.yaml, env, flags), a
 * token required up front with one clear sentence, and the emulator's clock when
 * RAILPILOT_CLOCK_URL is set (tests and demos drive virtual time).
 */
import { type Config, type ConfigFlags, loadConfig } from "../config/index.js";
import { type Clock, systemClock } from "../core/index.js";
import { NoTokenError, RailwayClient } from "../railway/index.js";
import type { CliContext } from "./context.js";
import { EXIT_CODES_HELP } from "./output.js";

export interface CliRailway {
  client: RailwayClient;
  config: Config;
  /** The clock waits follow: the emulator's when RAILPILOT_CLOCK_URL is set, else the system clock. */
  clock: Clock;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** `--config FILE`. */
  configPath?: string;
  flags?: ConfigFlags;
  /** Throw NoTokenError when no token is configured. Default: true. */
  requireToken?: boolean;
}

/** Loads config only (for commands that may run without Railway). */
export function loadCliConfig(ctx: CliContext, options: { configPath?: string; flags?: ConfigFlags } = {}): Config {
  return loadConfig({
    cwd: ctx.io.cwd,
    env: ctx.io.env,
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.flags ? { flags: options.flags } : {}),
  });
}

export async function connectRailway(ctx: CliContext, options: ConnectOptions = {}): Promise<CliRailway> {
  const config = loadCliConfig(ctx, options);
  const { railway } = config;
  if ((options.requireToken ?? true) && !railway.token && !railway.apiToken) {
    throw new NoTokenError({
      hint: "Set RAILWAY_API_TOKEN to an account or workspace token (or RAILWAY_TOKEN to a project token), or railway.apiToken in railpilot.yaml.",
    });
  }
  const { clock, close: closeClock } = await clockFrom(ctx.io.env);
  // Backoff and budget waits follow the clock; per-request I/O timeouts stay on real time,
  // even when the clock is the emulator's virtual one (it may never advance on its own).
  const clientClock: Clock =
    clock === systemClock ? clock : { now: () => clock.now(), sleep: (ms, signal) => clock.sleep(ms, signal), schedule: (ms, fn) => systemClock.schedule(ms, fn) };
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
    config,
    clock,
    async close() {
      client.close();
      await closeClock();
    },
  };
}

async function clockFrom(env: NodeJS.ProcessEnv): Promise<{ clock: Clock; close(): Promise<void> }> {
  const url = env.RAILPILOT_CLOCK_URL;
  if (!url) return { clock: systemClock, close: async () => {} };
  // Loaded only when asked for: the emulator is a test and demo fixture.
  const { RemoteClock } = await import("../emulator/index.js");
  const clock = await RemoteClock.connect(url);
  const closable = clock as Clock & { close?: () => void | Promise<void> };
  return { clock, close: async () => void (await closable.close?.()) };
}

/** Flags every Railway-reading command shares. */
export interface CommonFlags {
  json?: boolean;
  config?: string;
  environment?: string;
  project?: string;
}

/** Adds `--json`, `--config`, and (unless `target` is false) `--environment` / `--project`. */
export function addCommonOptions<T extends import("commander").Command>(cmd: T, target = true): T {
  cmd.addHelpText("after", EXIT_CODES_HELP);
  cmd.option("--json", "print JSON instead of text").option("-c, --config <file>", "config file (default: railpilot.yaml, env RAILPILOT_CONFIG)");
  if (target) {
    cmd
      .option("-e, --environment <nameOrId>", "environment (default: railway.environment, RAILWAY_ENVIRONMENT_ID, production)")
      .option("-p, --project <nameOrId>", "project (default: RAILWAY_PROJECT_ID, the project token's, or the only one)");
  }
  return cmd;
}
