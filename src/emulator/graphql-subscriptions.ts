import { AsyncChannel } from "./async-channel.js";
import { IN_PROGRESS } from "./deployment-lifecycle.js";
import { deploymentEventView, deploymentView, logView } from "./graphql-views.js";
import { DEFAULT_LOG_LIMIT, logFilter, selectWindow } from "./log-queries.js";
import type { DeploymentRec, DeploymentStatus } from "./model.js";
import type { RequestContext } from "./request-context.js";

type Args = Record<string, unknown>;
export type SubscribeResolver = (args: Args, ctx: RequestContext) => AsyncIterableIterator<unknown>;

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

function logArgs(args: Args) {
  const limit = typeof args.limit === "number" ? Math.max(0, args.limit) : DEFAULT_LOG_LIMIT;
  return { match: logFilter(typeof args.filter === "string" ? args.filter : null), limit };
}

/**
 * Subscriptions push as the world changes: `deployment` on each status change; log streams push
 * batches and complete when the build (buildLogs) or the deployment (deploymentLogs) ends.
 */
export const Subscription: Record<string, SubscribeResolver> = {
  deployment(args, ctx) {
    const id = String(args.id);
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
  },
  deploymentEvents(args, ctx) {
    const id = String(args.id);
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
  },
  buildLogs(args, ctx) {
    const id = String(args.deploymentId);
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
  },
  deploymentLogs(args, ctx) {
    const id = String(args.deploymentId);
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
  },
  environmentLogs(args, ctx) {
    const envId = String(args.environmentId);
    ctx.auth.environment(envId);
    ctx.world.getEnvironment(envId);
    const match = logFilter(typeof args.filter === "string" ? args.filter : null);
    const channel = channelFor<unknown>(ctx);
    const rows = [...ctx.world.deployments.values()]
      .filter((d) => d.environmentId === envId)
      .flatMap((d) => d.runtimeLogs.filter(match).map((row) => ({ at: row.at, row, d })));
    const initial = selectWindow(rows, args, ctx.world.now());
    if (initial.length > 0) channel.push(initial.map(({ row, d }) => logView(row, d)));
    channel.onClose(
      ctx.world.events.on("runtimeLogs", ({ deployment, rows: batch }) => {
        if (deployment.environmentId !== envId) return;
        const picked = batch.filter(match);
        if (picked.length > 0) channel.push(picked.map((r) => logView(r, deployment)));
      }),
    );
    return channel;
  },
};
