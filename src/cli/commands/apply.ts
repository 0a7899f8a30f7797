/**
 * `railpilot apply -f SPEC`: applies a stack step by step with a journal; removes what it
 * created when a step fails (unless --keep-on-failure); resumes an interrupted apply.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { formatDuration, UsageError } from "../../core/index.js";
import {
  abandonRun,
  type ApplyEvent,
  type ApplyOptions,
  applyStack,
  describeLeftovers,
  type Plan,
  planFromLive,
} from "../../provision/index.js";
import type { CliContext } from "../context.js";
import {
  collect,
  loadSpec,
  parseSets,
  type ProvisionWiring,
  provisionWiring,
  registerTokenSecrets,
  renderPlan,
} from "./plan.js";

/** Asks a yes/no question on the terminal. */
export async function confirm(ctx: CliContext, question: string): Promise<boolean> {
  const rl = createInterface({ input: ctx.io.stdin, output: ctx.io.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Prints apply progress: one plain line per event (CI), or the same with markers on a TTY. */
export function progressPrinter(ctx: CliContext, json: boolean): (e: ApplyEvent) => void {
  const tty = ctx.interactive(json);
  const write = json ? (line: string) => ctx.err(line) : (line: string) => ctx.out(line);
  return (e) => {
    switch (e.type) {
      case "resume":
        write(`Resuming interrupted apply ${e.runId}: ${e.remaining} step(s) left`);
        return;
      case "step-start":
        if (tty) write(`… [${e.index + 1}/${e.total}] ${e.step.id}`);
        return;
      case "step-done":
        write(`${tty ? "✓" : "done"} [${e.index + 1}/${e.total}] ${e.step.id}${e.adopted ? " (already there)" : ""}`);
        return;
      case "step-failed":
        write(`${tty ? "✗" : "failed"} [${e.index + 1}/${e.total}] ${e.step.id}: ${e.error.message}`);
        return;
      case "compensate":
        write(
          `${e.ok ? "removed" : "could not remove"} ${e.resource.type} ${e.resource.id}${e.error ? `: ${e.error.message}` : ""}`,
        );
        return;
    }
  };
}

/** Wires the test hook RAILPILOT_TEST_CRASH_AFTER_STEP=N: exit hard once step N is journaled. */
export function crashHook(ctx: CliContext, wiring: ProvisionWiring): ((n: number) => Promise<void>) | undefined {
  const raw = ctx.io.env.RAILPILOT_TEST_CRASH_AFTER_STEP;
  if (!raw) return undefined;
  const at = Number(raw);
  return async (n) => {
    if (n !== at) return;
    await wiring.close(); // flush the journal to disk, as an fsync'd database would have
    process.exit(137);
  };
}

interface ApplyFlags {
  file: string;
  dryRun?: boolean;
  abandon?: boolean;
  environment?: string;
  set: string[];
  yes?: boolean;
  confirmDestructive?: boolean;
  plan?: string;
  keepOnFailure?: boolean;
  json?: boolean;
}

function readSavedPlan(path: string): Plan {
  try {
    const plan = JSON.parse(readFileSync(path, "utf8")) as Plan;
    if (plan.version !== 1 || typeof plan.fingerprint !== "string" || !Array.isArray(plan.steps))
      throw new Error("not a railpilot plan");
    return plan;
  } catch (cause) {
    throw new UsageError(`Cannot read the saved plan ${path}`, {
      cause,
      hint: "Save one with `railpilot plan -f SPEC --json > plan.json`.",
    });
  }
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command("apply")
    .description("Create or update a stack on Railway from its spec, step by step, with a journal")
    .requiredOption("-f, --file <spec>", "stack spec (stack.yaml, or .railway/railway.ts)")
    .option("-e, --environment <name>", "environment (default: the spec's, else production)")
    .option("--set <key=value>", "template parameter (repeatable)", collect, [])
    .option("-y, --yes", "apply without asking (required when not on a terminal)")
    .option("--confirm-destructive", "allow deletions")
    .option("--plan <file>", "apply this saved plan (refused if Railway changed since)")
    .option("--keep-on-failure", "keep what this apply created when a step fails")
    .option("--dry-run", "show the steps apply would run now (an interrupted run's remaining ones), change nothing")
    .option("--abandon", "give up an interrupted apply of this stack: remove what it created and clear its journal")
    .option("--json", "print the result as JSON (progress goes to stderr)")
    .action(async (flags: ApplyFlags) => {
      await runApply(ctx, flags);
    });
}

/** Stops an apply between steps on SIGINT/SIGTERM (the journal stays resumable). */
function stopOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = (name: string) => () => controller.abort(new Error(`received ${name}`));
  const onInt = stop("SIGINT");
  const onTerm = stop("SIGTERM");
  process.once("SIGINT", onInt);
  process.once("SIGTERM", onTerm);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    },
  };
}

