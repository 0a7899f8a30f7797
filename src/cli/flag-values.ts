/**
 * Flag values checked the same way by every command: whole numbers within bounds, durations
 * (src/core/duration: never above 24 days) and directories that must exist. Each failure is a
 * UsageError (exit 2) naming the flag, with a sentence saying what to pass instead.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type DurationBounds, parseDuration, UsageError } from "../core/index.js";

/** A whole number from `--flag <n>`, between `min` and `max` (digits only: no "1e3", no "0x10"). */
export function parseCount(text: string, flag: string, bounds: { min?: number; max: number }): number {
  const min = bounds.min ?? 0;
  const trimmed = text.trim();
  const n = /^\d{1,16}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > bounds.max) {
    throw new UsageError(`${flag} "${text}" is not a whole number from ${min} to ${bounds.max}`, {
      hint: `Pass ${flag} a whole number from ${min} to ${bounds.max}.`,
    });
  }
  return n;
}

/** A duration flag: at least `min` (default 0), at most `max` (default and ceiling 24 days). */
export function parseDurationFlag(text: string, flag: string, bounds: DurationBounds = {}): number {
  return parseDuration(text, flag, bounds);
}

/** A directory the flag names; it must exist. Returns its absolute path. */
export function existingDirectory(path: string, flag: string, cwd: string): string {
  const abs = resolve(cwd, path);
  let isDirectory = false;
  try {
    isDirectory = statSync(abs).isDirectory();
  } catch {
    throw new UsageError(`${flag} ${path}: there is no such directory`, {
      hint: `Pass ${flag} the path of an existing directory (relative paths start at ${cwd}).`,
    });
  }
  if (!isDirectory)
    throw new UsageError(`${flag} ${path}: it is a file, not a directory`, {
      hint: `Pass ${flag} a directory, e.g. ${flag} .`,
    });
  return abs;
}
