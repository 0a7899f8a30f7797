/**
 * `railpilot demo` (what `npm start` runs): starts the embedded emulator, then drives it through
 * the real client like a user would: status, deploy `web`, follow it live, status again.
 */
import type { Command } from "commander";
import { loadConfig, resolveTarget } from "../../config/index.js";
import { type Clock, formatDuration, systemClock, UsageError } from "../../core/index.js";
import { followDeployment, RailwayDeployApi } from "../../deploy/index.js";
import { startEmulator } from "../../emulator/index.js";
import { RailwayClient, ServiceInstanceDeployV2Document } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { EXIT_CODES_HELP } from "../output.js";
import { collectStatus, renderStatus } from "./status.js";

// A directory with no railpilot.yaml in it, so only defaults apply.
const emptyDir = "/nonexistent-railpilot-demo";

interface DemoFlags {
  speed: string;
  port: string;
  service: string;
  keep?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("demo")
    .description("start a local Railway emulator and deploy a service on it, live (no account needed)")
    .option("--speed <x>", "how much faster than real time the emulator runs", "20")
    .option("--port <n>", "emulator API port (0: any free port)", "0")
    .option("--service <name>", "service to deploy", "web")
    .option("--keep", "keep the emulator running afterwards (Ctrl-C to stop)")
    .addHelpText("after", EXIT_CODES_HELP)
    .action(async (flags: DemoFlags) => {
      const speed = Number(flags.speed);
      if (!Number.isFinite(speed) || speed <= 0 || speed > 1000) throw new UsageError(`--speed "${flags.speed}" must be a number above 0 and at most 1000`);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${flags.port}" is not a port number`);
      const realStart = Date.now();

      const emu = await startEmulator({ seed: "demo", clock: "real", speed, port });
      const clock = emu.clock;
      // Waits follow emulator time; per-request I/O timeouts stay on real time.
      const clientClock: Clock = { now: () => clock.now(), sleep: (ms, signal) => clock.sleep(ms, signal), schedule: (ms, fn) => systemClock.schedule(ms, fn) };
      const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: emu.info.tokens.account, env: {}, clock: clientClock, plan: "unlimited" });
      try {
        ctx.out(`Railway emulator listening on ${emu.info.graphqlUrl} (time runs ${speed}x)`);
        ctx.out("");

        // Config from a railpilot.yaml in the cwd is deliberately not read: the demo is self-contained.
        const config = loadConfig({ cwd: emptyDir, env: {} });
        const target = await resolveTarget(client, config, { service: flags.service });
        const svc = target.service!;
        for (const line of renderStatus(await collectStatus(client, target), clock.now())) ctx.out(line);
        ctx.out("");

        const { serviceInstanceDeployV2: deploymentId } = await client.request(ServiceInstanceDeployV2Document, {
          serviceId: svc.id,
          environmentId: target.environment.id,
        });
        const startedAt = clock.now();
        ctx.out(`deploying ${svc.name}: deployment ${deploymentId}`);
        const outcome = await followDeployment(new RailwayDeployApi(client), deploymentId, {
          clock,
          startedAt,
          timeoutMs: 15 * 60_000,
          onProgress(p) {
            if (p.kind === "status") ctx.out(`  +${formatDuration(Math.max(0, p.at - startedAt)).padStart(6)}  ${p.status}`);
            else if (p.kind === "stuck") ctx.out(`  ${p.status} is taking longer than expected (${formatDuration(p.forMs)})`);
            else if (p.kind === "waiting") ctx.out(`  waiting: ${p.reason}`);
          },
        });
        const virtual = formatDuration(outcome.result.at - startedAt);
        ctx.out(`${svc.name} finished ${outcome.result.status ?? outcome.result.outcome} after ${virtual} of emulator time (${formatDuration(Date.now() - realStart)} real)`);
        ctx.out("");
        for (const line of renderStatus(await collectStatus(client, target), clock.now())) ctx.out(line);
        if (outcome.result.status !== "SUCCESS") ctx.setExitCode(ExitCode.FAILED);

        if (flags.keep) {
          ctx.out("");
          ctx.out(`emulator still running; ids and tokens: curl ${emu.info.controlUrl}/info   (Ctrl-C to stop)`);
          await new Promise<void>((resolve) => {
            process.once("SIGINT", () => resolve());
            process.once("SIGTERM", () => resolve());
          });
        }
      } finally {
        client.close();
        await emu.close();
      }
    });
}