async function runApply(ctx: CliContext, flags: ApplyFlags): Promise<void> {
  registerTokenSecrets(ctx);
  if (flags.dryRun && flags.abandon)
    throw new UsageError("--dry-run and --abandon do not go together", { hint: "Pick one." });
  const spec = await loadSpec(flags.file, parseSets(flags.set), ctx.io.cwd, flags.environment);
  let savedPlan = flags.plan ? readSavedPlan(resolve(ctx.io.cwd, flags.plan)) : undefined;
  const wiring = await provisionWiring(ctx, { journal: true });
  const stop = stopOnSignals();
  try {
    if (flags.abandon) {
      if (!flags.yes && !ctx.interactive(flags.json)) {
        throw new UsageError(
          "--abandon deletes what the interrupted apply created: pass --yes when not on a terminal",
          { hint: "Check with `railpilot apply -f SPEC --dry-run` first." },
        );
      }
      const open = await wiring.journal.findOpenRun(spec.project.name, spec.environment);
      if (
        open &&
        !flags.yes &&
        !(await confirm(ctx, `Remove what the interrupted apply ${open.id} of ${spec.project.name} created?`))
      ) {
        ctx.err("Nothing changed.");
        return;
      }
      const abandoned = await abandonRun(spec.project.name, spec.environment, {
        ...wiring,
        onEvent: progressPrinter(ctx, Boolean(flags.json)),
      });
      if (flags.json)
        ctx.json(abandoned ? { abandoned: abandoned.runId, leftovers: abandoned.leftovers } : { abandoned: null });
      else if (!abandoned)
        ctx.out(`No interrupted apply of ${spec.project.name} (${spec.environment}): nothing to abandon.`);
      else if (abandoned.leftovers.length === 0)
        ctx.out(`Abandoned apply ${abandoned.runId}: removed what it created; the stack can be applied afresh.`);
      else {
        ctx.out(`Abandoned apply ${abandoned.runId}; could not remove: ${describeLeftovers(abandoned.leftovers)}`);
        ctx.setExitCode(1);
      }
      return;
    }
    if (flags.dryRun) {
      const result = await applyStack(spec, wiring, {
        dryRun: true,
        ...(savedPlan ? { savedPlan } : {}),
        ...(flags.confirmDestructive ? { confirmDestructive: true } : {}),
      });
      if (flags.json) {
        ctx.json({
          dryRun: true,
          runId: result.runId ?? null,
          resumed: result.resumed,
          steps: result.steps.map((s) => s.id),
          summary: result.plan.summary,
        });
        return;
      }
      if (result.resumed)
        ctx.out(`An apply of ${spec.project.name} was interrupted (run ${result.runId}); resuming it would run:`);
      else for (const line of renderPlan(result.plan)) ctx.out(line);
      if (result.steps.length > 0) {
        if (!result.resumed) ctx.out("Steps apply would run:");
        for (const step of result.steps) ctx.out(`  ${step.id}${step.destructive ? " (destructive)" : ""}`);
      }
      ctx.out("Dry run: nothing was changed.");
      return;
    }
    if (!flags.yes) {
      if (!ctx.interactive(flags.json))
        throw new UsageError("apply changes Railway: pass --yes when not on a terminal", {
          hint: "Review with `railpilot plan` first.",
        });
      const open = await wiring.journal.findOpenRun(spec.project.name, spec.environment);
      if (open) {
        // A resumed run goes on with the steps it planned; the journal is what gets confirmed.
        ctx.out(
          `An apply of ${spec.project.name} was interrupted (run ${open.id}); it resumes with its remaining steps of:`,
        );
        for (const step of open.steps) ctx.out(`  ${step.id}`);
        if (!(await confirm(ctx, "Resume it?"))) {
          ctx.err("Nothing applied.");
          return;
        }
      } else {
        // What is confirmed is what gets applied: the plan goes to applyStack as the saved plan,
        // so a change on Railway between the question and the answer is refused as stale.
        const plan = savedPlan ?? (await planFromLive(spec, wiring)).plan;
        for (const line of renderPlan(plan)) ctx.out(line);
        if (plan.steps.length > 0 && !(await confirm(ctx, "Apply these changes?"))) {
          ctx.err("Nothing applied.");
          return;
        }
        savedPlan = plan;
      }
    }
    const started = wiring.clock.now();
    const options: ApplyOptions = {
      ...(flags.keepOnFailure ? { keepOnFailure: true } : {}),
      ...(flags.confirmDestructive ? { confirmDestructive: true } : {}),
      ...(savedPlan ? { savedPlan } : {}),
    };
    const hook = crashHook(ctx, wiring);
    const result = await applyStack(
      spec,
      {
        ...wiring,
        signal: stop.signal,
        onEvent: progressPrinter(ctx, Boolean(flags.json)),
        ...(hook ? { afterStepJournaled: hook } : {}),
      },
      options,
    );
    const elapsed = formatDuration(wiring.clock.now() - started);
    if (flags.json) {
      ctx.json({
        runId: result.runId,
        resumed: result.resumed,
        executed: result.executed,
        projectId: result.projectId,
        summary: result.plan.summary,
      });
    } else if (result.executed.length === 0) ctx.out("No changes: Railway matches the spec.");
    else {
      ctx.out(
        `Applied ${result.executed.length} step(s) to ${spec.project.name} in ${elapsed}${result.resumed ? " (resumed)" : ""}.`,
      );
      // With several projects visible, other commands need to be told which one this is.
      if (result.projectId)
        ctx.out(
          `Project ${spec.project.name} is ${result.projectId}: point status/deploy at it with RAILWAY_PROJECT_ID=${result.projectId}.`,
        );
    }
  } finally {
    stop.dispose();
    await wiring.close();
  }
}
