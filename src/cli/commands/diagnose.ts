import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { UsageError } from "../../core/index.js";
import { type DiagnoseOptions, diagnose } from "../../patterns/index.js";
import type { CliContext } from "../context.js";

const Options = z.object({
  phase: z.enum(["build", "runtime"]).optional(),
  json: z.boolean().optional(),
  maxLines: z.coerce.number().int().positive().optional(),
});

/** `railpilot diagnose [FILE|-]`: names the root cause of a failed build or crashed deploy from its log. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("diagnose")
    .description("Find the root cause of a failed build or crashed deployment in its log (a file, or stdin)")
    .argument("[file]", "log file to read; '-' or nothing reads stdin")
    .option("--phase <phase>", "build or runtime (default: inferred from the log)")
    .option("--max-lines <n>", "read only the last n lines (default 20000)")
    .option("--json", "print the diagnosis as JSON")
    .addHelpText(
      "after",
      [
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
        throw new UsageError(`Invalid option --${String(issue?.path[0] ?? "?").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message ?? "invalid"}.`, {
          hint: "Use --phase build or --phase runtime, and a positive whole number for --max-lines.",
        });
      }
      const options = parsed.data;
      const text = await readInput(file, ctx);
      const diagnoseOptions: DiagnoseOptions = {};
      if (options.phase) diagnoseOptions.phase = options.phase;
      if (options.maxLines) diagnoseOptions.maxLines = options.maxLines;
      const result = diagnose(text, diagnoseOptions);

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

async function readInput(file: string | undefined, ctx: CliContext): Promise<string> {
  if (file === undefined || file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  const path = resolve(ctx.io.cwd, file);
  let isFile = false;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    throw new UsageError(`Cannot read log file ${file}: it does not exist.`, {
      hint: "Check the path, or pipe the log in: railpilot diagnose - < deploy.log",
      cause: error,
    });
  }
  if (!isFile) {
    throw new UsageError(`Cannot read log file ${file}: it is not a file.`, { hint: "Pass a regular file, or '-' for stdin." });
  }
  return readFile(path, "utf8");
}
