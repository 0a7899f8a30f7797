/**
 * The Railway client as CLI commands get it: config loaded (railpilot.yaml, env, flags), a
 * token required up front with one clear sentence, and the emulator's clock when
 * RAILPILOT_CLOCK_URL is set (tests and demos drive virtual time).
 */
import {
  type Config,
  type ConfigFlags,
  connectRailway as connectRailwayWith,
  loadConfig,
  type TargetWanted,
} from "../config/index.js";
import type { Clock } from "../core/index.js";
import type { RailwayClient } from "../railway/index.js";
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
    ...(options.configPath ? { configPath: options.configPath, configPathSource: "--config" } : {}),
    ...(options.flags ? { flags: options.flags } : {}),
  });
}

/** What the target flags (`--project`, `--environment`) and a service argument ask `resolveTarget` for. */
export function targetWanted(flags: { project?: string; environment?: string }, service?: string): TargetWanted {
  return {
    ...(service !== undefined ? { service } : {}),
    ...(flags.environment ? { environment: flags.environment } : {}),
    ...(flags.project ? { project: flags.project } : {}),
  };
}

export async function connectRailway(ctx: CliContext, options: ConnectOptions = {}): Promise<CliRailway> {
  const config = loadCliConfig(ctx, options);
  const railway = await connectRailwayWith(config, {
    clockUrl: ctx.io.env.RAILPILOT_CLOCK_URL,
    ...(options.requireToken !== undefined ? { requireToken: options.requireToken } : {}),
  });
  return { ...railway, config };
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
  cmd
    .option("--json", "print JSON instead of text")
    .option("-c, --config <file>", "config file (default: railpilot.yaml, env RAILPILOT_CONFIG)");
  if (target) {
    cmd
      .option(
        "-e, --environment <nameOrId>",
        "environment (default: railway.environment, RAILWAY_ENVIRONMENT_ID, production)",
      )
      .option(
        "-p, --project <nameOrId>",
        "project (default: RAILWAY_PROJECT_ID, the project token's, or the only one)",
      );
  }
  return cmd;
}
