/**
 * `railpilot instances …`: tenant fleets, one stack (project) per customer, with soft delete.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { formatDuration, parseDuration, UsageError } from "../../core/index.js";
import {
  cancelDelete,
  createInstance,
  deleteInstance,
  fleetConcurrency,
  type InstanceSummary,
  instanceStatus,
  listInstances,
  mapBounded,
  parseTenantsCsv,
  publicUrls,
  redeployInstance,
  sweepInstances,
  validateInstanceName,
} from "../../provision/index.js";
import { MeDocument, PLAN_LIMITS, ProjectTokenDocument, RailwayAuthError } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { confirm, crashHook, progressPrinter } from "./apply.js";
import { collect, loadSpec, parseSets, provisionWiring, registerTokenSecrets, stackName } from "./plan.js";

function countdown(i: InstanceSummary): string {
  if (!i.deletion) return "active";
  const left = i.deletion.remainingMs > 0 ? `in ${formatDuration(i.deletion.remainingMs)}` : "due now";
  return `deleting ${left} (${i.deletion.mode === "railway" ? "Railway schedule" : "railpilot grace"}, ${i.deletion.at})`;
}

/** The --from CSV, relative to the working directory; a missing file is a usage error naming it. */
function readTenantsFile(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (cause) {
    throw new UsageError(`Cannot read the tenants file ${file}`, {
      cause,
      hint: "Pass a CSV with --from: a header line `name,PARAM…`, then one tenant per line.",
    });
  }
}

interface CreateFlags {
  stack: string;
  yes?: boolean;
  set: string[];
  from?: string;
  keepOnFailure?: boolean;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  const instances = program.command("instances").description("Tenant fleets: one isolated stack per customer");

