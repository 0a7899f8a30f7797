/**
 * `railpilot autopilot`: the daemon. Watches the configured environments, decides and acts, serves
 * the HTTP API, prints one JSON ready line, and stops gracefully on SIGTERM/SIGINT. `--once` runs
 * one observe → decide → act cycle and exits with a code from the README table.
 */
import type { Command } from "commander";
import type { ScanResult } from "../../autopilot/contract.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { EXIT_CODES_HELP } from "../output.js";
import { loadCliConfig } from "../railway-client.js";

interface AutopilotFlags {
  config?: string;
  dryRun?: boolean;
  listen?: string;
  once?: boolean;
  json?: boolean;
}

export const DEFAULT_LISTEN = "127.0.0.1:8080";

/** The exit code of a `--once` cycle: 3 when it rolled back, 5 when an action failed, else 0. */
export function onceExitCode(result: ScanResult): ExitCode {
  if (result.decisions.some((d) => d.status === "failed" && d.kind === "rollback")) return ExitCode.ROLLBACK_FAILED;
  if (result.decisions.some((d) => d.status === "failed")) return ExitCode.FAILED;
  if (
    result.decisions.some(
      (d) => d.kind === "rollback" && (d.status === "decided" || d.status === "executed" || d.status === "verified"),
    )
  )
    return ExitCode.ROLLED_BACK;
  return ExitCode.OK;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("autopilot")
    .description(
      "watch every service of the configured environments, decide and act on failures, and serve the HTTP API (runs until SIGTERM/SIGINT)",
    )
    .option("--config <file>", "railpilot.yaml to read (default: ./railpilot.yaml, or RAILPILOT_CONFIG)")
    .option("--dry-run", "decide and record, never act (env RAILPILOT_DRY_RUN)")
    .option(
      "--listen <host:port>",
      `address of the HTTP API (env RAILPILOT_LISTEN; default ${DEFAULT_LISTEN}, or 0.0.0.0:$PORT when PORT is set); a non-loopback address needs RAILPILOT_API_TOKEN`,
    )
    .option("--once", "run one observe → decide → act cycle and exit (for cron or a CI schedule)")
    .option("--json", "with --once: print the cycle's result as one JSON object")
    .addHelpText(
      "after",
      `
On start it prints one JSON line: {"apiUrl","dashboardUrl","webhookUrl","dryRun","watching":{"environments","services"}}
(plus "apiToken" when none is configured and a random one was generated for this run).
${EXIT_CODES_HELP}`,
    )
    .action(async (flags: AutopilotFlags) => {
      // The daemon's parts (Fastify, prom-client, the engine) load only when the command runs: other
      // commands stay light (diagnose reads large logs under small heaps).
      const { startAutopilot } = await import("../../autopilot/index.js");
      const env = ctx.io.env;
      const pilot = await startAutopilot({
        config: loadCliConfig(ctx, flags.config ? { configPath: flags.config } : {}),
        cwd: ctx.io.cwd,
        env,
        ...(flags.dryRun ? { dryRun: true } : {}),
        ...(flags.listen ? { listen: flags.listen } : {}),
        once: flags.once === true,
        log: (line) => ctx.err(JSON.stringify({ component: "railpilot-autopilot", ...line })),
      });

      if (flags.once) {
        const result = pilot.onceResult as ScanResult;
        await pilot.stop();
        if (flags.json) ctx.json(result);
        else
          for (const d of result.decisions)
            ctx.out(`${d.kind} ${d.service.serviceName} (${d.status}): ${d.reasons[0] ?? ""}`);
        ctx.setExitCode(onceExitCode(result));
        return;
      }

      // The ready line goes out unredacted on purpose: it is the one place a generated token is shown.
      ctx.io.stdout.write(`${JSON.stringify(pilot.ready)}\n`);
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off("SIGTERM", onSignal);
          process.off("SIGINT", onSignal);
          resolve();
        };
        process.on("SIGTERM", onSignal);
        process.on("SIGINT", onSignal);
      });
      await pilot.stop();
      ctx.setExitCode(ExitCode.OK);
    });
}
