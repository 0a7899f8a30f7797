/** `railpilot services create NAME --from-template SERVICE`: a new service copied from an existing one. */
import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { cloneService } from "../../provision/index.js";
import { ProjectTokenDocument } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { collect, parseSets, provisionWiring } from "./plan.js";

interface CreateFlags {
  fromTemplate: string;
  set: string[];
  project?: string;
  environment?: string;
  branch?: string;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  const services = program.command("services").description("Services inside an existing project");
  services
    .command("create <name>")
    .description("Create a service as a copy of another (source, settings, variables) and deploy it once")
    .requiredOption("--from-template <service>", "existing service to copy")
    .option("--set <key=value>", "variable to set on the new service (repeatable)", collect, [])
    .option("-p, --project <id>", "project (default: RAILWAY_PROJECT_ID, or the project token's)")
    .option("-e, --environment <nameOrId>", "environment (default: RAILWAY_ENVIRONMENT_ID, else the only one or production)")
    .option("--branch <branch>", "branch to connect for a repo source", "main")
    .option("--json", "print the result as JSON")
    .action(async (name: string, flags: CreateFlags) => {
      const set = parseSets(flags.set);
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        let projectId = flags.project ?? ctx.io.env.RAILWAY_PROJECT_ID;
        let environment = flags.environment ?? ctx.io.env.RAILWAY_ENVIRONMENT_ID;
        if (!projectId && wiring.client.tokenKind === "project") {
          const { projectToken } = await wiring.client.request(ProjectTokenDocument);
          projectId = projectToken.projectId;
          environment ??= projectToken.environmentId;
        }
        if (!projectId) throw new UsageError("No project given", { hint: "Pass --project <id> or set RAILWAY_PROJECT_ID." });
        const result = await cloneService(wiring.client, wiring.clock, {
          projectId,
          template: flags.fromTemplate,
          name,
          set,
          ...(environment ? { environment } : {}),
          ...(flags.branch ? { branch: flags.branch } : {}),
        });
        if (flags.json) ctx.json({ name, ...result });
        else ctx.out(`Created ${name} (${result.serviceId}) from ${flags.fromTemplate} with ${result.variables.length} variable(s); deploying.`);
      } finally {
        await wiring.close();
      }
    });
}
