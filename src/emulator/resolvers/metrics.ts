import type {
  QueryHttpDurationMetricsArgs,
  QueryHttpMetricsArgs,
  QueryHttpMetricsGroupedByStatusArgs,
  QueryMetricsArgs,
} from "../generated/schema-types.js";
import type { RequestContext } from "../request-context.js";
import {
  type HttpMetricArgs,
  httpDurationSamples,
  httpMetricSamples,
  httpMetricsByStatus,
  synthMetrics,
} from "../synthetic-metrics.js";
import type { ResolverGroup, RootResolver } from "./resolver-kit.js";

const metrics: RootResolver<QueryMetricsArgs> = (args, ctx) => {
  const projectId = args.projectId ?? undefined;
  const serviceId = args.serviceId ?? undefined;
  const environmentId = args.environmentId ?? undefined;
  if (projectId) ctx.auth.project(projectId);
  if (serviceId) ctx.auth.service(serviceId);
  if (environmentId) ctx.auth.environment(environmentId);
  if (!projectId && !serviceId && !environmentId) ctx.auth.require();
  return synthMetrics(ctx.world, {
    startDate: args.startDate,
    endDate: args.endDate ?? undefined,
    measurements: args.measurements,
    serviceId,
    environmentId,
    projectId,
    groupBy: args.groupBy ?? [],
    sampleRateSeconds: args.sampleRateSeconds ?? null,
  });
};

/** The common arguments of the HTTP metrics queries, after the scope checks. */
function httpArgs(
  ctx: RequestContext,
  args: QueryHttpMetricsArgs | QueryHttpMetricsGroupedByStatusArgs,
): HttpMetricArgs {
  ctx.auth.service(args.serviceId);
  ctx.auth.environment(args.environmentId);
  return {
    serviceId: args.serviceId,
    environmentId: args.environmentId,
    startDate: args.startDate,
    endDate: args.endDate,
    stepSeconds: args.stepSeconds ?? 60,
    method: args.method ?? undefined,
    path: args.path ?? undefined,
    statusCode: "statusCode" in args ? (args.statusCode ?? undefined) : undefined,
  };
}

const httpMetrics: RootResolver<QueryHttpMetricsArgs> = (args, ctx) => ({
  samples: httpMetricSamples(ctx.world, httpArgs(ctx, args)),
});

const httpMetricsGroupedByStatus: RootResolver<QueryHttpMetricsGroupedByStatusArgs> = (args, ctx) =>
  httpMetricsByStatus(ctx.world, httpArgs(ctx, args));

const httpDurationMetrics: RootResolver<QueryHttpDurationMetricsArgs> = (args, ctx) => ({
  samples: httpDurationSamples(ctx.world, httpArgs(ctx, args)),
});

export const metricQueries: ResolverGroup = { metrics, httpMetrics, httpMetricsGroupedByStatus, httpDurationMetrics };
