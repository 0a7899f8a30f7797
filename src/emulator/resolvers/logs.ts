import type {
  QueryBuildLogsArgs,
  QueryDeploymentLogsArgs,
  QueryEnvironmentLogsArgs,
  QueryHttpLogsArgs,
} from "../generated/schema-types.js";
import { logView } from "../graphql-views.js";
import { logFilter, selectLogRows, selectWindow } from "../log-queries.js";
import type { DeploymentRec, HttpLogRec, LogRow } from "../model.js";
import type { World } from "../world.js";
import type { ResolverGroup, RootResolver } from "./resolver-kit.js";

/** Runtime log rows of every deployment of an environment (all its services), filtered. */
export function environmentLogRows(
  world: World,
  environmentId: string,
  filter: string | null | undefined,
): { at: number; row: LogRow; d: DeploymentRec }[] {
  const match = logFilter(filter);
  const rows: { at: number; row: LogRow; d: DeploymentRec }[] = [];
  for (const d of world.deployments.values()) {
    if (d.environmentId !== environmentId) continue;
    for (const row of d.runtimeLogs) if (match(row)) rows.push({ at: row.at, row, d });
  }
  return rows;
}

/** httpLogs' filter: every word must appear in "METHOD path status" (case-insensitive). */
export function httpLogFilter(filter: string | null | undefined): (row: HttpLogRec) => boolean {
  const words = (filter ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return (r) => {
    const text = `${r.method} ${r.path} ${r.httpStatus}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

const buildLogs: RootResolver<QueryBuildLogsArgs> = (args, ctx) => {
  ctx.auth.deployment(args.deploymentId);
  const dep = ctx.world.getDeployment(args.deploymentId);
  return selectLogRows(dep.buildLogs, args).map((r) => logView(r, dep));
};

const deploymentLogs: RootResolver<QueryDeploymentLogsArgs> = (args, ctx) => {
  ctx.auth.deployment(args.deploymentId);
  const dep = ctx.world.getDeployment(args.deploymentId);
  return selectLogRows(dep.runtimeLogs, args).map((r) => logView(r, dep));
};

/** environmentLogs: every service's runtime logs in an anchored window (before and after the anchor). */
const environmentLogs: RootResolver<QueryEnvironmentLogsArgs> = (args, ctx) => {
  ctx.auth.environment(args.environmentId);
  ctx.world.getEnvironment(args.environmentId);
  const rows = environmentLogRows(ctx.world, args.environmentId, args.filter);
  return selectWindow(rows, args, ctx.world.now()).map(({ row, d }) => logView(row, d));
};

const httpLogs: RootResolver<QueryHttpLogsArgs> = (args, ctx) => {
  ctx.auth.deployment(args.deploymentId);
  ctx.world.getDeployment(args.deploymentId);
  const rows = (ctx.world.httpLogs.get(args.deploymentId) ?? []).filter(httpLogFilter(args.filter));
  const window =
    typeof args.limit === "number" && args.beforeLimit == null ? { ...args, beforeLimit: args.limit } : args;
  return selectWindow(rows, window, ctx.world.now());
};

export const logQueries: ResolverGroup = { buildLogs, deploymentLogs, environmentLogs, httpLogs };
