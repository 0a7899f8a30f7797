import type { Command } from "commander";
import { z } from "zod";
import { UsageError } from "../../core/index.js";
import { type DiagnoseOptions, diagnoseWithModelFromEnv } from "../../patterns/index.js";
import type { CliContext } from "../context.js";
import { openLogInput } from "../log-input.js";
import { DEFAULT_MAX_LINE_CHARS, readTailLines } from "../line-reader.js";

/** The window diagnose reads: the last lines of the log, each cut to a bounded length. */
const DEFAULT_MAX_LINES = 20_000;
const MAX_LINES_CEILING = 200_000;

const Options = z.object({
  phase: z.enum(["build", "runtime"]).optional(),
  json: z.boolean().optional(),
  maxLines: z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number)
    .pipe(z.number().int().positive().max(MAX_LINES_CEILING))
    .optional(),
});

/** `railpilot diagnose [FILE|-]`: names the root cause of a failed build or crashed deploy from its log. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("diagnose")
    .description("Find the root cause of a failed build or crashed deployment in its log (a file, or stdin)")
    .argument("[file]", "log file to read; '-' or nothing reads stdin")
    .option("--phase <phase>", "build or runtime (default: inferred from the log)")
    .option(
      "--max-lines <n>",
      `keep only the last n lines of the log (default ${DEFAULT_MAX_LINES}, at most ${MAX_LINES_CEILING})`,
    )
    .option("--json", "print the diagnosis as JSON")
    .addHelpText(
      "after",
      [
        "",
        `The log is read as a stream and only its last --max-lines lines are kept (each cut to ${DEFAULT_MAX_LINE_CHARS} characters),`,
        `so memory stays bounded (about ${Math.round((DEFAULT_MAX_LINES * DEFAULT_MAX_LINE_CHARS * 2) / 1e6)} MB at most by default) however long the log is.`,
        "",
        "Categories: BUILD_DEPENDENCY, BUILD_COMPILE, BUILD_CONFIG, MISSING_MODULE_RUNTIME, MISSING_ENV_CONFIG,",
        "PORT_BINDING, OUT_OF_MEMORY, DEPENDENCY_UNREACHABLE, DB_MIGRATION, RUNTIME_EXCEPTION, HEALTHCHECK_TIMEOUT,",
        "PERMISSION_AUTH, UNKNOWN. Actions: rollback, restart, scale_memory, check_dependency, set_variable,",
        "fix_code, fix_config, none.",
        "",
        "Examples:",
        "  railway logs --build > build.log && railpilot diagnose build.log --phase build",
        "  railway logs | railpilot diagnose - --json",
      ].join("\n"),
    )
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(
          `Invalid option --${String(issue?.path[0] ?? "?").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message ?? "invalid"}.`,
          {
            hint: `Use --phase build or --phase runtime, and a whole number from 1 to ${MAX_LINES_CEILING} for --max-lines.`,
          },
        );
      }
      const options = parsed.data;
      const window = await readTailLines(
        openLogInput(file, ctx, "log in: railpilot diagnose - < deploy.log"),
        options.maxLines ?? DEFAULT_MAX_LINES,
      );
      const diagnoseOptions: DiagnoseOptions = { maxLines: window.lines.length || 1 };
      if (options.phase) diagnoseOptions.phase = options.phase;
      const found = await diagnoseWithModelFromEnv(window.lines, diagnoseOptions, ctx.io.env);
      // Line numbers count from the start of the whole log, not of the window kept.
      const skipped = window.total - window.lines.length;
      const result = {
        ...found,
        keyLine: ctx.untrusted(found.keyLine),
        keyLineNumber: found.keyLineNumber > 0 ? found.keyLineNumber + skipped : 0,
        summary: ctx.untrusted(found.summary),
        evidence: found.evidence.map((e) => ctx.untrusted(e)),
      };

      if (options.json) {
        ctx.json(result);
        return;
      }
      ctx.out(`${result.category}  (confidence ${result.confidence.toFixed(2)}, ${result.phase} log)`);
      ctx.out(result.summary);
      if (result.keyLine) ctx.out(`key line ${result.keyLineNumber}: ${result.keyLine}`);
      ctx.out(`action: ${result.action}${result.variable ? ` ${result.variable}` : ""}`);
      if (result.evidence.length > 0) {
        ctx.out("evidence:");
        for (const e of result.evidence) ctx.out(`  - ${e}`);
      }
    });
}
