import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { isRailpilotError, redact } from "../core/index.js";
import { commands } from "./commands/index.js";
import { type CliIO, createContext } from "./context.js";
import { ExitCode, exitCodeFor, hintFor } from "./exit-codes.js";
import { EXIT_CODES_HELP } from "./output.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const ctx = createContext(io);
  const program = new Command("railpilot")
    .description("Deploy, watch, heal and provision services on Railway.")
    .version(pkg.version, "-V, --version")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText("after", EXIT_CODES_HELP);
  for (const command of commands) command.register(program, ctx);
  for (const sub of program.commands) sub.exitOverride();

  try {
    await program.parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; bad flags with commander's message already printed.
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    reportError(error, ctx.err, io.env);
    return exitCodeFor(error);
  }
}

function reportError(error: unknown, err: (line: string) => void, env: NodeJS.ProcessEnv): void {
  if (isRailpilotError(error)) {
    err(`error: ${error.message}`);
    const hint = hintFor(error);
    if (hint) err(`hint: ${hint}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    err(`error: ${message}`);
  }
  if (env.RAILPILOT_DEBUG && error instanceof Error && error.stack) err(redact(error.stack));
}

function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
