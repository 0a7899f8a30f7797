import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { RailpilotError, UsageError } from "../core/index.js";
import { SpecError } from "./errors.js";
import { MAX_SPEC_BYTES } from "./spec-safety.js";

/**
 * Evaluates a `.railway/railway.ts` program in a worker thread that can be stopped: a program
 * that loops forever (`while (true) {}`) or whose promise never settles cannot hang railpilot.
 * What comes back is plain data (the resource graph as JSON); errors come back as data too
 * (their original message, never pre-formatted with anything else).
 */
export interface EvaluateProgramOptions {
  environment: string;
  /** Longest the program may run. Default: 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Where evaluating a spec program failed, with the program's own message as data. */
export class SpecEvaluationError extends SpecError {
  /** `load`: the file itself (syntax, top-level code); `program`: the default-exported program. */
  readonly stage: "load" | "program" | "timeout" | "unsettled" | "crashed";
  /** The message of what the program threw (may be anything the program chose to write). */
  readonly thrown: string | undefined;

  constructor(file: string, stage: SpecEvaluationError["stage"], message: string, thrown?: string) {
    super(file, [{ path: "", message }], {
      hint:
        stage === "timeout" || stage === "unsettled"
          ? "The program must return project(...) promptly: look for a loop that never ends or a promise that is never resolved."
          : "Fix the program so that it runs on its own (node --import tsx .railway/railway.ts), then try again.",
    });
    this.stage = stage;
    this.thrown = thrown;
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { pathToFileURL } = require("node:url");
(async () => {
  let stage = "load";
  try {
    const iac = await import(workerData.iacUrl);
    const api = await import(workerData.tsxUrl);
    const tsImport = api.tsImport ?? (api.default && api.default.tsImport);
    const href = pathToFileURL(workerData.file).href;
    const mod = await tsImport(href, href);
    const program = mod.default;
    if (typeof program !== "function") {
      parentPort.postMessage({ kind: "no-default" });
      return;
    }
    stage = "program";
    const ctx = iac.createRailwayContext({ environment: workerData.environment, environmentName: workerData.environment, command: "plan" });
    const definition = await program(ctx, iac.project);
    parentPort.postMessage({ kind: "ok", definition: JSON.parse(JSON.stringify(definition === undefined ? null : definition)) });
  } catch (error) {
    const message = error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
    parentPort.postMessage({ kind: "error", stage, message });
  }
})();
`;

type WorkerAnswer =
  | { kind: "ok"; definition: unknown }
  | { kind: "no-default" }
  | { kind: "error"; stage: "load" | "program"; message: string };

function moduleUrl(specifier: string): string {
  const resolver = (import.meta as { resolve?: (s: string) => string }).resolve;
  try {
    if (resolver) return resolver(specifier);
  } catch {
    // fall through to require's resolution
  }
  return pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;
}

/** Runs the program of a railway.ts file and returns what it returned (plain data). */
export async function evaluateRailwayProgram(path: string, options: EvaluateProgramOptions): Promise<unknown> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (cause) {
    throw new UsageError(`Cannot read the spec ${path}`, {
      cause,
      hint: "Give the path of a stack.yaml or .railway/railway.ts.",
    });
  }
  if (size > MAX_SPEC_BYTES)
    throw new SpecError(path, [
      { path: "", message: `the file is ${size} bytes; a spec is at most ${MAX_SPEC_BYTES} bytes` },
    ]);
  let iacUrl: string;
  let tsxUrl: string;
  try {
    iacUrl = moduleUrl("railway/iac");
    tsxUrl = moduleUrl("tsx/esm/api");
  } catch (cause) {
    throw new UsageError(`Reading ${path} needs the optional package "railway" (railway/iac)`, {
      cause,
      hint: "Install it next to railpilot: npm install --save-exact railway@3.11.0",
    });
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { iacUrl, tsxUrl, file: path, environment: options.environment },
    stdout: true,
    stderr: true,
  });
  // What the program prints is not railpilot's output (and may hold anything): it is dropped.
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<unknown>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new SpecEvaluationError(
            path,
            "timeout",
            `the program did not finish within ${timeoutMs} ms and was stopped (a loop that never ends, or work that never completes)`,
          ),
        ),
      );
    }, timeoutMs);
    const onAbort = () =>
      finish(() =>
        reject(new RailpilotError("ABORTED", `Evaluating ${path} was cancelled`, { cause: options.signal?.reason })),
      );
    options.signal?.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (answer: WorkerAnswer) => {
      if (answer.kind === "ok") finish(() => resolve(answer.definition));
      else if (answer.kind === "no-default")
        finish(() =>
          reject(new SpecError(path, [{ path: "", message: "the file must `export default defineRailway(...)`" }])),
        );
      else {
        const text =
          answer.stage === "load"
            ? `could not evaluate the file: ${answer.message}`
            : `the program threw: ${answer.message}`;
        finish(() => reject(new SpecEvaluationError(path, answer.stage, text, answer.message)));
      }
    });
    worker.on("error", (error) => {
      finish(() =>
        reject(new SpecEvaluationError(path, "crashed", `evaluating the file failed: ${error.message}`, error.message)),
      );
    });
    worker.on("exit", () => {
      finish(() =>
        reject(
          new SpecEvaluationError(
            path,
            "unsettled",
            "the program's promise never settled (it returned nothing before its work ran out)",
          ),
        ),
      );
    });
  });
}
