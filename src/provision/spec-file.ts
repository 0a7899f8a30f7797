import { closeSync, openSync, readSync } from "node:fs";
import { UsageError } from "../core/index.js";
import { SpecError } from "./errors.js";
import { loadRailwayIacSpec } from "./railway-iac.js";
import { parseStackSpec, type StackSpec } from "./spec.js";
import { MAX_SPEC_BYTES } from "./spec-safety.js";

export interface LoadSpecFileOptions {
  /** The name used in messages (default: the path). */
  displayName?: string;
  /** Template parameters (`--set K=V`). */
  params?: Record<string, string>;
  /** Overrides the spec's environment. */
  environment?: string;
  /** Longest a railway.ts program may run. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Reads at most `max` bytes of a file (a device such as /dev/urandom or a huge file is never
 * read whole). Returns the bytes and whether the file went on past the bound.
 */
export function readBounded(path: string, max: number): { bytes: Buffer; truncated: boolean } {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { bytes: buffer.subarray(0, Math.min(length, max)), truncated: length > max };
  } finally {
    closeSync(fd);
  }
}

/** Loads a YAML stack spec or a `.railway/railway.ts` program, bounded in size and time. */
export async function loadSpecFile(path: string, options: LoadSpecFileOptions = {}): Promise<StackSpec> {
  const file = options.displayName ?? path;
  if (/\.[cm]?[tj]s$/.test(path)) {
    return loadRailwayIacSpec(path, {
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  let read: { bytes: Buffer; truncated: boolean };
  try {
    read = readBounded(path, MAX_SPEC_BYTES);
  } catch (cause) {
    throw new UsageError(`Cannot read the spec ${file}`, {
      cause,
      hint: "Give the path of a stack.yaml (or .railway/railway.ts).",
    });
  }
  if (read.truncated) {
    throw new SpecError(
      file,
      [{ path: "", message: `the file is larger than ${MAX_SPEC_BYTES} bytes, the most a spec may be` }],
      {
        hint: "A stack spec is a short YAML file; check that the path names the spec and not another file.",
      },
    );
  }
  if (read.bytes.includes(0)) {
    throw new SpecError(file, [{ path: "", message: "the file holds NUL bytes: it is binary, not a YAML spec" }], {
      hint: "Give the path of a stack.yaml (or .railway/railway.ts).",
    });
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(read.bytes);
  const spec = parseStackSpec(text, { file, ...(options.params ? { params: options.params } : {}) });
  return options.environment ? { ...spec, environment: options.environment } : spec;
}
