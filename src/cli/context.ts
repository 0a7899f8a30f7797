import { Writable } from "node:stream";
import { Redactor } from "../core/index.js";
import { sanitizeForTerminal } from "./output.js";

/** What a command may touch of the outside world; tests and the library pass their own. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CliContext {
  /** The run's I/O. `stdout` and `stderr` here already redact secrets (the output boundary). */
  io: CliIO;
  /** The run's redactor: every secret it holds is removed from everything written. */
  redactor: Redactor;
  /** Sets the process exit code without throwing (the last call wins). */
  setExitCode(code: number): void;
  /** Writes a line to stdout, secrets redacted. */
  out(line: string): void;
  /** Writes a line to stderr, secrets redacted. */
  err(line: string): void;
  /** Writes one JSON document to stdout, secrets redacted. */
  json(value: unknown): void;

  /** True once `json` has written a document (an error then adds none: one document per run). */
  readonly jsonWritten: boolean;
  /**
   * Text from outside (log lines, file contents) made safe for a terminal or JSON: control and
   * escape sequences shown as visible `\xNN`, and cut to `maxChars` (default 2,000) with a note.
   */
  untrusted(text: string, maxChars?: number): string;
  /** True when progress may be drawn live (a TTY, not CI, not --json). */
  interactive(json?: boolean): boolean;
  /** True once stdout's reader went away (EPIPE): nothing more reaches it. */
  readonly outputClosed: boolean;
  /** When something was last written to stdout or stderr (epoch ms; 0 before the first write). */
  readonly lastOutputAt: number;
}

/**
 * The CLI's output boundary. Every byte written through `ctx.io.stdout`/`ctx.io.stderr` (and so
 * `out`, `err`, `json`, commander's help and errors) passes the run's redactor. When the reader of
 * a stream goes away (EPIPE: `railpilot deploy --help | head -1`) the stream is marked closed,
 * later writes are dropped and `onClosed` runs once.
 */
export function createContext(
  io: CliIO,
  options: { redactor?: Redactor; onClosed?: () => void } = {},
): CliContext & { exitCode: number } {
  const redactor = options.redactor ?? new Redactor();
  let closed = false;
  const closeOnce = () => {
    if (closed) return;
    closed = true;
    options.onClosed?.();
  };
  let lastOutputAt = 0;
  const wrote = () => {
    lastOutputAt = Date.now();
  };
  const stdout = guard(io.stdout, redactor, closeOnce, () => closed, wrote);
  const stderr = guard(io.stderr, redactor, closeOnce, () => closed, wrote);
  const ctx = {
    io: { ...io, stdout, stderr },
    redactor,
    exitCode: 0,
    jsonWritten: false,
    get outputClosed() {
      return closed;
    },
    get lastOutputAt() {
      return lastOutputAt;
    },
    setExitCode(code: number) {
      ctx.exitCode = code;
    },
    out(line: string) {
      stdout.write(`${line}\n`);
    },
    err(line: string) {
      stderr.write(`${line}\n`);
    },
    json(value: unknown) {
      ctx.jsonWritten = true;
      stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    untrusted(text: string, maxChars?: number) {
      return sanitizeForTerminal(text, maxChars);
    },
    interactive(json = false) {
      const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "false" && io.env.CI !== "0";
      return !json && !ci && Boolean(io.stdout.isTTY);
    },
  };
  return ctx;
}

type GuardedStream = Writable & { isTTY?: boolean; columns?: number };

function guard(
  target: CliIO["stdout"],
  redactor: Redactor,
  onClosed: () => void,
  isClosed: () => boolean,
  wrote: () => void,
): GuardedStream {
  // The reader left (EPIPE), or the stream was torn down after it: stop writing, quietly. Nothing
  // else can be reported on a stream that cannot be written.
  target.on("error", () => onClosed());
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      if (!isClosed()) {
        wrote();
        try {
          target.write(redactor.redact(typeof chunk === "string" ? chunk : chunk.toString("utf8")));
        } catch {
          onClosed();
        }
      }
      callback();
    },
  }) as GuardedStream;
  // A write after end (a late progress line at exit) must not throw.
  stream.on("error", () => {});
  Object.defineProperty(stream, "isTTY", { get: () => target.isTTY, enumerable: true });
  Object.defineProperty(stream, "columns", { get: () => (target as { columns?: number }).columns, enumerable: true });
  return stream;
}
