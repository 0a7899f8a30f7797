import { AsyncChannel } from "./async-channel.js";
import { IN_PROGRESS } from "./deployment-lifecycle.js";
import type {
  SubscriptionBuildLogsArgs,
  SubscriptionDeploymentArgs,
  SubscriptionDeploymentEventsArgs,
  SubscriptionDeploymentLogsArgs,
  SubscriptionEnvironmentLogsArgs,
  SubscriptionHttpLogsArgs,
} from "./generated/schema-types.js";
import { deploymentEventView, deploymentView, logView } from "./graphql-views.js";
import { DEFAULT_LOG_LIMIT, logFilter, selectWindow } from "./log-queries.js";
import type { DeploymentRec, DeploymentStatus } from "./model.js";
import type { RequestContext } from "./request-context.js";
import { environmentLogRows, httpLogFilter } from "./resolvers/index.js";

/** A subscription's source stream: arguments typed with the generated `Subscription…Args`. */
export type SubscribeResolver<A = never> = (args: A, ctx: RequestContext) => AsyncIterableIterator<unknown>;

const ENDS_RUNTIME: ReadonlySet<DeploymentStatus> = new Set(["FAILED", "CRASHED", "REMOVED", "SKIPPED"]);

/** True once a deployment's build log can grow no more (the build and its healthcheck are over). */
function buildOver(dep: DeploymentRec): boolean {
  return !IN_PROGRESS.has(dep.status);
}

function channelFor<T>(ctx: RequestContext): AsyncChannel<T> {
  const channel = new AsyncChannel<T>();
  channel.onClose(ctx.world.events.on("reset", () => channel.end()));
  return channel;
}

function logArgs(args: { filter?: string | null; limit?: number | null }) {
  const limit = typeof args.limit === "number" ? Math.max(0, args.limit) : DEFAULT_LOG_LIMIT;
  return { match: logFilter(args.filter), limit };
}

const deployment: SubscribeResolver<SubscriptionDeploymentArgs> = (args, ctx) => {
  const id = args.id;
  ctx.auth.deployment(id);
  const dep = ctx.world.getDeployment(id);
  const channel = channelFor<unknown>(ctx);
  channel.push(deploymentView(ctx, dep));
  channel.onClose(
    ctx.world.events.on("deployment", (d) => {
      if (d.id === id) channel.push(deploymentView(ctx, d));
    }),
  );
  return channel;
};

const deploymentEvents: SubscribeResolver<SubscriptionDeploymentEventsArgs> = (args, ctx) => {
  const id = args.id;
  ctx.auth.deployment(id);
  const dep = ctx.world.getDeployment(id);
  const channel = channelFor<unknown>(ctx);
  for (const e of dep.events) channel.push(deploymentEventView(e));
  channel.onClose(
    ctx.world.events.on("deploymentEvent", ({ deployment, event }) => {
      if (deployment.id === id) channel.push(deploymentEventView(event));
    }),
  );
  return channel;
};

const buildLogs: SubscribeResolver<SubscriptionBuildLogsArgs> = (args, ctx) => {
  const id = args.deploymentId;
  ctx.auth.deployment(id);
  const dep = ctx.world.getDeployment(id);
  const { match, limit } = logArgs(args);
  const channel = channelFor<unknown>(ctx);
  const existing = dep.buildLogs.filter(match).slice(-limit || undefined);
  if (existing.length > 0) channel.push(existing.map((r) => logView(r, dep)));
  if (buildOver(dep)) {
    channel.end();
    return channel;
  }
  channel.onClose(
    ctx.world.events.on("buildLogs", ({ deployment, rows }) => {
      if (deployment.id !== id) return;
      const picked = rows.filter(match);
      if (picked.length > 0) channel.push(picked.map((r) => logView(r, deployment)));
    }),
  );
  channel.onClose(
    ctx.world.events.on("deployment", (d) => {
      if (d.id === id && buildOver(d)) channel.end();
    }),
  );
  return channel;
};

const deploymentLogs: SubscribeResolver<SubscriptionDeploymentLogsArgs> = (args, ctx) => {
  const id = args.deploymentId;
  ctx.auth.deployment(id);
  const dep = ctx.world.getDeployment(id);
  const { match, limit } = logArgs(args);
  const channel = channelFor<unknown>(ctx);
  const existing = dep.runtimeLogs.filter(match).slice(-limit || undefined);
  if (existing.length > 0) channel.push(existing.map((r) => logView(r, dep)));
  if (ENDS_RUNTIME.has(dep.status)) {
    channel.end();
    return channel;
  }
  channel.onClose(
    ctx.world.events.on("runtimeLogs", ({ deployment, rows }) => {
      if (deployment.id !== id) return;
      const picked = rows.filter(match);
      if (picked.length > 0) channel.push(picked.map((r) => logView(r, deployment)));
    }),
  );
  channel.onClose(
    ctx.world.events.on("deployment", (d) => {
      if (d.id === id && ENDS_RUNTIME.has(d.status)) channel.end();
    }),
  );
  return channel;
};

/** One stream per environment: every service's runtime logs, the anchored window first, then live rows. */
const environmentLogs: SubscribeResolver<SubscriptionEnvironmentLogsArgs> = (args, ctx) => {
  const envId = args.environmentId;
  ctx.auth.environment(envId);
  ctx.world.getEnvironment(envId);
  const match = logFilter(args.filter);
  const channel = channelFor<unknown>(ctx);
  const initial = selectWindow(environmentLogRows(ctx.world, envId, args.filter), args, ctx.world.now());
  if (initial.length > 0) channel.push(initial.map(({ row, d }) => logView(row, d)));
  channel.onClose(
    ctx.world.events.on("runtimeLogs", ({ deployment, rows: batch }) => {
      if (deployment.environmentId !== envId) return;
      const picked = batch.filter(match);
      if (picked.length > 0) channel.push(picked.map((r) => logView(r, deployment)));
    }),
  );
  return channel;
};

/** The requests a deployment answers: the anchored window first, then each new batch; ends with the deployment. */
const httpLogs: SubscribeResolver<SubscriptionHttpLogsArgs> = (args, ctx) => {
  const id = args.deploymentId;
  ctx.auth.deployment(id);
  const dep = ctx.world.getDeployment(id);
  const match = httpLogFilter(args.filter);
  const channel = channelFor<unknown>(ctx);
  const initial = selectWindow((ctx.world.httpLogs.get(id) ?? []).filter(match), args, ctx.world.now());
  if (initial.length > 0) channel.push(initial);
  if (ENDS_RUNTIME.has(dep.status)) {
    channel.end();
    return channel;
  }
  channel.onClose(
    ctx.world.events.on("httpLogs", ({ deployment, rows }) => {
      if (deployment.id !== id) return;
      const picked = rows.filter(match);
      if (picked.length > 0) channel.push(picked);
    }),
  );
  channel.onClose(
    ctx.world.events.on("deployment", (d) => {
      if (d.id === id && ENDS_RUNTIME.has(d.status)) channel.end();
    }),
  );
  return channel;
};

/**
 * Subscriptions push as the world changes: `deployment` on each status change; log streams push
 * batches and complete when the build (buildLogs) or the deployment (deploymentLogs, httpLogs) ends.
 */
export const Subscription: Record<string, SubscribeResolver> = {
  deployment,
  deploymentEvents,
  buildLogs,
  deploymentLogs,
  environmentLogs,
  httpLogs,
};
