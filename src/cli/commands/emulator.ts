import { type Command, Option } from "commander";
import { parseDuration, UsageError } from "../../core/index.js";
import type { CliContext } from "../context.js";

function intFlag(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`${name} "${value}" is not a port number`, {
      hint: `Pass ${name} as an integer from 0 to 65535.`,
    });
  }
  return n;
}

const DURATION_KEYS: Record<string, string> = {
  queued: "queuedMs",
  init: "initializingMs",
  build: "buildingMs",
  deploy: "deployingMs",
  crash: "crashAfterMs",
  slow: "slowBuildMs",
  healthcheck: "healthcheckFailMs",
  workflow: "workflowMs",
};

/** Parses "build=30s,deploy=10s" into phase durations in milliseconds. */
function parseDurations(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(",").filter(Boolean)) {
    const [key, value] = part.split("=");
    const field = key ? DURATION_KEYS[key.trim()] : undefined;
    if (!field || !value) {
      throw new UsageError(`--durations "${part}" is not phase=duration`, {
        hint: `Use e.g. --durations build=30s,deploy=10s with phases ${Object.keys(DURATION_KEYS).join(", ")}.`,
      });
    }
    out[field] = parseDuration(value, `--durations ${key}`);
  }
  return out;
}

/** `railpilot emulator`: a local Railway API; prints one JSON ready line, serves until SIGINT/SIGTERM. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("emulator")
    .description("Run a local Railway API emulator (GraphQL, websocket, upload, simulated apps, control API)")
    .option("--port <n>", "API port (0 = any free port)", "0")
    .option("--seed <seed>", "initial world: demo, empty, or scale:N[xE] (N services over E environments)", "demo")
    .addOption(
      new Option("--plan <plan>", "rate-limit plan")
        .choices(["free", "hobby", "pro", "unlimited"])
        .default("unlimited"),
    )
    .addOption(
      new Option("--clock <mode>", "real time or manual (advanced via the control API)")
        .choices(["real", "manual"])
        .default("real"),
    )
    .option("--speed <x>", "speed-up of the real clock", "1")
    .option("--app-port <n>", "port of the simulated apps (0 = any free port)", "0")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--durations <spec>", "phase durations, e.g. queued=1s,init=3s,build=30s,deploy=10s,crash=15s")
    .option("--json", "the ready line is always one JSON object; accepted like on every other command")
    .action(
      async (opts: {
        port: string;
        seed: string;
        plan: "free" | "hobby" | "pro" | "unlimited";
        clock: "real" | "manual";
        speed: string;
        appPort: string;
        host: string;
        durations?: string;
      }) => {
        // The emulator (a GraphQL server and its world) loads only when this command runs.
        const { isSeedName, startEmulator } = await import("../../emulator/index.js");
        if (!isSeedName(opts.seed))
          throw new UsageError(`--seed "${opts.seed}" is not a seed`, {
            hint: "Use demo, empty, or scale:N[xE], e.g. scale:500x10.",
          });
        const speed = Number(opts.speed);
        if (!(speed > 0))
          throw new UsageError(`--speed "${opts.speed}" must be a positive number`, { hint: "Use e.g. --speed 10." });
        const emu = await startEmulator({
          port: intFlag(opts.port, "--port"),
          appPort: intFlag(opts.appPort, "--app-port"),
          seed: opts.seed,
          plan: opts.plan,
          clock: opts.clock,
          speed,
          host: opts.host,
          durations: opts.durations ? parseDurations(opts.durations) : undefined,
        });
        // Handlers go in before the ready line: a supervisor may signal the moment it reads it.
        const stopped = new Promise<void>((resolve) => {
          const stop = () => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            emu.close().then(resolve, resolve);
          };
          process.on("SIGINT", stop);
          process.on("SIGTERM", stop);
        });
        // The ready line is the contract: tokens are printed on purpose (they are local and random).
        ctx.io.stdout.write(`${JSON.stringify(emu.info)}\n`);
        await stopped;
      },
    );
}
