/** `railpilot watch <deploymentId|--service S>`: the deploy follower without triggering anything. */
import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { runWatch } from "../../deploy/index.js";
import type { CliContext } from "../context.js";
import {
  addFollowOptions,
  addTargetOptions,
  type FollowFlags,
  resolveDeployTarget,
  type TargetFlags,
  withFollowSession,
} from "../deploy-wiring.js";

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("watch")
    .description(
      "Follow a deployment (or a service's latest) to a verdict, with the same checks and rollback as deploy",
    )
    .argument("[deploymentId]", "deployment to follow (default: the service's latest)");
  addTargetOptions(cmd);
  addFollowOptions(cmd);
  cmd.action(async (deploymentId: string | undefined, flags: TargetFlags & FollowFlags) => {
    await withFollowSession(
      ctx,
      flags,
      async ({ w, run, finish }) => {
        let serviceId: string;
        let environmentId: string;
        if (deploymentId) {
          const d = await w.api.deployment(deploymentId);
          if (!d.serviceId)
            throw new UsageError(`deployment ${deploymentId} belongs to no service`, {
              hint: "Watch a service deployment.",
            });
          serviceId = d.serviceId;
          environmentId = d.environmentId;
        } else {
          if (!flags.service && !w.config.railway.serviceId)
            throw new UsageError("give a deployment id or --service", { hint: "e.g. railpilot watch --service api" });
          const target = await resolveDeployTarget(w, flags);
          serviceId = target.serviceId;
          environmentId = target.environmentId;
          const [latest] = await w.api.deployments(serviceId, environmentId, 1);
          if (!latest)
            throw new UsageError("this service has no deployment to watch", { hint: "Run railpilot deploy first." });
          deploymentId = latest.id;
        }
        finish(await runWatch({ ...run, serviceId, environmentId, deploymentId }));
      },
      "railpilot watch",
    );
  });
}
