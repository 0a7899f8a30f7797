// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{Service.VAR}} is Railway's reference syntax.
/** `railpilot variables <service> [set K=V...]`: list (masked unless --reveal) or upsert a service's variables. */
import type { Command } from "commander";
import { resolveTarget } from "../../config/index.js";
import { maskValue, UsageError } from "../../core/index.js";
import { VariableCollectionUpsertDocument, VariablesDocument } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { formatTable } from "../output.js";
import { addCommonOptions, type CommonFlags, connectRailway, targetWanted } from "../railway-client.js";

interface VariablesFlags extends CommonFlags {
  reveal?: boolean;
  unrendered?: boolean;
  skipDeploys?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses `K=V` arguments (the value may contain "=" and be empty). */
export function parseAssignments(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : "";
    if (!NAME.test(name)) {
      // Never echo the argument: it may hold a secret value.
      throw new UsageError(`"${eq > 0 ? name : "(argument without =)"}" is not a NAME=value assignment`, {
        hint: "Write NAME=value; names are letters, digits and underscores, not starting with a digit.",
      });
    }
    out[name] = arg.slice(eq + 1);
  }
  return out;
}

export function register(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command("variables")
      .description("list a service's variables (masked unless --reveal), or set some: variables web set KEY=value ...")
      .argument("<service>", "service name or id")
      .argument("[action]", 'omit to list, or "set"')
      .argument("[assignments...]", "NAME=value pairs for set")
      .option("--reveal", "print values instead of masking them")
      .option("--unrendered", "show references like ${{Postgres.DATABASE_URL}} instead of their values")
      .option("--skip-deploys", "with set: do not redeploy the service"),
  ).action(async (service: string, action: string | undefined, assignments: string[], flags: VariablesFlags) => {
    if (action !== undefined && action !== "set") {
      throw new UsageError(`unknown action "${action}"`, {
        hint: 'Use "railpilot variables <service>" to list or "railpilot variables <service> set NAME=value ...".',
      });
    }
    const toSet = action === "set" ? parseAssignments(assignments) : undefined;
    if (toSet && Object.keys(toSet).length === 0)
      throw new UsageError("nothing to set", { hint: "Pass one or more NAME=value pairs after set." });

    const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
    try {
      const target = await resolveTarget(rw.client, rw.config, targetWanted(flags, service));
      const svc = target.service!;
      const scope = { projectId: target.project.id, environmentId: target.environment.id, serviceId: svc.id };

      if (toSet) {
        // An upsert of the same values is a no-op on Railway's side: safe to repeat.
        await rw.client.request(VariableCollectionUpsertDocument, {
          input: { ...scope, variables: toSet, replace: false, skipDeploys: flags.skipDeploys ?? false },
        });
        const names = Object.keys(toSet).sort();
        if (flags.json)
          return ctx.json({ service: svc, environment: target.environment, set: names, redeploy: !flags.skipDeploys });
        ctx.out(
          `set ${names.length} variable${names.length === 1 ? "" : "s"} on ${svc.name} (${target.environment.name}): ${names.join(", ")}`,
        );
        if (!flags.skipDeploys) ctx.out("Railway redeploys the service to apply them.");
        return;
      }

      const { variables } = await rw.client.request(VariablesDocument, {
        ...scope,
        ...(flags.unrendered ? { unrendered: true } : {}),
      });
      const entries = Object.entries(variables as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
      const shown = entries.map(([k, v]) => [k, flags.reveal ? v : maskValue(String(v))] as const);
      // --reveal means reveal: values are printed as Railway holds them (the output's usual
      // credential scrubbing would still hide the password inside a DATABASE_URL). Only
      // railpilot's own tokens stay hidden.
      if (flags.reveal) ctx.redactor.showUrlCredentials();
      if (flags.json) {
        const doc = {
          service: svc,
          environment: target.environment,
          masked: !flags.reveal,
          variables: Object.fromEntries(shown),
        };
        return ctx.json(doc);
      }
      if (shown.length === 0) return ctx.out(`${svc.name} (${target.environment.name}) has no variables`);
      for (const line of formatTable(["NAME", "VALUE"], shown)) ctx.out(line);
      if (!flags.reveal) ctx.err("values are masked; pass --reveal to show them");
    } finally {
      await rw.close();
    }
  });
}
