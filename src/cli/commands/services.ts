/** `railpilot services create NAME --from-template SERVICE`: a new service copied from an existing one. */
import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import { formatDuration, parseDuration } from "../../core/index.js";
import { followDeployment, RailwayDeployApi } from "../../deploy/index.js";
import { resolveTarget } from "../../config/index.js";
import { cloneService, pollUntil } from "../../provision/index.js";
import { ServiceInstanceDocument } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { targetWanted } from "../railway-client.js";
import { ExitCode } from "../exit-codes.js";
import { collect, parseSets, provisionWiring, registerTokenSecrets } from "./plan.js";

interface CreateFlags {
  fromTemplate: string;
  set: string[];
  project?: string;
  environment?: string;
  branch?: string;
  wait: boolean;
  timeout: string;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  const services = program.command("services").description("Services inside an existing project");
  services
    .command("create <name>")
    .description(
      "Create a service as a copy of another (source, settings, variables), deploy it once and follow the deployment",
    )
    .requiredOption("--from-template <service>", "existing service to copy")
    .option("--set <key=value>", "variable to set on the new service (repeatable)", collect, [])
    .option(
      "-p, --project <nameOrId>",
      "project (default: RAILWAY_PROJECT_ID, the project token's, or the only one the token sees)",
    )
    .option(
      "-e, --environment <nameOrId>",
      "environment (default: RAILWAY_ENVIRONMENT_ID, else production or the only one)",
    )
    .option("--branch <branch>", "branch to connect for a repo source", "main")
    .option("--no-wait", "return once the deployment is triggered, without following it")
    .option("--timeout <duration>", "how long to follow the deployment", "15m")
    .option("--json", "print the result as JSON")
    .action(async (name: string, flags: CreateFlags) => {
      registerTokenSecrets(ctx);
      const set = parseSets(flags.set);
      const timeoutMs = parseDuration(flags.timeout);
      const wiring = await provisionWiring(ctx, { journal: true });
      try {
        // The same project choice as every other command (the only project the token sees, ...).
        const target = await resolveTarget(wiring.client, wiring.config, targetWanted(flags));
        const startedAt = wiring.clock.now();
        const result = await cloneService(wiring.client, wiring.clock, {
          projectId: target.project.id,
          template: flags.fromTemplate,
          name,
          set,
          environment: target.environment.id,
          ...(flags.branch ? { branch: flags.branch } : {}),
        });
        // Journaled (as a finished one-step run) and audited: what this command created.
        const runId = randomUUID();
        const step = {
          id: `service.create:${name}`,
          kind: "service.create" as const,
          target: name,
          destructive: false,
        };
        await wiring.journal.createRun({
          id: runId,
          stack: `${target.project.name}#services`,
          environment: target.environment.name,
          instance: null,
          status: "running",
          specDigest: "",
          fingerprint: "",
          steps: [step],
          error: null,
          startedAt,
          finishedAt: null,
        });
        await wiring.journal.stepStarted(runId, step.id, 0, step.kind, startedAt);
        await wiring.journal.stepFinished(
          runId,
          step.id,
          "done",
          [{ type: "service", id: result.serviceId, name }],
          null,
          wiring.clock.now(),
        );
        await wiring.journal.finishRun(runId, "succeeded", null, wiring.clock.now());
        await wiring.audit?.({
          kind: "services.create",
          target: `${target.project.name}/${target.environment.name}`,
          detail: { runId, service: name, serviceId: result.serviceId, from: flags.fromTemplate },
        });

        if (!flags.wait) {
          if (flags.json) ctx.json({ name, ...result, deployment: null });
          else
            ctx.out(
              `Created ${name} (${result.serviceId}) from ${flags.fromTemplate} with ${result.variables.length} variable(s); deploying (not followed: --no-wait).`,
            );
          return;
        }
        ctx.err(
          `Created ${name} (${result.serviceId}) from ${flags.fromTemplate} with ${result.variables.length} variable(s); following its deployment.`,
        );
        // serviceConnect deployed it: the deployment shows up on the service instance.
        const deploymentId = await pollUntil(
          `The deployment of ${name} to appear`,
          async () =>
            (
              await wiring.client.request(ServiceInstanceDocument, {
                serviceId: result.serviceId,
                environmentId: result.environmentId,
              })
            ).serviceInstance.latestDeployment?.id,
          wiring.clock,
          { timeoutMs: Math.min(timeoutMs, 120_000), intervalMs: 2_000 },
        );
        const api = new RailwayDeployApi(wiring.client);
        const followed = await followDeployment(api, deploymentId, {
          clock: wiring.clock,
          timeoutMs,
          startedAt,
          onProgress: (p) => {
            if (p.kind === "status") ctx.err(`  ${p.status}`);
          },
        });
        const outcome = followed.result?.outcome ?? "timeout";
        const elapsed = formatDuration(wiring.clock.now() - startedAt);
        if (flags.json)
          ctx.json({
            name,
            ...result,
            deployment: { id: deploymentId, outcome, status: followed.result?.status ?? null },
          });
        else if (outcome === "live") ctx.out(`Deployed ${name} (deployment ${deploymentId}) in ${elapsed}.`);
        else
          ctx.out(
            `The deployment of ${name} (${deploymentId}) ended ${outcome}${followed.result?.status ? ` (${followed.result.status})` : ""} after ${elapsed}; the service stays (remove it in the dashboard if it is not wanted).`,
          );
        if (outcome === "timeout") ctx.setExitCode(ExitCode.TIMEOUT);
        else if (outcome !== "live") ctx.setExitCode(ExitCode.FAILED);
      } finally {
        await wiring.close();
      }
    });
}
