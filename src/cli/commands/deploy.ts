/**
 * `railpilot deploy`: trigger, follow to a verdict, verify, roll back; optionally gated on the
 * commit's GitHub checks and reported back to the pull request. Also exports the wiring the
 * watch/rollback/history commands share (client, clock, target, output).
 */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Config, resolveTarget as resolveConfigTarget } from "../../config/index.js";
import { type Clock, formatDuration, parseDuration, UsageError } from "../../core/index.js";
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
  runDeploy,
} from "../../deploy/index.js";
import {
  ChecksFailedError,
  createGitHubClient,
  deploymentStateForVerdict,
  environmentForBranch,
  gitHubSettingsFromEnv,
  recordGitHubDeployment,
  renderDeployComment,
  upsertPrComment,
  waitForChecks,
} from "../../github/index.js";
import type { RailwayClient } from "../../railway/index.js";
import { openStore } from "../../store/index.js";
import type { CliContext } from "../context.js";
import { connectRailway } from "../railway-client.js";

/** Options every deploy-family command shares. */
export interface TargetFlags {
  service?: string;
  environment?: string;
  project?: string;
  config?: string;
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
 * Client, clock and config as every deploy-family command gets them (src/cli/railway-client), plus
 * the rollback guard: the store's actions ledger when a database is configured (DATABASE_URL) or
 * the data dir exists, so a retried CI job never rolls back twice; else this process's memory.
 */
export async function wire(ctx: CliContext, flags: { config?: string } = {}): Promise<Wiring> {
  const railway = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
  const { config } = railway;
  const clock = freshClock(railway.clock);
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

/**
 * The emulator's RemoteClock only learns the time when it waits, so a sleep started right after a
 * pushed event would count from a stale "now" and end early. Re-read the time before each wait.
 * (A no-op for the system clock.)
 */
function freshClock(clock: Clock): Clock {
  const syncable = clock as Clock & { sync?: () => Promise<void> };
  if (typeof syncable.sync !== "function") return clock;
  const sleep = async (ms: number, signal?: AbortSignal) => {
    await syncable.sync?.();
    return clock.sleep(ms, signal);
  };
  return {
    now: () => clock.now(),
    sleep,
    schedule(ms, fn) {
      const controller = new AbortController();
      sleep(ms, controller.signal).then(fn, () => {});
      return () => controller.abort();
    },
  };
}

export async function resolveTarget(w: Wiring, flags: TargetFlags, environmentFallback?: string): Promise<ResolvedTarget> {
  const environment = flags.environment ?? (w.config.railway.environment || w.config.railway.environmentId ? undefined : environmentFallback);
  const t = await resolveConfigTarget(w.client, w.config, {
    requireService: true,
    ...(flags.service ? { service: flags.service } : {}),
    ...(environment ? { environment } : {}),
    ...(flags.project ? { project: flags.project } : {}),
  });
  const service = t.service as NonNullable<typeof t.service>;
  return { projectId: t.project.id, environmentId: t.environment.id, environmentName: t.environment.name, serviceId: service.id, serviceName: service.name };
}

export function addTargetOptions(cmd: Command): Command {
  return cmd
    .option("-s, --service <nameOrId>", "service (default: RAILWAY_SERVICE_ID)")
    .option("-e, --environment <nameOrId>", "environment (default: RAILWAY_ENVIRONMENT_ID, or from the branch)")
    .option("-p, --project <nameOrId>", "project (default: RAILWAY_PROJECT_ID, or the project token's)")
    .option("-c, --config <file>", "config file (default: railpilot.yaml)");
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
    .option("--no-rollback", "do not roll back a crashed or unhealthy deployment (also deploy.rollback: false)")
    .option("--ci", "plain line output, no live view (implied by CI=true)")
    .option("--json", "print one JSON object with the verdict");
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
  rollback: boolean;
  ci?: boolean;
  json?: boolean;
}

/** Flags over config (railpilot.yaml, env) over defaults. */
export function followSettings(flags: FollowFlags, config: Config, env: NodeJS.ProcessEnv) {
  const d = config.deploy;
  const checks = flags.healthChecks === undefined ? d.healthChecks : Number(flags.healthChecks);
  if (!Number.isInteger(checks) || checks < 0) throw new UsageError(`--health-checks "${flags.healthChecks}" is not a whole number`, { hint: "Pass 0 or more." });
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
  const or = (flag: string | undefined, name: string, fallback: number) => (flag ? parseDuration(flag, name) : fallback);
  return {
    timeoutMs: or(flags.timeout, "--timeout", d.timeoutMs),
    expected: {
      INITIALIZING: or(flags.expectedInit, "--expected-init", d.stuckAfterMs.initializing),
      BUILDING: or(flags.expectedBuild, "--expected-build", d.stuckAfterMs.building),
      DEPLOYING: or(flags.expectedDeploy, "--expected-deploy", d.stuckAfterMs.deploying),
    },
    pollIntervalMs: parseDuration(flags.pollInterval, "--poll-interval"),
    health,
    rollback: flags.rollback && d.rollback,
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

interface DeployFlags extends TargetFlags, FollowFlags {
  commit?: string;
  up?: string;
  message?: string;
  image?: string;
  waitForChecks?: boolean;
  checksTimeout: string;
  checksInterval: string;
  requiredCheck: string[];
  ignoreCheck: string[];
  github: boolean;
  branchEnvironment: string[];
}

function branchMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of pairs) {
    const [branch, env] = p.split("=");
    if (!branch || !env) throw new UsageError(`--branch-environment "${p}" is not branch=environment`, { hint: "e.g. --branch-environment main=production" });
    map[branch] = env;
  }
  return map;
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("deploy")
    .description("Deploy a service and follow it to a verdict: health-checked, rolled back if it goes bad")
    .option("--commit <sha>", "deploy this commit (default: the source's latest, or GITHUB_SHA with --wait-for-checks)")
    .option("--up <dir>", "upload this directory as a tarball instead of deploying from the source")
    .option("-m, --message <text>", "deployment message (with --up)")
    .option("--image <ref>", "fail unless the live deployment runs this image")
    .option("--wait-for-checks", "wait for the commit's GitHub check runs first; a failed check means no deploy (exit 6)")
    .option("--checks-timeout <duration>", "how long to wait for checks", "30m")
    .option("--checks-interval <duration>", "how often to poll checks", "15s")
    .option("--required-check <name>", "only this check counts (repeatable; default: all but this job's)", collect, [])
    .option("--ignore-check <name>", "never wait on this check (repeatable; the current GITHUB_JOB is always ignored)", collect, [])
    .option("--branch-environment <branch=env>", "map a branch to an environment (repeatable; default: deploy.branchEnvironments, main=production, staging=staging)", collect, [])
    .option("--no-github", "do not comment on the pull request or record a GitHub deployment");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (flags: DeployFlags) => {
    if (flags.commit && flags.up) throw new UsageError("--commit and --up exclude each other", { hint: "Deploy a commit from the source, or upload a directory, not both." });
    const env = ctx.io.env;
    const w = await wire(ctx, flags);
    const printer = progressPrinter(ctx, w.clock, flags, (id, kind, signal) => w.api.logs(id, kind, signal));
    try {
      const settings = followSettings(flags, w.config, env);
      const g = w.config.github;
      // Config (railpilot.yaml, env) names token, repository, base URL, sha and branch; the Actions
      // environment adds the PR head branch, the job name and the run URL.
      const ghEnv = { ...env, GITHUB_TOKEN: g.token, GITHUB_REPOSITORY: g.repository, GITHUB_API_URL: g.baseUrl, GITHUB_SHA: g.sha, GITHUB_REF_NAME: g.branch };
      const gh = flags.github !== false && g.token && g.repository ? gitHubSettingsFromEnv(ghEnv, flags.commit ? { sha: flags.commit } : {}) : undefined;
      if (flags.waitForChecks && !gh) {
        throw new UsageError("--wait-for-checks needs GitHub settings", { hint: "Set GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_SHA or --commit)." });
      }
      // Resolve the target first: a typo should fail now, not after 30 minutes of waiting for checks.
      const branch = gh?.branch ?? g.branch;
      const fromBranch = environmentForBranch(branch, flags.branchEnvironment.length ? branchMap(flags.branchEnvironment) : w.config.deploy.branchEnvironments);
      const target = await resolveTarget(w, flags, fromBranch);
      const octokit = gh ? createGitHubClient({ token: gh.token, baseUrl: gh.apiUrl }) : undefined;
      const sha = flags.commit ?? (flags.waitForChecks ? gh?.sha : undefined);
      if (flags.waitForChecks && octokit && gh) {
        if (!sha) throw new UsageError("--wait-for-checks needs a commit", { hint: "Set GITHUB_SHA or pass --commit." });
        printer.onEvent({ kind: "note", message: `waiting for the checks of ${sha.slice(0, 12)}` });
        try {
          await waitForChecks(octokit, {
            owner: gh.owner,
            repo: gh.repo,
            sha,
            clock: w.clock,
            timeoutMs: parseDuration(flags.checksTimeout, "--checks-timeout"),
            intervalMs: parseDuration(flags.checksInterval, "--checks-interval"),
            rules: { required: flags.requiredCheck, ignore: [...flags.ignoreCheck, ...(gh.job ? [gh.job] : [])] },
            onPoll: (d) => {
              if (d.pending.length || d.missing.length) printer.onEvent({ kind: "note", message: `checks pending: ${[...d.pending.map((c) => c.name), ...d.missing].join(", ")}` });
            },
          });
        } catch (error) {
          if (!(error instanceof ChecksFailedError)) throw error;
          printer.done();
          const failed = error.decision.failed;
          const service = target.serviceName ?? target.serviceId;
          const body = renderDeployComment(
            {
              verdict: "checks-failed",
              ok: false,
              summary: `Not deployed: ${failed.length === 1 ? "a check" : `${failed.length} checks`} failed (${failed.map((c) => `${c.name}: ${c.conclusion}`).join(", ")}).`,
              durationsMs: { queued: 0, build: 0, deploy: 0 },
              health: { checks: 0, passed: 0, failures: [] },
              logExcerpt: [],
            },
            { service, environment: target.environmentName ?? target.environmentId, sha, ...(gh.runUrl ? { runUrl: gh.runUrl } : {}) },
          );
          await upsertPrComment(octokit, { owner: gh.owner, repo: gh.repo, sha, service, body }).catch((e: unknown) => {
            ctx.err(`warning: could not comment on the pull request: ${e instanceof Error ? e.message : String(e)}`);
          });
          if (flags.json) ctx.json({ deploymentId: null, status: null, verdict: "checks-failed", failedChecks: failed.map((c) => ({ name: c.name, conclusion: c.conclusion, url: c.url })) });
          else {
            ctx.out(`CHECKS-FAILED: not deploying ${sha.slice(0, 12)}; failed checks:`);
            for (const c of failed) ctx.out(`  ✗ ${c.name}: ${c.conclusion}${c.url ? ` ${c.url}` : ""}`);
          }
          ctx.setExitCode(exitCodeForVerdict("checks-failed"));
          return;
        }
      }
      const report = await runDeploy({
        api: w.api,
        clock: w.clock,
        serviceId: target.serviceId,
        environmentId: target.environmentId,
        ...(target.projectId ? { projectId: target.projectId } : {}),
        ...(sha ? { commitSha: sha } : {}),
        ...(flags.up ? { upDirectory: flags.up } : {}),
        ...(flags.message ? { message: flags.message } : {}),
        ...(flags.image ? { expectImage: flags.image } : {}),
        timeoutMs: settings.timeoutMs,
        expected: settings.expected,
        health: settings.health,
        rollback: settings.rollback,
        guard: w.guard,
        pollIntervalMs: settings.pollIntervalMs,
        onEvent: printer.onEvent,
      });
      printer.done();
      if (gh && octokit && (sha ?? gh.sha)) {
        await reportToGitHub(ctx, octokit, gh, sha ?? (gh.sha as string), target, report).catch((error: unknown) => {
          // The deploy's verdict stands even when GitHub is unreachable: say so, keep the exit code.
          ctx.err(`warning: could not report to GitHub: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      printReport(ctx, report, flags.json);
      ctx.setExitCode(exitCodeForVerdict(report.verdict));
    } finally {
      printer.done();
      await w.close();
    }
  });
}

async function reportToGitHub(
  ctx: CliContext,
  octokit: ReturnType<typeof createGitHubClient>,
  gh: ReturnType<typeof gitHubSettingsFromEnv>,
  sha: string,
  target: ResolvedTarget,
  report: DeployReport,
): Promise<void> {
  const service = target.serviceName ?? target.serviceId;
  const environment = target.environmentName ?? target.environmentId;
  const ok = report.verdict === "deployed" || report.verdict === "skipped";
  const body = renderDeployComment(
    { ...report, ok, url: report.url, health: { ...report.health } },
    { service, environment, sha, ...(gh.runUrl ? { runUrl: gh.runUrl } : {}) },
  );
  const comment = await upsertPrComment(octokit, { owner: gh.owner, repo: gh.repo, sha, service, body });
  await recordGitHubDeployment(octokit, {
    owner: gh.owner,
    repo: gh.repo,
    sha,
    environment,
    service,
    state: deploymentStateForVerdict(report.verdict),
    description: report.summary,
    ...(report.url ? { environmentUrl: report.url } : {}),
    ...(gh.runUrl ? { logUrl: gh.runUrl } : {}),
  });
  if (comment.action !== "no-pull-request" && !ctx.interactive()) ctx.err(`GitHub: PR #${comment.pullNumber} comment ${comment.action}`);
}

