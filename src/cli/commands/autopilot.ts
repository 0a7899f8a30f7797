/**
 * `railpilot autopilot`: the daemon. Watches the configured environments, decides and acts, serves
 * the HTTP API, prints one JSON ready line, and stops gracefully on SIGTERM/SIGINT. `--once` runs
 * one observe → decide → act cycle and exits with a code from the README table.
 */
import type { Command } from "commander";
import type { AutopilotEngine, AutopilotHandle } from "../../autopilot/start-autopilot.js";
import type { Observer, ScanResult } from "../../autopilot/contract.js";
import { loadConfig } from "../../config/index.js";
import { parseResolveList } from "../../deploy/index.js";
import { openStore } from "../../store/index.js";
import { connectRailway } from "../railway-client.js";
import { registerSecret } from "../../core/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { EXIT_CODES_HELP } from "../output.js";

interface AutopilotFlags {
  config?: string;
  dryRun?: boolean;
  listen?: string;
  once?: boolean;
  json?: boolean;
}

export const DEFAULT_LISTEN = "127.0.0.1:8080";

/**
 * Where the API listens by default: on Railway (PORT is set) every interface on that port, so
 * Railway's health check reaches /healthz (this needs RAILPILOT_API_TOKEN); elsewhere loopback.
 */
export function defaultListen(env: Record<string, string | undefined>): string {
  const port = env.PORT?.trim();
  return port && /^\d{1,5}$/.test(port) ? `0.0.0.0:${port}` : DEFAULT_LISTEN;
}

/** What the command composes: the engine and its observers, built from the config. */
export interface AutopilotWiring {
  engine: AutopilotEngine;
  observers: Observer[];
  /** Closes what the wiring opened (store, Railway client) after the autopilot stopped. */
  close(): Promise<void>;
}

/**
 * Config → Railway client (one per token) → store → watched services → observers → engine.
 * Observers wired so far: the deployment sweep (with webhook hints and follows).
 */
async function wireAutopilot(
  ctx: CliContext,
  configPath: string | undefined,
  dryRun: boolean,
): Promise<AutopilotWiring> {
  const env = ctx.io.env;
  // The daemon's parts (Fastify, prom-client, the engine) load only when the command runs: other
  // commands stay light (diagnose reads large logs under small heaps).
  const { createAutopilotEngine, resolveAutopilotConfig } = await import("../../autopilot/index.js");
  const { DeploymentObserver, discoverServices } = await import("../../autopilot/observe/index.js");
  const railway = await connectRailway(ctx, configPath ? { configPath } : {});
  const { client, config, clock } = railway;
  const resolved = resolveAutopilotConfig(config.autopilot, env);
  const autopilotConfig = dryRun ? { ...resolved, policy: { ...resolved.policy, dryRun: true } } : resolved;
  const databaseUrl = resolved.store.databaseUrl ?? config.store.databaseUrl;
  let store: Awaited<ReturnType<typeof openStore>> | undefined;
  try {
    store = await openStore(
      databaseUrl ? { databaseUrl } : { dataDir: resolved.store.dataDir ?? config.store.dataDir },
    );
    const targets = resolved.targets.map((t) => ({
      environment: t.environment,
      ...(t.projectId ? { project: t.projectId } : {}),
      ...(t.services ? { services: t.services } : {}),
    }));
    const services = await discoverServices(client, config, targets);
    const fromConfig = Object.entries(config.deploy.resolve).map(([hostPort, address]) => `${hostPort}:${address}`);
    const resolve = parseResolveList([...fromConfig, ...(env.RAILPILOT_RESOLVE ? [env.RAILPILOT_RESOLVE] : [])]);
    const deployments = new DeploymentObserver({
      client,
      clock,
      services,
      onError: (error, context) =>
        ctx.err(`warning: ${context}: ${error instanceof Error ? error.message : String(error)}`),
    });
    const observers: Observer[] = [deployments];
    const engine = createAutopilotEngine({
      store,
      clock,
      client,
      config: autopilotConfig,
      services,
      observers,
      webhookHandler: (body) => deployments.receiveWebhook(body),
      resolve,
      log: (line) => ctx.err(line),
    });
    await engine.start();
    const opened = store;
    return {
      engine: { api: engine, sink: engine.sink, stop: () => engine.stop() },
      observers,
      async close() {
        await opened.close();
        await railway.close();
      },
    };
  } catch (error) {
    await store?.close();
    await railway.close();
    throw error;
  }
}

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
      const { parseListenAddress, resolveApiToken } = await import("../../server/index.js");
      const { startAutopilot } = await import("../../autopilot/start-autopilot.js");
      const env = ctx.io.env;
      const config = loadConfig({ cwd: ctx.io.cwd, env, ...(flags.config ? { configPath: flags.config } : {}) });
      const listen = flags.listen ?? env.RAILPILOT_LISTEN ?? config.autopilot?.listen ?? defaultListen(env);
      const address = parseListenAddress(listen);
      const configured = env.RAILPILOT_API_TOKEN?.trim() || config.autopilot?.api?.token || undefined;
      // Checked before connecting to anything: a public address needs a configured token.
      resolveApiToken(configured, address.host);
      if (configured) registerSecret(configured);
      const dryRun = flags.dryRun === true || /^(1|true|yes|on)$/i.test(env.RAILPILOT_DRY_RUN ?? "");

      const wiring = await wireAutopilot(ctx, flags.config, dryRun);
      let pilot: AutopilotHandle;
      try {
        pilot = await startAutopilot({
          engine: wiring.engine,
          observers: wiring.observers,
          http: { listen: flags.once ? false : listen, ...(configured ? { token: configured } : {}) },
          once: flags.once === true,
        });
      } catch (error) {
        await wiring.close();
        throw error;
      }

      if (flags.once) {
        const result = pilot.onceResult as ScanResult;
        await pilot.stop();
        await wiring.close();
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
      await wiring.close();
      ctx.setExitCode(ExitCode.OK);
    });
}
