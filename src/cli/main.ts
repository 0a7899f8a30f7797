import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { isRailpilotError, Redactor } from "../core/index.js";
import { commands } from "./commands/index.js";
import { type CliIO, createContext } from "./context.js";
import { ExitCode, exitCodeFor, jsonErrorFor, wantsJson } from "./exit-codes.js";
import { applyCommandGroups, EXIT_CODES_HELP } from "./output.js";
import { secretsBeforeAnything } from "./run-secrets.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 *
 * The run has its own redactor. Before anything else runs (config loading, spec evaluation,
 * commander's own output) it is given every token the run could know, from the environment, the
 * config file and the flags, so no output line can carry one. Library code that learns more
 * secrets later (`registerSecret`) adds them to this run's redactor only.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const redactor = new Redactor();
  redactor.addAll(secretsBeforeAnything(argv, io.env, io.cwd), { pinned: true });
  const json = wantsJson(argv);
  const ownsProcess = io.stdout === process.stdout;
  const ctx = createContext(io, {
    redactor,
    // The reader of our output went away (`| head -1`): exit quietly, as Unix tools do.
    ...(ownsProcess ? { onClosed: () => process.exit(ctx.exitCode) } : {}),
  });
  if (ownsProcess) guardProcess(redactor, ctx.err);
  return redactor.run(async () => {
    const program = new Command("railpilot")
      .description("Deploy, watch, heal and provision services on Railway.")
      .version(pkg.version, "-V, --version", "Show the version")
      .helpOption("-h, --help", "Show help")
      .showSuggestionAfterError(true)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => ctx.io.stdout.write(s),
        // With --json the error goes out once, as JSON on stdout (below); stderr still gets the sentence.
        writeErr: (s) => ctx.io.stderr.write(s),
      })
      .addHelpText("after", EXIT_CODES_HELP);
    for (const command of commands) command.register(program, ctx);
    applyCommandGroups(program);
    for (const sub of program.commands) sub.exitOverride();

    try {
      await program.parseAsync(argv, { from: "user" });
      return ctx.exitCode;
    } catch (error) {
      if (error instanceof CommanderError) {
        // --help and --version end here with exit code 0; bad flags with commander's message already printed.
        if (error.exitCode === 0) return ExitCode.OK;
        if (json) ctx.json(jsonErrorFor(error));
        return ExitCode.USAGE;
      }
      reportError(error, ctx.err, io.env);
      if (json) ctx.json(jsonErrorFor(error));
      return exitCodeFor(error);
    }
  });
}

function reportError(error: unknown, err: (line: string) => void, env: NodeJS.ProcessEnv): void {
  if (isRailpilotError(error)) {
    err(`error: ${error.message}`);
    if (error.hint) err(`hint: ${error.hint}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    err(`error: ${message}`);
  }
  if (env.RAILPILOT_DEBUG && error instanceof Error && error.stack) err(error.stack);
}

/**
 * When the CLI owns the process, what other code prints straight to process.stdout/stderr
 * (console.log in a spec file, Node's warnings) passes the redactor too, and an exception that
 * escapes every command is reported as one redacted line, never a stack trace.
 */
function guardProcess(redactor: Redactor, err: (line: string) => void): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === "string" ? redactor.redact(chunk) : chunk instanceof Uint8Array ? redactor.redact(Buffer.from(chunk).toString("utf8")) : chunk, ...rest)) as typeof stream.write;
  }
  const fatal = (error: unknown) => {
    err(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(ExitCode.FAILED);
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
}

function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
