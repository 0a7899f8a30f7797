/**
 * `railpilot plan -f SPEC`: the diff between a stack spec and what exists on Railway. Also
 * exports the wiring the apply/instances/services commands share (spec loading, client,
 * clock, journal).
 */
import { basename, extname, resolve } from "node:path";
import type { Command } from "commander";
import { type Clock, registerSecret, UsageError } from "../../core/index.js";
import {
  type AuditSink,
  HIDDEN,
  loadSpecFile,
  MemoryJournal,
  type Plan,
  type PlanChange,
  type ProvisionJournal,
  planFromLive,
  resolveWorkspaceId,
  type StackSpec,
  StoreJournal,
} from "../../provision/index.js";
import type { RailwayClient, RailwayPlan } from "../../railway/index.js";
import type { Config } from "../../config/index.js";
import type { CliContext } from "../context.js";
import { connectRailway } from "../railway-client.js";

/** Collects a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--set K=V` pairs as a map. */
export function parseSets(sets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of sets) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--set "${pair}" is not KEY=VALUE`, { hint: "Write --set TENANT=acme (repeat for more)." });
    if (eq === pair.length - 1)
      throw new UsageError(`--set ${pair.slice(0, eq)}= has an empty value`, {
        hint: "Give the parameter a value: --set TENANT=acme.",
      });
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Loads a YAML spec or a `.railway/railway.ts` program, with template parameters (bounded in size and time). */
export async function loadSpec(
  file: string,
  params: Record<string, string>,
  cwd: string,
  environment?: string,
): Promise<StackSpec> {
  return loadSpecFile(resolve(cwd, file), { displayName: file, params, ...(environment ? { environment } : {}) });
}

/** The name of a stack for tags and listings: the spec file's base name. */
export function stackName(file: string): string {
  const base = basename(file, extname(file));
  return base === "railway" ? basename(resolve(file, "..", "..")) : base;
}

export interface ProvisionWiring {
  client: RailwayClient;
  clock: Clock;
  journal: ProvisionJournal;
  /** One audit_log row per side effect (when the store is open). */
  audit?: AuditSink;
  workspaceId: string | undefined;
  /** The Railway plan whose API limits the client follows (RAILPILOT_PLAN or railpilot.yaml, default hobby). */
  railwayPlan: RailwayPlan;
  /** The loaded configuration (railpilot.yaml and environment). */
  config: Config;
  close(): Promise<void>;
}

/**
 * Registers the Railway tokens for redaction before anything else runs (a spec program that
 * throws with a token in its message is printed redacted).
 */
export function registerTokenSecrets(ctx: CliContext): void {
  registerSecret(ctx.io.env.RAILWAY_TOKEN);
  registerSecret(ctx.io.env.RAILWAY_API_TOKEN);
}

/** Client, clock, workspace and (optionally) the store-backed journal. */
export async function provisionWiring(ctx: CliContext, options: { journal: boolean }): Promise<ProvisionWiring> {
  const env = ctx.io.env;
  registerSecret(env.RAILWAY_TOKEN);
  registerSecret(env.RAILWAY_API_TOKEN);
  const railway = await connectRailway(ctx);
  let journal: ProvisionJournal = new MemoryJournal();
  let audit: AuditSink | undefined;
  let closeStore = async () => {};
  try {
    if (options.journal) {
      const { openStore } = await import("../../store/index.js");
      const { store: storeConfig } = railway.config;
      const store = await openStore(
        storeConfig.databaseUrl ? { databaseUrl: storeConfig.databaseUrl } : { dataDir: storeConfig.dataDir },
      );
      journal = StoreJournal.over(store.db);
      const { recordAudit } = await import("../../store/index.js");
      audit = async (entry) => {
        await recordAudit(store.db, {
          actor: "railpilot",
          kind: entry.kind,
          target: entry.target,
          at: new Date(railway.clock.now()),
          ...(entry.detail ? { detail: entry.detail } : {}),
        });
      };
      closeStore = () => store.close();
    }
    const workspaceId = await resolveWorkspaceId(railway.client, env.RAILWAY_WORKSPACE_ID);
    return {
      client: railway.client,
      clock: railway.clock,
      journal,
      ...(audit ? { audit } : {}),
      workspaceId,
      railwayPlan: railway.config.railway.plan,
      config: railway.config,
      close: async () => {
        await closeStore();
        await railway.close();
      },
    };
  } catch (error) {
    await closeStore();
    await railway.close();
    throw error;
  }
}

const SYMBOL: Record<PlanChange["action"], string> = { create: "+", update: "~", delete: "-", unchanged: " " };

/** The plan as lines for people (changes only; values hidden where secret). */
export function renderPlan(plan: Plan): string[] {
  const { create, update, delete: del, unchanged } = plan.summary;
  const lines = [
    `Plan for ${plan.project} (${plan.environment}): ${create} to create, ${update} to update, ${del} to delete, ${unchanged} unchanged`,
  ];
  const changes = plan.changes.filter((c) => c.action !== "unchanged");
  if (changes.length === 0) {
    lines.push("No changes: Railway matches the spec.");
    return lines;
  }
  const width = Math.min(60, Math.max(...changes.map((c) => c.address.length)));
  for (const c of changes) {
    let detail = "";
    if (c.action === "update") detail = `${c.before ?? ""} → ${c.after ?? ""}`;
    else if (c.action === "create") detail = c.after ?? "";
    else if (c.action === "delete") detail = `${c.before ?? ""} (destructive)`;
    lines.push(`  ${SYMBOL[c.action]} ${c.address.padEnd(width)}  ${detail}`.trimEnd());
  }
  if (plan.changes.some((c) => c.after?.startsWith(HIDDEN) || c.before === HIDDEN))
    lines.push(`Values shown as ${HIDDEN} are secret and never printed.`);
  if (del > 0) lines.push("Deletions need --confirm-destructive on apply.");
  return lines;
}

interface PlanFlags {
  file: string;
  environment?: string;
  set: string[];
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("plan")
    .description("Show what apply would change: the diff between a stack spec and what exists on Railway")
    .requiredOption("-f, --file <spec>", "stack spec (stack.yaml, or .railway/railway.ts)")
    .option("-e, --environment <name>", "environment (default: the spec's, else production)")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: names the template syntax for the user
    .option("--set <key=value>", "template parameter for ${KEY} / {{ .key }} (repeatable)", collect, [])
    .option("--json", "print the plan as JSON (save it for `apply --plan`)")
    .action(async (flags: PlanFlags) => {
      registerTokenSecrets(ctx);
      const spec = await loadSpec(flags.file, parseSets(flags.set), ctx.io.cwd, flags.environment);
      const wiring = await provisionWiring(ctx, { journal: false });
      try {
        const { plan } = await planFromLive(spec, wiring);
        if (flags.json) ctx.json(plan);
        else for (const line of renderPlan(plan)) ctx.out(line);
      } finally {
        await wiring.close();
      }
    });
}
