import { redact } from "../core/index.js";

/** What a command may touch of the outside world; tests and the library pass their own. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CliContext {
  io: CliIO;
  /** Sets the process exit code without throwing (the last call wins). */
  setExitCode(code: number): void;
  /** Writes a line to stdout, secrets redacted. */
  out(line: string): void;
  /** Writes a line to stderr, secrets redacted. */
  err(line: string): void;
  /** Writes one JSON document to stdout, secrets redacted. */
  json(value: unknown): void;
  /** True when progress may be drawn live (a TTY, not CI, not --json). */
  interactive(json?: boolean): boolean;
}

export function createContext(io: CliIO): CliContext & { exitCode: number } {
  const ctx = {
    io,
    exitCode: 0,
    setExitCode(code: number) {
      ctx.exitCode = code;
    },
    out(line: string) {
      io.stdout.write(`${redact(line)}\n`);
    },
    err(line: string) {
      io.stderr.write(`${redact(line)}\n`);
    },
    json(value: unknown) {
      io.stdout.write(`${redact(JSON.stringify(value, null, 2))}\n`);
    },
    interactive(json = false) {
      const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "false" && io.env.CI !== "0";
      return !json && !ci && Boolean(io.stdout.isTTY);
    },
  };
  return ctx;
}
