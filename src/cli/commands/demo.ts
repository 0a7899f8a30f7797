/**
 * `railpilot demo` (what `npm start` runs): starts the embedded emulator, then drives it through
 * the real client and the real deploy engine, like a user would:
 *   1. status of the demo project;
 *   2. a healthy deploy of `web`, followed live and health-checked over HTTP;
 *   3. a deploy that crashes after going live, rolled back automatically to the last good one;
 *   4. status again.
 */
import type { Command } from "commander";
import { loadConfig, resolveTarget } from "../../config/index.js";
import { type Clock, formatDuration, systemClock } from "../../core/index.js";
import {
  collectStatus,
  type DeployEvent,
  type DeployReport,
  memoryRollbackGuard,
  parseResolveEntry,
  RailwayDeployApi,
  runDeploy,
} from "../../deploy/index.js";
import { RailwayClient } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { type IncidentFlags, addIncidentOptions, demoSpeedAndPort, runIncidents } from "./demo-incidents.js";
import { EXIT_CODES_HELP } from "../output.js";
import { renderStatus } from "./status.js";

// A directory with no railpilot.yaml in it, so only defaults apply.
const emptyDir = "/nonexistent-railpilot-demo";

interface DemoFlags {
  speed: string;
  port: string;
  service: string;
  keep?: boolean;
  json?: boolean;
}

const DEPLOY_DEMO =
  "start a local Railway emulator, deploy a service on it, then watch a bad deploy get rolled back (no account needed)";

function addDemoOptions(command: Command): Command {
  return command
    .option("--speed <x>", "how much faster than real time the emulator runs", "20")
    .option("--port <n>", "emulator API port (0: any free port)", "0")
    .option("--service <name>", "service to deploy", "web")
    .option("--keep", "keep the emulator running afterwards (Ctrl-C to stop)")
    .option("--json", "print one JSON object at the end (both deploy reports) instead of the narration")
    .addHelpText("after", EXIT_CODES_HELP);
}

const INCIDENT_DAY =
  "an incident day on a local Railway emulator: the autopilot against a crash, an OOM, a database outage and an error surge, checked (no account needed)";

export function register(program: Command, ctx: CliContext): void {
  // `railpilot demo` and `railpilot demo incidents` run the incident day; `railpilot demo deploy` the deploy demo.
  const demo = addIncidentOptions(program.command("demo").description(INCIDENT_DAY)).action((flags: IncidentFlags) =>
    runIncidents(flags, ctx),
  );
  // Flags given before the subcommand (`demo --json deploy`, or `demo deploy --json`: commander
  // hands options both define to the parent) count as the subcommand's own.
  addIncidentOptions(demo.command("incidents").description(INCIDENT_DAY)).action((flags: IncidentFlags) =>
    runIncidents({ ...flags, ...givenOn(demo) }, ctx),
  );
  addDemoOptions(demo.command("deploy").description(DEPLOY_DEMO)).action((flags: DemoFlags) =>
    runDeployDemo({ ...flags, ...givenOn(demo) }, ctx),
  );
}

/** The options given on the command line (not defaults) of `command`. */
function givenOn(command: Command): Record<string, unknown> {
  const opts = command.opts<Record<string, unknown>>();
  return Object.fromEntries(Object.entries(opts).filter(([key]) => command.getOptionValueSource(key) === "cli"));
}

