/**
 * What the deploy family (deploy, watch, rollback, history) shares, in one place: the Railway
 * client and config as every command gets them (railway-client.ts: railpilot.yaml → env → flags,
 * the missing-token sentence, `--config`), target lookup through src/config, the rollback guard,
 * the follow flags with their config defaults, the progress view and the final report.
 */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Config, resolveTarget } from "../config/index.js";
import { type Clock, formatDuration, parseDuration } from "../core/index.js";
import {
  type DeployEvent,
  type DeployReport,
  exitCodeForVerdict,
  type HealthOptions,
  ledgerRollbackGuard,
  memoryRollbackGuard,
  parseResolveList,
  RailwayDeployApi,
  type ResolvedTarget,
  type RollbackGuard,
  type RunOptions,
} from "../deploy/index.js";
import type { RailwayClient } from "../railway/index.js";
import { openStore } from "../store/index.js";
import type { CliContext } from "./context.js";
import { parseCount } from "./flag-values.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "./railway-client.js";

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
  close(): Promise<void>;
}

/**
 * Client, clock and config as every command gets them (src/cli/railway-client), plus the
 * rollback guard: the store's actions ledger when a database is configured (DATABASE_URL) or
 * the data dir exists, so a retried CI job never rolls back twice; else this process's memory.
 */
export async function wire(ctx: CliContext, flags: { config?: string } = {}): Promise<Wiring> {
  const railway = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
  const { config, clock } = railway;
  let closeStore = async () => {};
  let guard: RollbackGuard = memoryRollbackGuard();
  if (config.store.databaseUrl || existsSync(join(config.store.dataDir, "pglite"))) {
    try {
      const store = await openStore({ ...(config.store.databaseUrl ? { databaseUrl: config.store.databaseUrl } : { dataDir: config.store.dataDir }) });
      guard = ledgerRollbackGuard(store.db, clock);
      closeStore = () => store.close();
    } catch (error) {
      ctx.err(`warning: the store is unavailable (${error instanceof Error ? error.message : String(error)}); rollbacks are deduplicated within this run only`);
    }
  }
  return {
    client: railway.client,
    api: new RailwayDeployApi(railway.client),
    clock,
    config,
    guard,
    close: async () => {
      await railway.close();
      await closeStore();
    },
  };
}

