import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { isRailpilotError, parseDuration, Redactor, TimeoutError } from "../core/index.js";
import { commands } from "./commands/index.js";
import { type CliIO, createContext } from "./context.js";
import { cliHint, ExitCode, exitCodeFor, jsonErrorFor, wantsJson } from "./exit-codes.js";
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
      .option(
        "--request-timeout <duration>",
        "longest to wait for each answer from Railway (default: railway.timeout, 30s; env RAILPILOT_REQUEST_TIMEOUT)",
      )
      .option("--max-time <duration>", "give up on the whole command after this long (exit 4); default: no limit")
      .addHelpText("after", EXIT_CODES_HELP);
    let stopWatch = () => {};
    let maxTimeTimer: NodeJS.Timeout | undefined;
    let giveUp: (error: unknown) => void = () => {};
    const maxTimeHit = new Promise<never>((_, reject) => {
      giveUp = reject;
    });
    maxTimeHit.catch(() => {});
    program.hook("preAction", (_program, action) => {
      if (globals.requestTimeout) {
        parseDuration(globals.requestTimeout, "--request-timeout", { min: 100 });
        ctx.io.env = { ...ctx.io.env, RAILPILOT_REQUEST_TIMEOUT: globals.requestTimeout };
      }
      if (globals.maxTime) {
        const text = globals.maxTime;
        const ms = parseDuration(text, "--max-time", { min: 100 });
        maxTimeTimer = setTimeout(() => giveUp(maxTimeError(ms, text)), ms);
      }
      if (WAITING_NOTICE_COMMANDS.has(action.name()) && io.stderr.isTTY && !json)
        stopWatch = waitingNotice(ctx, io.env);
    });
    for (const command of commands) command.register(program, ctx);
    // Global flags may come anywhere on the line (`railpilot whoami --max-time 5s`).
    const { rest, globals } = extractGlobalFlags(argv);
    applyCommandGroups(program);
    for (const sub of program.commands) sub.exitOverride();

    try {
      // --max-time is armed when the command starts (preAction) and bounds all of it.
      await Promise.race([program.parseAsync(rest, { from: "user" }), maxTimeHit]);
      return ctx.exitCode;
    } catch (error) {
      if (error instanceof CommanderError) {
        // --help and --version end here with exit code 0; bad flags with commander's message already printed.
        if (error.exitCode === 0) return ExitCode.OK;
        if (json) ctx.json(jsonErrorFor(error));
        return ExitCode.USAGE;
      }
      reportError(error, ctx.err, io.env);
      // One JSON document on stdout: a command that already printed its own (e.g. rollback's
      // candidates before refusing to choose) keeps it; the error still goes to stderr.
      if (json && !ctx.jsonWritten) ctx.json(jsonErrorFor(error));
      // The command itself may still hold sockets and timers: when it was cut short, end the process.
      if (ownsProcess && error instanceof MaxTimeError) process.exit(exitCodeFor(error));
      return exitCodeFor(error);
    } finally {
      stopWatch();
      if (maxTimeTimer) clearTimeout(maxTimeTimer);
    }
  });
}

/** One-shot commands that print nothing until Railway answers: on a terminal they say what they wait for. */
const WAITING_NOTICE_COMMANDS = new Set([
  "whoami",
  "status",
  "history",
  "logs",
  "variables",
  "plan",
  "services",
  "instances",
]);
/** Silence before the first notice, and between notices. */
export const WAITING_NOTICE_MS = 3_000;

/** While nothing is printed, tells a person at a terminal what the command is waiting for and which flags bound it. */
function waitingNotice(
  ctx: { err(line: string): void; readonly lastOutputAt: number },
  env: NodeJS.ProcessEnv,
): () => void {
  const endpoint = describeEndpoint(env.RAILWAY_GRAPHQL_ENDPOINT);
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - Math.max(ctx.lastOutputAt, started) < WAITING_NOTICE_MS) return;
    ctx.err(
      `… waiting for Railway at ${endpoint}: no answer after ${Math.round((Date.now() - started) / 1000)}s. Each request waits up to --request-timeout (default 30s) and is retried; --max-time bounds the whole command.`,
    );
  }, 250);
  timer.unref();
  return () => clearInterval(timer);
}

function describeEndpoint(endpoint: string | undefined): string {
  try {
    return new URL(endpoint || "https://backboard.railway.com/graphql/v2").host;
  } catch {
    return "the configured endpoint";
  }
}

const GLOBAL_FLAGS = { "--request-timeout": "requestTimeout", "--max-time": "maxTime" } as const;

/** Takes the global flags (with a value, `--flag v` or `--flag=v`) out of argv, before any `--`. */
export function extractGlobalFlags(argv: readonly string[]): {
  rest: string[];
  globals: { requestTimeout?: string; maxTime?: string };
} {
  const rest: string[] = [];
  const globals: { requestTimeout?: string; maxTime?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const [name, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const key = Object.hasOwn(GLOBAL_FLAGS, name) ? GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS] : undefined;
    const value = inline ?? argv[i + 1];
    if (key === undefined || value === undefined) {
      rest.push(arg);
      continue;
    }
    globals[key] = value;
    if (inline === undefined) i++;
  }
  return { rest, globals };
}

/** The whole command ran past --max-time (exit 4, like any timeout). */
class MaxTimeError extends TimeoutError {}

function maxTimeError(ms: number, text: string): MaxTimeError {
  return new MaxTimeError(`gave up after ${text} (--max-time): the command had not finished`, ms, {
    hint: "Raise --max-time, or leave it out to wait as long as the command's own timeouts allow.",
  });
}

function reportError(error: unknown, err: (line: string) => void, env: NodeJS.ProcessEnv): void {
  if (isRailpilotError(error)) {
    err(`error: ${error.message}`);
    const hint = cliHint(error);
    if (hint) err(`hint: ${hint}`);
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
      write(
        typeof chunk === "string"
          ? redactor.redact(chunk)
          : chunk instanceof Uint8Array
            ? redactor.redact(Buffer.from(chunk).toString("utf8"))
            : chunk,
        ...rest,
      )) as typeof stream.write;
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
