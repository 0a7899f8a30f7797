/**
 * What the deploy family (deploy, watch, rollback, history) shares on the command line: the
 * target and follow flags, turning them into the library's inputs, and the session every command
 * runs in (client, clock and config from src/config, store and guard from src/deploy, the progress
 * view from ./deploy-progress.ts, the report from ./deploy-report-view.ts).
 */
import type { Command } from "commander";
import { type Config, resolveTarget } from "../config/index.js";
import { type Clock, parseDuration } from "../core/index.js";
import {
  type DeployAuditSink,
  type DeployReport,
  exitCodeForVerdict,
  openDeployStore,
  RailwayDeployApi,
  type ResolvedTarget,
  type RollbackGuard,
  type RunOptions,
  type RunSettings,
  runSettings,
} from "../deploy/index.js";
import type { RailwayClient } from "../railway/index.js";
import type { CliContext } from "./context.js";
import { parseCount } from "./flag-values.js";
import { progressPrinter } from "./deploy-progress.js";
import { printReport } from "./deploy-report-view.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "./railway-client.js";

export { progressPrinter, type LogSource } from "./deploy-progress.js";
export { printReport } from "./deploy-report-view.js";

/** Flags every deploy-family command shares: `--json`, `--config`, `--environment`, `--project`, `--service`. */
export interface TargetFlags extends CommonFlags {
  service?: string;
}

export interface Wiring {
  client: RailwayClient;
  api: RailwayDeployApi;
  clock: Clock;
  config: Config;
  guard: RollbackGuard;
  /** Audit rows for every side effect, when a store is open. */
  audit: DeployAuditSink | undefined;
  close(): Promise<void>;
}

/** Client, clock and config (src/config), plus the store's guard and audit log (src/deploy's openDeployStore). */
export async function wire(ctx: CliContext, flags: { config?: string; actor?: string } = {}): Promise<Wiring> {
  const actor = flags.actor ?? "railpilot";
  const railway = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
  const { config, clock } = railway;
  const api = new RailwayDeployApi(railway.client);
  const store = await openDeployStore(config.store, {
    api,
    clock,
    actor,
    onWarning: (message) => ctx.err(`warning: ${message}`),
  });
  return {
    client: railway.client,
    api,
    clock,
    config,
    guard: store.guard,
    audit: store.audit,
    close: async () => {
      await railway.close();
      await store.close();
    },
  };
}

/** Runs `body` with the wiring, closing client, clock and store afterwards whatever happens. */
export async function withWiring<T>(
  ctx: CliContext,
  flags: { config?: string; actor?: string },
  body: (w: Wiring) => Promise<T>,
): Promise<T> {
  const w = await wire(ctx, flags);
  try {
    return await body(w);
  } finally {
    await w.close();
  }
}

/**
 * The service the command acts on, looked up like every other command's target (src/config):
 * `--project`/`--environment`/`--service` over railpilot.yaml and env. `environmentFallback` (the
 * branch's environment) applies only when neither a flag nor the config names an environment.
 */
export async function resolveDeployTarget(
  w: Wiring,
  flags: TargetFlags,
  environmentFallback?: string,
): Promise<ResolvedTarget> {
  const environment =
    flags.environment ??
    (w.config.railway.environment || w.config.railway.environmentId ? undefined : environmentFallback);
  const t = await resolveTarget(w.client, w.config, {
    requireService: true,
    ...(flags.service ? { service: flags.service } : {}),
    ...(environment ? { environment } : {}),
    ...(flags.project ? { project: flags.project } : {}),
  });
  const service = t.service as NonNullable<typeof t.service>;
  return {
    projectId: t.project.id,
    environmentId: t.environment.id,
    environmentName: t.environment.name,
    serviceId: service.id,
    serviceName: service.name,
  };
}

/** The shared `--json`, `--config`, `--environment`, `--project` (and exit-code help) plus `--service`. */
export function addTargetOptions(cmd: Command): Command {
  addCommonOptions(cmd);
  return cmd.option("-s, --service <nameOrId>", "service (default: railway.serviceId, RAILWAY_SERVICE_ID)");
}