/** Runs `body` with the wiring, closing client, clock and store afterwards whatever happens. */
export async function withWiring<T>(ctx: CliContext, flags: { config?: string }, body: (w: Wiring) => Promise<T>): Promise<T> {
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
export async function resolveDeployTarget(w: Wiring, flags: TargetFlags, environmentFallback?: string): Promise<ResolvedTarget> {
  const environment = flags.environment ?? (w.config.railway.environment || w.config.railway.environmentId ? undefined : environmentFallback);
  const t = await resolveTarget(w.client, w.config, {
    requireService: true,
    ...(flags.service ? { service: flags.service } : {}),
    ...(environment ? { environment } : {}),
    ...(flags.project ? { project: flags.project } : {}),
  });
  const service = t.service as NonNullable<typeof t.service>;
  return { projectId: t.project.id, environmentId: t.environment.id, environmentName: t.environment.name, serviceId: service.id, serviceName: service.name };
}

/** The shared `--json`, `--config`, `--environment`, `--project` (and exit-code help) plus `--service`. */
export function addTargetOptions(cmd: Command): Command {
  addCommonOptions(cmd);
  return cmd.option("-s, --service <nameOrId>", "service (default: railway.serviceId, RAILWAY_SERVICE_ID)");
}

export function addFollowOptions(cmd: Command): Command {
  return cmd
    .option("--timeout <duration>", "how long to wait for a terminal state (default: deploy.timeout, 15m)")
    .option("--health-path <path>", "path probed on the service's domain (default: deploy.healthPath, the service's healthcheckPath, else /)")
    .option("--health-url <url>", "URL probed instead of the service's domain")
    .option("--health-checks <n>", "number of probes after SUCCESS, 0 disables (default: deploy.healthChecks, 3)")
    .option("--health-interval <duration>", "time between probes (default: deploy.healthInterval, 5s)")
    .option("--health-timeout <duration>", "timeout of each probe", "5s")
    .option("--resolve <host:port:addr>", "send requests for host:port to addr, keeping the Host header (repeatable; also deploy.resolve, env RAILPILOT_RESOLVE)", collect, [])
    .option("--expected-init <duration>", "INITIALIZING longer than this is reported stuck (default: deploy.stuckAfter.initializing, 10s)")
    .option("--expected-build <duration>", "BUILDING longer than this is reported stuck (default: deploy.stuckAfter.building, 5m)")
    .option("--expected-deploy <duration>", "DEPLOYING longer than this is reported stuck (default: deploy.stuckAfter.deploying, 1m)")
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

/** Flags over config (railpilot.yaml, env) over defaults. */
export function followSettings(flags: FollowFlags, config: Config, env: NodeJS.ProcessEnv) {
  const d = config.deploy;
  const checks = flags.healthChecks === undefined ? d.healthChecks : parseCount(flags.healthChecks, "--health-checks", { max: 100 });
  const fromConfig = Object.entries(d.resolve).map(([hostPort, address]) => `${hostPort}:${address}`);
  const resolve = parseResolveList([...fromConfig, ...(env.RAILPILOT_RESOLVE ? [env.RAILPILOT_RESOLVE] : []), ...flags.resolve]);
  const healthPath = flags.healthPath ?? d.healthPath;
  const health: HealthOptions = {
    checks,
    intervalMs: flags.healthInterval ? parseDuration(flags.healthInterval, "--health-interval") : d.healthIntervalMs,
    timeoutMs: parseDuration(flags.healthTimeout, "--health-timeout"),
    resolve,
    ...(healthPath ? { path: healthPath } : {}),
    ...(flags.healthUrl ? { url: flags.healthUrl } : {}),
  };
  const or = (flag: string | undefined, name: string, fallback: number) => (flag ? parseDuration(flag, name, { min: 1_000 }) : fallback);
  return {
    timeoutMs: or(flags.timeout, "--timeout", d.timeoutMs),
    expected: {
      INITIALIZING: or(flags.expectedInit, "--expected-init", d.stuckAfterMs.initializing),
      BUILDING: or(flags.expectedBuild, "--expected-build", d.stuckAfterMs.building),
      DEPLOYING: or(flags.expectedDeploy, "--expected-deploy", d.stuckAfterMs.deploying),
    },
    pollIntervalMs: parseDuration(flags.pollInterval, "--poll-interval"),
    health,
    rollback: flags.rollback ?? d.rollback,
  };
}

/** Where the live view reads log lines from (each item is a batch); RailwayDeployApi.logs in the CLI. */
export type LogSource = (deploymentId: string, kind: "build" | "deploy", signal: AbortSignal) => AsyncIterable<string[]>;

/**
 * Progress output. On a TTY: the notable events as lines, under them a live block (status, time in
 * this phase and in total, the last build/deploy log lines) redrawn in place. In CI (or --ci, or
 * not a TTY): plain timestamped lines, no control characters, no log streaming. --json: silent
 * until the final object. Log streaming is best effort: a broken log stream never fails a deploy
 * (Railway's CLI exits 1 on "Failed to stream build logs" even when the deploy succeeded).
 */
export function progressPrinter(
  ctx: CliContext,
  clock: Clock,
  flags: { ci?: boolean; json?: boolean },
  logs?: LogSource,
  options: { foldTo?: number; refreshMs?: number } = {},
): { onEvent(e: DeployEvent): void; done(): void } {
  const live = !flags.ci && ctx.interactive(flags.json);
  const foldTo = options.foldTo ?? 6;
  const started = clock.now();
  const phaseStarted = new Map<string, number>();
  const tail: string[] = [];
  const streams = new AbortController();
  const streaming = new Set<string>();
  let drawn = 0;
  let current: { id: string; status: string } | undefined;
  const width = () => Math.max(40, (ctx.io.stdout.columns ?? 100) - 4);
  // A remote (emulator) clock may only learn the time at its next wait: events carry Railway's own stamps.
  let latest = started;
  const now = () => Math.max(clock.now(), latest);
  const stamp = () => `[${formatDuration(now() - started).padStart(6)}]`;
  const clear = () => {
    if (drawn > 0) ctx.io.stderr.write(`\x1b[${drawn}F\x1b[J`);
    drawn = 0;
  };
  const redraw = () => {
    if (!live || !current) return;
    clear();
    const since = phaseStarted.get(`${current.id}:${current.status}`) ?? now();
    const block = [
      `  ${current.status.padEnd(14)} ${formatDuration(now() - since)} in phase · ${formatDuration(now() - started)} total`,
      ...tail.map((l) => `  │ ${l.length > width() ? `${l.slice(0, width() - 1)}…` : l}`),
    ];
    ctx.err(block.join("\n"));
    drawn = block.length;
  };
  const line = (text: string) => {
    if (flags.json) return;
    if (live) clear();
    ctx.err(`${stamp()} ${text}`);
    if (live) redraw();
  };
  const follow = (deploymentId: string, kind: "build" | "deploy") => {
    const key = `${deploymentId}:${kind}`;
    if (!live || !logs || streaming.has(key)) return;
    streaming.add(key);
    void (async () => {
      try {
        for await (const batch of logs(deploymentId, kind, streams.signal)) {
          for (const l of batch) for (const part of l.split("\n")) if (part.trim()) tail.push(part.replace(/\x1b\[[0-9;]*m/g, "").trimEnd());
          tail.splice(0, Math.max(0, tail.length - foldTo));
          redraw();
        }
      } catch {
        // Best effort: the verdict never depends on the log stream.
      }
    })();
  };
  const timer = live ? setInterval(redraw, options.refreshMs ?? 250) : undefined;
  return {
    onEvent(e) {
      switch (e.kind) {
        case "triggered":
          line(`deployment ${e.deploymentId} triggered`);
          follow(e.deploymentId, "build");
          break;
        case "follow": {
          const p = e.progress;
          if (p.kind === "status") {
            latest = Math.max(latest, p.at);
            const prevKey = p.previous ? `${e.deploymentId}:${p.previous}` : undefined;
            const took = prevKey && phaseStarted.has(prevKey) ? ` (${p.previous} took ${formatDuration(p.at - (phaseStarted.get(prevKey) as number))})` : "";
            phaseStarted.set(`${e.deploymentId}:${p.status}`, p.at);
            current = { id: e.deploymentId, status: p.status };
            line(`${e.deploymentId.slice(0, 8)} ${p.status}${took}`);
            if (["INITIALIZING", "BUILDING"].includes(p.status)) follow(e.deploymentId, "build");
            if (["DEPLOYING", "SUCCESS", "CRASHED"].includes(p.status)) follow(e.deploymentId, "deploy");
          } else if (p.kind === "stuck") {
            line(`stuck: ${p.status} for ${formatDuration(p.forMs)}, expected at most ${formatDuration(p.budgetMs)}${p.waitingOn ? `; waiting on ${p.waitingOn}` : ""}`);
          } else if (p.kind === "waiting") {
            line(`waiting: ${p.status}: ${p.reason}`);
          } else {
            line(p.message);
          }
          break;
        }
        case "probe":
          line(`health probe ${e.index + 1}: ${e.result.ok ? "ok" : "FAILED"} ${e.result.status ?? e.result.error ?? ""} ${e.url}`);
          break;
        case "rollback":
        case "note":
          line(e.message);
          break;
      }
    },
    done() {
      if (timer) clearInterval(timer);
      streams.abort();
      if (live) clear();
      current = undefined;
    },
  };
}

/** Prints the final report: JSON object or a human summary. */
export function printReport(ctx: CliContext, report: DeployReport, json: boolean | undefined): void {
  if (json) {
    ctx.json({
      deploymentId: report.deploymentId,
      status: report.status,
      verdict: report.verdict,
      summary: report.summary,
      durationsMs: report.durationsMs,
      health: { checks: report.health.checks, passed: report.health.passed, ...(report.health.url ? { url: report.health.url } : {}), failures: report.health.failures },
      ...(report.rollback ? { rollback: { toDeploymentId: report.rollback.toDeploymentId, status: report.rollback.status, ...(report.rollback.newDeploymentId ? { newDeploymentId: report.rollback.newDeploymentId } : {}), ...(report.rollback.reason ? { reason: report.rollback.reason } : {}) } } : {}),
      ...(report.supersededBy ? { supersededBy: report.supersededBy } : {}),
      ...(report.url ? { url: report.url } : {}),
      logExcerpt: report.logExcerpt,
      notes: report.notes,
    });
    return;
  }
  const d = report.durationsMs;
  ctx.out(`${report.verdict.toUpperCase()}: ${report.summary}`);
  ctx.out(`  deployment ${report.deploymentId ?? "-"} · status ${report.status ?? "-"} · queued ${formatDuration(d.queued)} · build ${formatDuration(d.build)} · deploy ${formatDuration(d.deploy)}`);
  if (report.health.checks) ctx.out(`  health ${report.health.passed}/${report.health.checks} probes passed${report.health.failures.length ? ` (${report.health.failures.join(", ")})` : ""} ${report.health.url ?? ""}`);
  if (report.rollback) ctx.out(`  rollback ${report.rollback.status} → ${report.rollback.toDeploymentId ?? "-"}${report.rollback.newDeploymentId ? ` (new deployment ${report.rollback.newDeploymentId})` : ""}${report.rollback.reason ? `: ${report.rollback.reason}` : ""}`);
  if (report.supersededBy) ctx.out(`  superseded by ${report.supersededBy}`);
  if (report.url) ctx.out(`  url ${report.url}`);
  if (report.logExcerpt.length) {
    ctx.out("  decisive log lines:");
    for (const l of report.logExcerpt) ctx.out(`    ${l}`);
  }
}

export type FollowSettings = ReturnType<typeof followSettings>;

/** What deploy, watch and rollback hand to the runners alike. */
export type FollowRunOptions = Required<Pick<RunOptions, "api" | "clock" | "timeoutMs" | "expected" | "health" | "rollback" | "guard" | "pollIntervalMs" | "onEvent">>;

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
export async function withFollowSession<T>(ctx: CliContext, flags: TargetFlags & FollowFlags, body: (s: FollowSession) => Promise<T>): Promise<T> {
  return withWiring(ctx, flags, async (w) => {
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
  });
}
