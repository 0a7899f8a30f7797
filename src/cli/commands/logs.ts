/** `railpilot logs <service> [--build] [--follow]`: the latest deployment's runtime or build logs. */
import type { Command } from "commander";
import { resolveTarget } from "../../config/index.js";
import { UsageError } from "../../core/index.js";
import {
  BuildLogsDocument,
  BuildLogStreamDocument,
  DeploymentDocument,
  DeploymentLogsDocument,
  DeploymentLogStreamDocument,
  type LogFieldsFragment,
  ServiceInstanceDocument,
} from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { formatLogLine } from "../output.js";
import { addCommonOptions, type CommonFlags, connectRailway, targetWanted } from "../railway-client.js";

interface LogsFlags extends CommonFlags {
  build?: boolean;
  follow?: boolean;
  lines: string;
  filter?: string;
  deployment?: string;
}

/** A log row as printed with --json: no internal tags. */
function logJson(row: LogFieldsFragment): {
  timestamp: string;
  severity: string | null;
  message: string;
  attributes: Record<string, string>;
} {
  return {
    timestamp: row.timestamp,
    severity: row.severity,
    message: row.message,
    attributes: Object.fromEntries(row.attributes.map((a) => [a.key, a.value])),
  };
}

export function register(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command("logs")
      .description("print the logs of a service's latest deployment")
      .argument("<service>", "service name or id")
      .option("-b, --build", "build logs instead of runtime logs")
      .option("-f, --follow", "keep streaming new lines until interrupted (or the build ends)")
      .option("-n, --lines <n>", "how many recent lines", "100")
      .option("--filter <text>", "Railway log filter, e.g. @level:error")
      .option("-d, --deployment <id>", "a specific deployment instead of the latest"),
  ).action(async (service: string, flags: LogsFlags) => {
    const lines = Number(flags.lines);
    if (!Number.isInteger(lines) || lines < 1 || lines > 5000) {
      throw new UsageError(`--lines "${flags.lines}" is not a whole number from 1 to 5000`, {
        hint: "Pass e.g. --lines 200.",
      });
    }
    const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
    try {
      const target = await resolveTarget(rw.client, rw.config, targetWanted(flags, service));
      const svc = target.service!;
      let deployment: { id: string; status: string } | null;
      if (flags.deployment) {
        ({ deployment } = await rw.client.request(DeploymentDocument, { id: flags.deployment }));
      } else {
        const { serviceInstance } = await rw.client.request(ServiceInstanceDocument, {
          serviceId: svc.id,
          environmentId: target.environment.id,
        });
        deployment = serviceInstance.latestDeployment;
      }
      if (!deployment) {
        throw new UsageError(`service ${svc.name} has no deployment in ${target.environment.name}`, {
          hint: "Deploy it first: railpilot deploy --service " + svc.name,
        });
      }
      const kind = flags.build ? "build" : "runtime";
      const vars = { deploymentId: deployment.id, limit: lines, ...(flags.filter ? { filter: flags.filter } : {}) };

      if (!flags.follow) {
        const rows = flags.build
          ? (await rw.client.request(BuildLogsDocument, vars)).buildLogs
          : (await rw.client.request(DeploymentLogsDocument, vars)).deploymentLogs;
        if (flags.json) {
          return ctx.json({
            service: svc,
            environment: target.environment,
            deployment: { id: deployment.id, status: deployment.status },
            kind,
            logs: rows.map(logJson),
          });
        }
        if (ctx.interactive())
          ctx.err(`${kind} logs of ${svc.name} deployment ${deployment.id} (${deployment.status})`);
        if (rows.length === 0)
          ctx.err(`no ${kind} logs for ${svc.name} deployment ${deployment.id} (${deployment.status})`);
        for (const row of rows) ctx.out(formatLogLine(row));
        return;
      }

      // --follow: the subscription first replays recent lines, then pushes new batches.
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        ctx.err(`following ${kind} logs of ${svc.name} deployment ${deployment.id} (Ctrl-C to stop)`);
        const stream = flags.build
          ? mapStream(rw.client.subscribe(BuildLogStreamDocument, vars, { signal: abort.signal }), (m) => m.buildLogs)
          : mapStream(
              rw.client.subscribe(DeploymentLogStreamDocument, vars, { signal: abort.signal }),
              (m) => m.deploymentLogs,
            );
        for await (const batch of stream) {
          for (const row of batch) ctx.out(flags.json ? JSON.stringify(logJson(row)) : formatLogLine(row));
        }
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    } finally {
      await rw.close();
    }
  });
}

async function* mapStream<T, U>(source: AsyncIterable<T>, fn: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield fn(item);
}
