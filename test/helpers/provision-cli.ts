import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { type CliResult, runCli } from "./cli.js";
import { driveClock } from "./drive-clock.js";
import { useEmulator } from "./emulator.js";

export interface ProvisionCliFixture {
  /** The emulator of this file (an empty world on a manual clock, reset before every test). */
  emu: RunningEmulator;
  /** The fresh working directory of the current test; it holds `stack.yaml`. */
  readonly dir: string;
  /** The environment the CLI runs with against the emulator, data dir inside `dir`, CI=true. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Runs the real CLI in `dir`, driving the emulator's clock while it runs. */
  cli(args: string[], extra?: Record<string, string>): Promise<CliResult>;
}

/**
 * The set-up of the provisioning CLI tests: one emulator per file (seed "empty", manual clock),
 * reset before every test, and a fresh temp directory per test with `stack` written to
 * `stack.yaml`. The CLI runs as a subprocess with the emulator's clock driven meanwhile.
 */
export function useProvisionCli(options: { stack: string; dirPrefix: string; timeoutMs: number }): ProvisionCliFixture {
  const { emu, ctl } = useEmulator({ port: 0, seed: "empty", clock: "manual" });
  let dir: string | undefined;
  beforeEach(async () => {
    await ctl.reset();
    dir = mkdtempSync(join(tmpdir(), options.dirPrefix));
    writeFileSync(join(dir, "stack.yaml"), options.stack);
  });
  const currentDir = () => {
    if (dir === undefined) throw new Error("useProvisionCli: the directory exists only inside tests");
    return dir;
  };
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_API_TOKEN: emu.info.tokens.account,
    RAILWAY_WORKSPACE_ID: emu.info.workspaceId,
    RAILPILOT_CLOCK_URL: emu.info.controlUrl,
    RAILPILOT_DATA_DIR: join(currentDir(), ".railpilot"),
    CI: "true",
    ...extra,
  });
  return {
    emu,
    get dir() {
      return currentDir();
    },
    env,
    cli: (args, extra = {}) =>
      driveClock(
        emu.info.controlUrl,
        runCli(args, { env: env(extra), cwd: currentDir(), timeoutMs: options.timeoutMs }),
      ),
  };
}

/** Parses a CLI result's stdout as JSON, failing with the whole output when it is not. */
export function cliJson<T>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}