  instances
    .command("create [name]")
    .description("Create a tenant's stack from a spec (or many, from a CSV)")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: names the template syntax for the user
    .requiredOption("--stack <spec>", "stack spec; ${TENANT} and {{ .name }} become the instance name")
    .option("--set <key=value>", "extra template parameter (repeatable)", collect, [])
    .option("--from <csv>", "create every tenant in this CSV (columns: name, then parameters)")
    .option("--keep-on-failure", "keep what was created when a step fails")
    .option("-y, --yes", "create without asking (accepted for symmetry with apply: create never asks)")
    .option("--json", "print results as JSON")
    .action(async (name: string | undefined, flags: CreateFlags) => {
      registerTokenSecrets(ctx);
      const sets = parseSets(flags.set);
      const tenants = flags.from
        ? parseTenantsCsv(readTenantsFile(flags.from, ctx.io.cwd)).map((t) => ({
            name: t.name,
            params: { ...sets, ...t.params },
          }))
        : name
          ? [{ name, params: sets }]
          : [];
      if (tenants.length === 0)
        throw new UsageError("Give an instance name or --from tenants.csv", {
          hint: "railpilot instances create acme --stack stack.yaml",
        });
      for (const t of tenants) validateInstanceName(t.name);
      const dupes = tenants.map((t) => t.name).filter((n, i, all) => all.indexOf(n) !== i);
      if (dupes.length > 0)
        throw new UsageError(`Duplicate instance names: ${[...new Set(dupes)].join(", ")}`, {
          hint: "Each tenant needs its own name.",
        });

      const wiring = await provisionWiring(ctx, { journal: true });
      try {
        const concurrency = fleetConcurrency(PLAN_LIMITS[wiring.railwayPlan].perSecond, tenants.length);
        const printer = progressPrinter(ctx, Boolean(flags.json));
        const hook = tenants.length === 1 ? crashHook(ctx, wiring) : undefined;
        if (tenants.length > 1) ctx.err(`Creating ${tenants.length} instances, ${concurrency} at a time`);
        const results = await mapBounded(tenants, concurrency, async (t) => {
          const spec = await loadSpec(flags.stack, { ...t.params, TENANT: t.name, name: t.name }, ctx.io.cwd);
          const applied = await createInstance(
            t.name,
            spec,
            stackName(flags.stack),
            {
              ...wiring,
              onEvent: tenants.length === 1 ? printer : () => {},
              ...(hook ? { afterStepJournaled: hook } : {}),
            },
            flags.keepOnFailure ? { keepOnFailure: true } : {},
          );
          // The public URLs of a single new instance (a CSV run leaves them to `instances status`).
          const urls =
            applied.projectId && tenants.length === 1
              ? await publicUrls(wiring.client, applied.projectId, applied.environmentId)
              : [];
          return { ...applied, urls };
        });
        const rows = results.map((r, i) => ({
          name: tenants[i]?.name,
          ok: r.status === "fulfilled",
          projectId: r.status === "fulfilled" ? r.value.projectId : undefined,
          steps: r.status === "fulfilled" ? r.value.executed.length : undefined,
          urls:
            r.status === "fulfilled"
              ? r.value.urls.flatMap((u) => u.urls.map((url) => ({ service: u.service, url })))
              : undefined,
          error:
            r.status === "rejected" ? (r.reason instanceof Error ? r.reason.message : String(r.reason)) : undefined,
        }));
        if (flags.json) ctx.json(tenants.length === 1 && !flags.from ? rows[0] : rows);
        else {
          for (const r of rows) {
            ctx.out(
              r.ok ? `created ${r.name} (project ${r.projectId}, ${r.steps} steps)` : `FAILED ${r.name}: ${r.error}`,
            );
            for (const u of r.urls ?? []) ctx.out(`  ${u.service}: ${u.url}`);
          }
        }
        const failures = results.filter((r) => r.status === "rejected");
        if (failures.length === 1 && tenants.length === 1) throw (failures[0] as PromiseRejectedResult).reason;
        if (failures.length > 0) ctx.setExitCode(1);
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("list")
    .description("List tenant instances, with deletion countdowns")
    .option("--json", "print as JSON")
    .action(async (flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const list = await listInstances(wiring.client, wiring.workspaceId, wiring.clock);
        if (flags.json) ctx.json(list);
        else if (list.length === 0) ctx.out("No instances.");
        else for (const i of list) ctx.out(`${i.name.padEnd(24)} ${i.projectName.padEnd(32)} ${countdown(i)}`);
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("status <name>")
    .description("Show an instance's services and deletion countdown")
    .option("--json", "print as JSON")
    .action(async (name: string, flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const s = await instanceStatus(wiring.client, wiring.workspaceId, wiring.clock, name);
        if (flags.json) ctx.json(s);
        else {
          ctx.out(`${s.name}: project ${s.projectName} (${s.projectId}), ${countdown(s)}`);
          for (const svc of s.services) {
            ctx.out(
              `  ${svc.name.padEnd(20)} ${svc.database ? "database " : "service  "} ${svc.status ?? "not deployed"}${svc.urls.length > 0 ? `  ${svc.urls.join(" ")}` : ""}`,
            );
          }
        }
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("delete <name>")
    .description("Soft-delete an instance (Railway's 48 h schedule, or a longer --grace); --force deletes now")
    .option("--grace <duration>", "keep it this long before `sweep` deletes it (e.g. 7d)")
    .option("--force", "delete now (asks first; --yes skips the question)")
    .option("-y, --yes", "do not ask")
    .option("--json", "print as JSON")
    .action(async (name: string, flags: { grace?: string; force?: boolean; yes?: boolean; json?: boolean }) => {
      const graceMs = flags.grace ? parseDuration(flags.grace, "--grace") : undefined;
      if (flags.force && !flags.yes) {
        if (!ctx.interactive(flags.json))
          throw new UsageError("--force deletes now and cannot be undone: pass --yes too", {
            hint: "Or drop --force for a soft delete.",
          });
        if (!(await confirm(ctx, `Delete instance ${name} and all its data NOW?`))) {
          ctx.err("Nothing deleted.");
          return;
        }
      }
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const r = await deleteInstance(wiring.client, wiring.workspaceId, wiring.clock, name, {
          ...(flags.force ? { force: true } : {}),
          ...(graceMs !== undefined ? { graceMs } : {}),
        });
        if (flags.json) ctx.json(r);
        else if (r.mode === "now") ctx.out(r.already ? `${name} was already deleted.` : `Deleted ${name}.`);
        else if (r.already)
          ctx.out(
            `${name} is already scheduled for deletion at ${r.at}; undo with \`railpilot instances cancel-delete ${name}\`.`,
          );
        else
          ctx.out(
            `${name} will be deleted at ${r.at}${r.mode === "grace" ? " by `railpilot instances sweep`" : " by Railway"}; undo with \`railpilot instances cancel-delete ${name}\`.`,
          );
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("cancel-delete <name>")
    .description("Cancel a scheduled deletion")
    .option("--json", "print as JSON")
    .action(async (name: string, flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const r = await cancelDelete(wiring.client, wiring.workspaceId, wiring.clock, name);
        if (flags.json) ctx.json(r);
        else ctx.out(`Deletion of ${name} cancelled.`);
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("redeploy <name>")
    .description("Deploy every app service of an instance again")
    .option("--json", "print as JSON")
    .action(async (name: string, flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const r = await redeployInstance(wiring.client, wiring.workspaceId, wiring.clock, name, {
          since: wiring.clock.now(),
        });
        if (flags.json) ctx.json({ name, redeployed: r.deployed, skipped: r.skipped });
        else {
          ctx.out(`Redeploying ${r.deployed.join(", ") || "nothing"} in ${name}.`);
          if (r.skipped.length > 0) ctx.out(`Already deploying (left alone): ${r.skipped.join(", ")}.`);
        }
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("sweep")
    .description("Delete instances whose grace period has ended")
    .option("--json", "print as JSON")
    .action(async (flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const swept = await sweepInstances(wiring.client, wiring.workspaceId, wiring.clock);
        if (flags.json) ctx.json({ deleted: swept.map((i) => i.name) });
        else ctx.out(swept.length === 0 ? "Nothing due." : `Deleted ${swept.map((i) => i.name).join(", ")}.`);
      } finally {
        await wiring.close();
      }
    });

  instances
    .command("whoami")
    .description("Show which token, user and workspace instances are created with, and the request budget")
    .option("--json", "print as JSON")
    .action(async (flags: { json?: boolean }) => {
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const budget = wiring.client.budget.remaining();
        let who: Record<string, unknown> = {
          tokenKind: wiring.client.tokenKind,
          workspaceId: wiring.workspaceId,
          endpoint: wiring.client.endpoint,
        };
        if (wiring.client.tokenKind === "project") {
          const { projectToken } = await wiring.client.request(ProjectTokenDocument);
          who = { ...who, project: projectToken.project.name, environment: projectToken.environment.name };
        } else {
          try {
            const { me } = await wiring.client.request(MeDocument);
            who = { ...who, user: me.email, workspaces: me.workspaces.map((w) => w.name) };
          } catch (error) {
            // Only an auth refusal means a workspace token; a network failure is an error.
            if (!(error instanceof RailwayAuthError)) throw error;
            who = { ...who, user: "(workspace token: no user)" };
          }
        }
        who = { ...who, budget };
        if (flags.json) ctx.json(who);
        else
          for (const [k, v] of Object.entries(who))
            ctx.out(`${k.padEnd(12)} ${typeof v === "object" ? JSON.stringify(v) : String(v)}`);
      } finally {
        await wiring.close();
      }
    });
}