async function runDeployDemo(flags: DemoFlags, ctx: CliContext): Promise<void> {
  const { speed, port } = demoSpeedAndPort(flags);
  const realStart = Date.now();

  const { EmulatorControl, startEmulator } = await import("../../emulator/index.js");
  const emu = await startEmulator({ seed: "demo", clock: "real", speed, port });
  const clock = emu.clock;
  // Waits follow emulator time; per-request I/O timeouts stay on real time.
  const clientClock: Clock = {
    now: () => clock.now(),
    sleep: (ms, signal) => clock.sleep(ms, signal),
    schedule: (ms, fn) => systemClock.schedule(ms, fn),
  };
  const client = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    apiToken: emu.info.tokens.account,
    env: {},
    clock: clientClock,
    plan: "unlimited",
  });
  const control = new EmulatorControl(emu.info.controlUrl);
  // With --json the narration is dropped and one object is printed at the end.
  const say: CliContext = flags.json ? { ...ctx, out: () => {} } : ctx;
  try {
    say.out(
      `Railway emulator listening on ${emu.info.graphqlUrl} (time runs ${speed}x; apps answer on ${emu.info.appAddress})`,
    );
    say.out("");

    // Config from a railpilot.yaml in the cwd is deliberately not read: the demo is self-contained.
    const config = loadConfig({ cwd: emptyDir, env: {} });
    const target = await resolveTarget(client, config, { service: flags.service });
    const svc = target.service!;
    for (const line of renderStatus(await collectStatus(client, target), clock.now())) say.out(line);

    const api = new RailwayDeployApi(client);
    // The emulator serves every *.up.railway.app domain on its app port, like curl --resolve.
    const resolve = [parseResolveEntry(`*.up.railway.app:*:http://${emu.info.appAddress}`)];
    const guard = memoryRollbackGuard();
    const deploy = (title: string): Promise<DeployReport> => {
      say.out("");
      say.out(title);
      const startedAt = clock.now();
      return runDeploy({
        api,
        clock,
        guard,
        serviceId: svc.id,
        environmentId: target.environment.id,
        projectId: target.project.id,
        health: { checks: 3, intervalMs: 5_000, resolve },
        onEvent: (event) => printEvent(say, event, startedAt),
      });
    };

    const healthy = await deploy(`1. deploy ${svc.name} and verify it answers on its domain`);
    printVerdict(say, healthy);

    await control.outcome(svc.id, "crashed", { cause: "uncaught_exception", afterMs: 4_000 });
    const crashed = await deploy(`2. deploy a release of ${svc.name} that crashes after going live`);
    printVerdict(say, crashed);

    say.out("");
    for (const line of renderStatus(await collectStatus(client, target), clock.now())) say.out(line);
    say.out("");
    say.out(`demo finished in ${formatDuration(Date.now() - realStart)} real time`);
    // The demo shows the expected story: a healthy deploy, then a crash that is rolled back.
    const asExpected = healthy.verdict === "deployed" && crashed.verdict === "rolled-back";
    if (!asExpected) ctx.setExitCode(ExitCode.FAILED);
    if (flags.json)
      ctx.json({ graphqlUrl: emu.info.graphqlUrl, service: svc.name, asExpected, deploys: { healthy, crashed } });

    if (flags.keep) {
      say.out("");
      say.out(`emulator still running; ids and tokens: curl ${emu.info.controlUrl}/info   (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", () => resolve());
        process.once("SIGTERM", () => resolve());
      });
    }
  } finally {
    client.close();
    await emu.close();
  }
}

function printEvent(ctx: CliContext, event: DeployEvent, startedAt: number): void {
  switch (event.kind) {
    case "triggered":
      ctx.out(`   deployment ${event.deploymentId}`);
      return;
    case "follow": {
      const p = event.progress;
      if (p.kind === "status") ctx.out(`   +${formatDuration(Math.max(0, p.at - startedAt)).padStart(6)}  ${p.status}`);
      else if (p.kind === "stuck")
        ctx.out(`   ${p.status} is taking longer than expected (${formatDuration(p.forMs)})`);
      else if (p.kind === "waiting") ctx.out(`   waiting: ${p.reason}`);
      return;
    }
    case "probe":
      ctx.out(
        `   health check ${event.index + 1}: ${event.url} → ${event.result.ok ? "ok" : "failed"} (${event.result.status ?? event.result.error ?? "no answer"})`,
      );
      return;
    case "rollback":
    case "note":
      ctx.out(`   ${event.message}`);
      return;
  }
}

function printVerdict(ctx: CliContext, report: DeployReport): void {
  ctx.out(`   verdict: ${report.verdict}: ${report.summary}`);
  if (report.logExcerpt.length) {
    ctx.out("   decisive log lines:");
    for (const line of report.logExcerpt) ctx.out(`     | ${line}`);
  }
}
