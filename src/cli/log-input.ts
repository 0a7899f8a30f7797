import { createReadStream, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../core/index.js";
import type { CliContext } from "./context.js";

/**
 * The log a command reads: stdin for no file or "-", else the file (relative to the working
 * directory), refused with a usage error when it is missing or not a regular file.
 * `pipeExample` is the command line the hint suggests for piping the log in instead.
 */
export function openLogInput(file: string | undefined, ctx: CliContext, pipeExample: string): NodeJS.ReadableStream {
  if (file === undefined || file === "-") return ctx.io.stdin;
  const path = resolve(ctx.io.cwd, file);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new UsageError(`Cannot read log file ${file}: it does not exist.`, {
      hint: `Check the path, or pipe the ${pipeExample}`,
      cause: error,
    });
  }
  if (!isFile) {
    throw new UsageError(`Cannot read log file ${file}: it is not a file.`, {
      hint: "Pass a regular file, or '-' for stdin.",
    });
  }
  return createReadStream(path);
}
