/** `railpilot watch <deploymentId|--service S>`: the deploy follower without triggering anything. */
import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { exitCodeForVerdict, runWatch } from "../../deploy/index.js";
import type { CliContext } from "../context.js";
import { addFollowOptions, addTargetOptions, type FollowFlags, followSettings, printReport, progressPrinter, resolveTarget, type TargetFlags, wire } from "./deploy.js";

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("watch")
    .description("Follow a deployment (or a service's latest) to a verdict, with the same checks and rollback as deploy")
    .argument("[deploymentId]", "deployment to follow (default: the service's latest)");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (deploymentId: string | undefined, flags: TargetFlags & FollowFlags) => {
    const w = await wire(ctx, flags);
    const printer = progressPrinter(ctx, w.clock, flags, (id, kind, signal) => w.api.logs(id, kind, signal));
    try {
      const settings = followSettings(flags, w.config, ctx.io.env);
      let serviceId: string;
      let environmentId: string;
      if (deploymentId) {
        const d = await w.api.deployment(deploymentId);
        if (!d.serviceId) throw new UsageError(`deployment ${deploymentId} belongs to no service`, { hint: "Watch a service deployment." });
        serviceId = d.serviceId;
        environmentId = d.environmentId;
      } else {
        if (!flags.service && !w.config.railway.serviceId) throw new UsageError("give a deployment id or --service", { hint: "e.g. railpilot watch --service api" });
        const target = await resolveTarget(w, flags);
        serviceId = target.serviceId;
        environmentId = target.environmentId;
        const [latest] = await w.api.deployments(serviceId, environmentId, 1);
        if (!latest) throw new UsageError("this service has no deployment to watch", { hint: "Run railpilot deploy first." });
        deploymentId = latest.id;
      }
      const report = await runWatch({
        api: w.api,
        clock: w.clock,
        serviceId,
        environmentId,
        deploymentId,
        timeoutMs: settings.timeoutMs,
        expected: settings.expected,
        health: settings.health,
        rollback: settings.rollback,
        guard: w.guard,
        pollIntervalMs: settings.pollIntervalMs,
        onEvent: printer.onEvent,
      });
      printer.done();
      printReport(ctx, report, flags.json);
      ctx.setExitCode(exitCodeForVerdict(report.verdict));
    } finally {
      printer.done();
      await w.close();
    }
  });
}
