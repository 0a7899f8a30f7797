/**
 * `railpilot rollback [--service S] [--to ID]`: rolls back on demand, follows the rollback's
 * deployment to SUCCESS and probes it. Without --to it lists the candidates and, on a TTY, asks.
 */
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { formatDuration, UsageError } from "../../core/index.js";
import {
  type DeployReport,
  type DeploymentSnapshot,
  listRollbackCandidates,
  performRollback,
} from "../../deploy/index.js";
import type { CliContext } from "../context.js";
import {
  addFollowOptions,
  addTargetOptions,
  type FollowFlags,
  resolveDeployTarget,
  type TargetFlags,
  withFollowSession,
} from "../deploy-wiring.js";

function describe(d: DeploymentSnapshot, now: number): string {
  const commit =
    typeof d.meta?.commitHash === "string"
      ? d.meta.commitHash.slice(0, 7)
      : typeof d.meta?.image === "string"
        ? d.meta.image
        : "-";
  return `${d.id}  ${d.status.padEnd(9)} ${commit.padEnd(9)} ${formatDuration(Math.max(0, now - Date.parse(d.createdAt)))} ago${d.canRollback ? "" : "  (cannot roll back)"}`;
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("rollback")
    .description("Roll a service back to an earlier deployment, then verify it like a deploy")
    .option("--to <deploymentId>", "deployment to return to (default: asks on a TTY, else lists candidates)")
    .option("--yes", "without --to, roll back to the policy's choice (newest earlier good deployment) without asking");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (flags: TargetFlags & FollowFlags & { to?: string; yes?: boolean }) => {
    await withFollowSession(
      ctx,
      flags,
      async ({ w, run, finish }) => {
        const target = await resolveDeployTarget(w, flags);
        let to = flags.to;
        const { live, suggested, candidates } = await listRollbackCandidates({
          api: w.api,
          serviceId: target.serviceId,
          environmentId: target.environmentId,
        });
        const choice = { target: suggested };
        if (!to) {
          if (flags.yes && choice.target) to = choice.target.id;
          else if (ctx.io.stdin.isTTY && ctx.io.stdout.isTTY && !flags.json && candidates.length) {
            ctx.out(`live: ${live ? describe(live, w.clock.now()) : "none"}`);
            candidates.forEach((d, i) => {
              ctx.out(`  ${i + 1}) ${describe(d, w.clock.now())}${d.id === choice.target?.id ? "  ← suggested" : ""}`);
            });
            const rl = createInterface({ input: ctx.io.stdin, output: ctx.io.stdout });
            const answer = (await rl.question(`roll back to [1-${candidates.length}, enter = suggested]: `)).trim();
            rl.close();
            to = answer === "" ? choice.target?.id : candidates[Number(answer) - 1]?.id;
            if (!to)
              throw new UsageError(`"${answer}" is not one of the candidates`, {
                hint: "Run again and pick a listed number.",
              });
          } else {
            if (flags.json) {
              ctx.json({
                live: live?.id ?? null,
                suggested: choice.target?.id ?? null,
                candidates: candidates.map((d) => ({
                  id: d.id,
                  status: d.status,
                  createdAt: d.createdAt,
                  meta: d.meta,
                })),
              });
            } else {
              ctx.out(`live: ${live ? describe(live, w.clock.now()) : "none"}`);
              ctx.out("candidates (newest first):");
              for (const d of candidates)
                ctx.out(`  ${describe(d, w.clock.now())}${d.id === choice.target?.id ? "  ← suggested" : ""}`);
            }
            throw new UsageError("no rollback target given", {
              hint: `Pass --to DEPLOYMENT_ID${choice.target ? ` (suggested: ${choice.target.id})` : ""}, or --yes to take the suggestion.`,
            });
          }
        }
        const summary = await performRollback({
          ...run,
          serviceId: target.serviceId,
          environmentId: target.environmentId,
          toDeploymentId: to,
          ...(live && live.id !== to ? { failedDeploymentId: live.id } : {}),
        });
        const ok = summary.status === "succeeded" || summary.status === "already-done";
        const report: DeployReport = {
          deploymentId: summary.newDeploymentId,
          serviceId: target.serviceId,
          status: ok ? "SUCCESS" : undefined,
          verdict: ok ? "deployed" : "rollback-failed",
          summary: ok
            ? `Rolled back to ${summary.toDeploymentId}.`
            : `Rollback ${summary.status}: ${summary.reason ?? ""}`,
          durationsMs: { queued: 0, build: 0, deploy: 0 },
          health: summary.health ?? { url: undefined, checks: 0, passed: 0, failures: [] },
          rollback: summary,
          logExcerpt: [],
          notes: [],
        };
        finish(report);
      },
      "railpilot rollback",
    );
  });
}
