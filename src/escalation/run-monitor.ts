/**
 * `railpilot monitor --once` as a library call: gathers the services of the asked environments
 * (latest deployment, domain), builds the escalation targets from the config and environment (the
 * daemon's builder), runs one `monitorOnce` pass with the Railway log reader and the health
 * prober, writes every pending issue update and drains notifications before it returns. The store
 * (DATABASE_URL or the data directory) opens only when a crash is found or a fix is considered: it
 * remembers which crashed deployments were reported and counts occurrences for fix PRs across runs.
 */
import type { Kysely } from "kysely";
import { type Config, resolveTarget } from "../config/index.js";
import type { Clock } from "../core/index.js";
import { collectStatus, isHealthy, parseResolveList, probeHealth, RailwayDeployApi } from "../deploy/index.js";
import { lazyFixLedger, storeFixLedger } from "../fixes/index.js";
import type { NotifierStatus } from "../notify/index.js";
import type { RailwayClient } from "../railway/index.js";
import { type Database, openDefaultStore, type Store } from "../store/index.js";
import { escalationTargetsFromEnv } from "./escalation-from-env.js";
import { EscalationService } from "./escalation-service.js";
import { type MonitoredService, type MonitorReport, monitorOnce } from "./monitor-once.js";
import { storeMonitorOccurrences } from "./monitor-occurrences.js";

export interface RunMonitorOptions {
  client: RailwayClient;
  config: Config;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Where the default data directory (.railpilot/) is. */
  cwd: string;
  /** Environment names or ids. Default: the configured one. */
  environments?: readonly string[];
  project?: string;
  /** Runtime or build log lines read per crashed or failed deployment. Default 200 (as the daemon). */
  logLines?: number;
  /** Real-time bound on delivering the run's notifications before returning. Default 30 s. */
  notifyDrainMs?: number;
}

export interface MonitorRun extends MonitorReport {
  issues: "on" | "off";
  notifications: NotifierStatus | null;
}

export async function runMonitor(options: RunMonitorOptions): Promise<MonitorRun> {
  const { client, config, env, clock } = options;
  let store: Promise<Store> | undefined;
  const db = async (): Promise<Kysely<Database>> => {
    store ??= openDefaultStore({ cwd: options.cwd, databaseUrl: env.DATABASE_URL, dataDir: env.RAILPILOT_DATA_DIR });
    return (await store).db;
  };
  const { issues, notifier, fixes } = escalationTargetsFromEnv({
    config,
    env,
    clock,
    notifyAttempts: 3,
    fixLedger: lazyFixLedger(async () => storeFixLedger(await db())),
  });
  try {
    const services = await gatherServices(options);
    const resolve = parseResolveList(Object.entries(config.deploy.resolve).map(([k, v]) => `${k}:${v}`));
    const deployApi = new RailwayDeployApi(client);
    const limit = options.logLines ?? 200;
    const report = await monitorOnce({
      services,
      clock,
      // A CI run forgets everything: the issue says whether the cause is new (one message per cause).
      escalation: new EscalationService({
        ...(issues ? { issues } : {}),
        ...(notifier ? { notifier } : {}),
        ...(fixes ? { fixes } : {}),
        notifyOnlyOnNewIssue: true,
      }),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      probe: async (url) => {
        const s = await probeHealth({ url, checks: 1, timeoutMs: 10_000, resolve, clock });
        return { healthy: isHealthy(s), detail: s.failures[0] ?? "ok" };
      },
      failureLogs: (deploymentId, phase) =>
        phase === "build" ? deployApi.buildLogs(deploymentId, limit) : deployApi.deploymentLogs(deploymentId, limit),
      // Nothing to report to: no need to remember what was reported.
      ...(issues || notifier || fixes ? { occurrences: storeMonitorOccurrences(db) } : {}),
    });
    await issues?.flush();
    if (notifier)
      await Promise.race([
        notifier.drain(),
        new Promise((r) => setTimeout(r, options.notifyDrainMs ?? 30_000).unref()),
      ]);
    return { ...report, issues: issues ? "on" : "off", notifications: notifier?.status() ?? null };
  } finally {
    issues?.close();
    await notifier?.close();
    if (store) await (await store.catch(() => undefined))?.close();
  }
}

/** The services of each asked environment, with their latest deployment and health URL. */
async function gatherServices(options: RunMonitorOptions): Promise<MonitoredService[]> {
  const { client, config } = options;
  const services: MonitoredService[] = [];
  for (const environment of options.environments?.length ? options.environments : [undefined]) {
    const target = await resolveTarget(client, config, {
      ...(environment ? { environment } : {}),
      ...(options.project ? { project: options.project } : {}),
    });
    const status = await collectStatus(client, target);
    for (const s of status.services) {
      const domain = s.domains[0];
      services.push({
        service: {
          projectId: target.project.id,
          environmentId: target.environment.id,
          environmentName: target.environment.name,
          serviceId: s.id,
          serviceName: s.name,
        },
        ...(s.latestDeployment
          ? { deploymentStatus: s.latestDeployment.status, deploymentId: s.latestDeployment.id }
          : {}),
        ...(s.latestDeployment?.commit ? { commitHash: s.latestDeployment.commit } : {}),
        ...(domain && config.deploy.healthPath ? { healthUrl: `https://${domain}${config.deploy.healthPath}` } : {}),
      });
    }
  }
  return services;
}