export function addFollowOptions(cmd: Command): Command {
  return cmd
    .option("--timeout <duration>", "how long to wait for a terminal state (default: deploy.timeout, 15m)")
    .option(
      "--health-path <path>",
      "path probed on the service's domain (default: deploy.healthPath, the service's healthcheckPath, else /)",
    )
    .option("--health-url <url>", "URL probed instead of the service's domain")
    .option("--health-checks <n>", "number of probes after SUCCESS, 0 disables (default: deploy.healthChecks, 3)")
    .option("--health-interval <duration>", "time between probes (default: deploy.healthInterval, 5s)")
    .option("--health-timeout <duration>", "timeout of each probe", "5s")
    .option(
      "--resolve <host:port:addr>",
      "send requests for host:port to addr, keeping the Host header (repeatable; also deploy.resolve, env RAILPILOT_RESOLVE)",
      collect,
      [],
    )
    .option(
      "--expected-init <duration>",
      "INITIALIZING longer than this is reported stuck (default: deploy.stuckAfter.initializing, 10s)",
    )
    .option(
      "--expected-build <duration>",
      "BUILDING longer than this is reported stuck (default: deploy.stuckAfter.building, 5m)",
    )
    .option(
      "--expected-deploy <duration>",
      "DEPLOYING longer than this is reported stuck (default: deploy.stuckAfter.deploying, 1m)",
    )
    .option("--poll-interval <duration>", "polling interval when the subscription is unavailable", "5s")
    .option("--rollback", "roll back a crashed or unhealthy deployment (default: deploy.rollback, true)")
    .option("--no-rollback", "do not roll back a crashed or unhealthy deployment")
    .option("--ci", "plain line output, no live view (implied by CI=true)");
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export interface FollowFlags {
  timeout?: string;
  healthPath?: string;
  healthUrl?: string;
  healthChecks?: string;
  healthInterval?: string;
  healthTimeout: string;
  resolve: string[];
  expectedInit?: string;
  expectedBuild?: string;
  expectedDeploy?: string;
  pollInterval: string;
  /** Unset unless --rollback or --no-rollback was given: deploy.rollback decides. */
  rollback?: boolean;
  ci?: boolean;
  json?: boolean;
}

/** Parses the follow flags into the library's overrides; config and defaults fill the rest (src/deploy's runSettings). */
export function followSettings(flags: FollowFlags, config: Config, env: NodeJS.ProcessEnv): RunSettings {
  const checks =
    flags.healthChecks === undefined ? undefined : parseCount(flags.healthChecks, "--health-checks", { max: 100 });
  const d = (flag: string | undefined, name: string) => (flag ? parseDuration(flag, name, { min: 1_000 }) : undefined);
  return runSettings(config.deploy, {
    timeoutMs: d(flags.timeout, "--timeout"),
    healthPath: flags.healthPath,
    healthUrl: flags.healthUrl,
    healthChecks: checks,
    healthIntervalMs: d(flags.healthInterval, "--health-interval"),
    healthTimeoutMs: d(flags.healthTimeout, "--health-timeout"),
    resolve: [...(env.RAILPILOT_RESOLVE ? [env.RAILPILOT_RESOLVE] : []), ...flags.resolve],
    expectedInitMs: d(flags.expectedInit, "--expected-init"),
    expectedBuildMs: d(flags.expectedBuild, "--expected-build"),
    expectedDeployMs: d(flags.expectedDeploy, "--expected-deploy"),
    pollIntervalMs: d(flags.pollInterval, "--poll-interval"),
    rollback: flags.rollback,
  });
}

export type FollowSettings = RunSettings;

/** What deploy, watch and rollback hand to the runners alike. */
export type FollowRunOptions = Required<
  Pick<
    RunOptions,
    "api" | "clock" | "timeoutMs" | "expected" | "health" | "rollback" | "guard" | "pollIntervalMs" | "onEvent"
  >
> &
  Pick<RunOptions, "audit">;

export interface FollowSession {
  w: Wiring;
  settings: FollowSettings;
  printer: ReturnType<typeof progressPrinter>;
  run: FollowRunOptions;
  /** Ends the progress view, prints the report and sets the exit code from the verdict. */
  finish(report: DeployReport): void;
}

/**
 * Wiring, settings (flags over config) and the progress view for a command that follows a
 * deployment; everything is closed when `body` ends, however it ends.
 */
export async function withFollowSession<T>(
  ctx: CliContext,
  flags: TargetFlags & FollowFlags,
  body: (s: FollowSession) => Promise<T>,
  actor?: string,
): Promise<T> {
  return withWiring(
    ctx,
    { ...(flags.config ? { config: flags.config } : {}), ...(actor ? { actor } : {}) },
    async (w) => {
      const printer = progressPrinter(ctx, w.clock, flags, (id, kind, signal) => w.api.logs(id, kind, signal));
      try {
        const settings = followSettings(flags, w.config, ctx.io.env);
        const run: FollowRunOptions = {
          api: w.api,
          clock: w.clock,
          timeoutMs: settings.timeoutMs,
          expected: settings.expected,
          health: settings.health,
          rollback: settings.rollback,
          guard: w.guard,
          pollIntervalMs: settings.pollIntervalMs,
          onEvent: printer.onEvent,
          ...(w.audit ? { audit: w.audit } : {}),
        };
        const finish = (report: DeployReport) => {
          printer.done();
          printReport(ctx, report, flags.json);
          ctx.setExitCode(exitCodeForVerdict(report.verdict));
        };
        return await body({ w, settings, printer, run, finish });
      } finally {
        printer.done();
      }
    },
  );
}
