/** `railpilot history [--service S] [--limit N]`: recent deployments, which one is live, and how long each took. */
import type { Command } from "commander";
import { formatDuration, UsageError } from "../../core/index.js";
import type { CliContext } from "../context.js";
import { addTargetOptions, resolveDeployTarget, type TargetFlags, withWiring } from "../deploy-wiring.js";

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("history")
    .description("Recent deployments of a service: status, commit, creator, duration, and which one is live")
    .option("-n, --limit <n>", "how many", "10");
  addTargetOptions(cmd);
  cmd.action(async (flags: TargetFlags & { limit: string }) => {
    const limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new UsageError(`--limit "${flags.limit}" must be 1 to 100`, { hint: "e.g. --limit 20" });
    await withWiring(ctx, flags, async (w) => {
      const target = await resolveDeployTarget(w, flags);
      const [list, instance] = await Promise.all([
        w.api.deployments(target.serviceId, target.environmentId, limit),
        w.api.serviceInstance(target.serviceId, target.environmentId).catch(() => undefined),
      ]);
      const liveIds = new Set(
        instance?.activeDeployments.map((d) => d.id) ??
          list.filter((d) => d.status === "SUCCESS" || d.status === "SLEEPING").map((d) => d.id),
      );
      const rows = list.map((d) => {
        const end = d.statusUpdatedAt ? Date.parse(d.statusUpdatedAt) : Date.parse(d.updatedAt);
        return {
          id: d.id,
          status: d.status,
          live: liveIds.has(d.id),
          commit: typeof d.meta?.commitHash === "string" ? d.meta.commitHash : null,
          image: typeof d.meta?.image === "string" ? d.meta.image : null,
          reason: typeof d.meta?.reason === "string" ? d.meta.reason : null,
          creator: d.creator?.name ?? d.creator?.email ?? null,
          createdAt: d.createdAt,
          // For a removed deployment the last status change is its removal, not the end of its deploy.
          durationMs:
            Number.isFinite(end) && d.status !== "REMOVED" && d.status !== "REMOVING"
              ? Math.max(0, end - Date.parse(d.createdAt))
              : null,
          canRollback: d.canRollback,
        };
      });
      if (flags.json) {
        ctx.json({ serviceId: target.serviceId, environmentId: target.environmentId, deployments: rows });
        return;
      }
      if (!rows.length) {
        ctx.out("no deployments yet");
        return;
      }
      ctx.out(
        `${"".padEnd(2)}${"DEPLOYMENT".padEnd(38)}${"STATUS".padEnd(11)}${"COMMIT".padEnd(10)}${"BY".padEnd(18)}${"TOOK".padEnd(9)}CREATED`,
      );
      for (const r of rows) {
        const source = r.commit ? r.commit.slice(0, 7) : r.image ? r.image.slice(0, 9) : "-";
        ctx.out(
          `${r.live ? "▶ " : "  "}${r.id.padEnd(38)}${r.status.padEnd(11)}${source.padEnd(10)}${(r.creator ?? "-").slice(0, 17).padEnd(18)}${(r.durationMs === null ? "-" : formatDuration(r.durationMs)).padEnd(9)}${r.createdAt}${r.reason && r.reason !== "deploy" ? `  (${r.reason})` : ""}`,
        );
      }
      ctx.out("▶ = live");
    });
  });
}
