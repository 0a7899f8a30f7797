/** The final report of deploy, watch and rollback: one JSON object, or a human summary. */
import { formatDuration } from "../core/index.js";
import type { DeployReport } from "../deploy/index.js";
import type { CliContext } from "./context.js";

/** Prints the final report: JSON object or a human summary. */
export function printReport(ctx: CliContext, report: DeployReport, json: boolean | undefined): void {
  if (json) {
    ctx.json({
      deploymentId: report.deploymentId,
      status: report.status,
      verdict: report.verdict,
      summary: report.summary,
      durationsMs: report.durationsMs,
      health: {
        checks: report.health.checks,
        passed: report.health.passed,
        ...(report.health.url ? { url: report.health.url } : {}),
        failures: report.health.failures,
      },
      ...(report.rollback
        ? {
            rollback: {
              toDeploymentId: report.rollback.toDeploymentId,
              status: report.rollback.status,
              ...(report.rollback.newDeploymentId ? { newDeploymentId: report.rollback.newDeploymentId } : {}),
              ...(report.rollback.reason ? { reason: report.rollback.reason } : {}),
            },
          }
        : {}),
      ...(report.supersededBy ? { supersededBy: report.supersededBy } : {}),
      ...(report.url ? { url: report.url } : {}),
      logExcerpt: report.logExcerpt,
      notes: report.notes,
    });
    return;
  }
  const d = report.durationsMs;
  ctx.out(`${report.verdict.toUpperCase()}: ${report.summary}`);
  ctx.out(
    `  deployment ${report.deploymentId ?? "-"} · status ${report.status ?? "-"} · queued ${formatDuration(d.queued)} · build ${formatDuration(d.build)} · deploy ${formatDuration(d.deploy)}`,
  );
  if (report.health.checks)
    ctx.out(
      `  health ${report.health.passed}/${report.health.checks} probes passed${report.health.failures.length ? ` (${report.health.failures.join(", ")})` : ""} ${report.health.url ?? ""}`,
    );
  if (report.rollback)
    ctx.out(
      `  rollback ${report.rollback.status} → ${report.rollback.toDeploymentId ?? "-"}${report.rollback.newDeploymentId ? ` (new deployment ${report.rollback.newDeploymentId})` : ""}${report.rollback.reason ? `: ${report.rollback.reason}` : ""}`,
    );
  if (report.supersededBy) ctx.out(`  superseded by ${report.supersededBy}`);
  if (report.url) ctx.out(`  url ${report.url}`);
  if (report.logExcerpt.length) {
    ctx.out("  decisive log lines:");
    for (const l of report.logExcerpt) ctx.out(`    ${l}`);
  }
}
