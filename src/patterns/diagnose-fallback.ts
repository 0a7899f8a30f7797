import { diagnose } from "./diagnose.js";
import { normaliseLines, splitLog } from "./diagnose-normalise.js";
import { actionFor } from "./diagnose-rules.js";
import {
  DIAGNOSIS_CATEGORIES,
  type DiagnoseOptions,
  type Diagnosis,
  type DiagnosisCategory,
} from "./diagnose-types.js";

/** What a second opinion (for example a language model) proposes for a log the rules are unsure about. */
export interface FallbackAnswer {
  category: string;
  keyLine: string;
  summary?: string;
  /** 0..1, the fallback's own confidence. */
  confidence?: number;
}

export interface FallbackRequest {
  /** The log lines as people see them (colour codes removed), the last `maxLines` of the input. */
  lines: readonly string[];
  /** What the rules concluded, for context. */
  rules: Diagnosis;
  signal: AbortSignal;
}

export interface DiagnoseWithFallbackOptions extends DiagnoseOptions {
  /** Asked only when the rules answer UNKNOWN or with a confidence below `fallbackBelow`. */
  fallback?: (request: FallbackRequest) => Promise<FallbackAnswer | undefined>;
  /** Default 0.5. */
  fallbackBelow?: number;
  signal?: AbortSignal;
  /** Name recorded in `evidence` when the fallback's answer is used (default "fallback"). */
  fallbackName?: string;
}

/**
 * diagnose(), plus an optional second opinion when the rules are unsure. The fallback's answer is
 * used only if its category is one of the known categories and its key line is, verbatim, a line
 * of the log; otherwise it is discarded and the rules' answer stands. Its source is recorded in
 * `evidence`. Without a fallback this is exactly diagnose().
 */
export async function diagnoseWithFallback(
  log: string | readonly string[],
  options: DiagnoseWithFallbackOptions = {},
): Promise<Diagnosis> {
  const rules = diagnose(log, options);
  const { fallback } = options;
  if (!fallback) return rules;
  if (rules.category !== "UNKNOWN" && rules.confidence >= (options.fallbackBelow ?? 0.5)) return rules;

  const raw = splitLog(log);
  const maxLines = options.maxLines ?? 20_000;
  const start = Math.max(0, raw.length - maxLines);
  const lines = normaliseLines(start > 0 ? raw.slice(start) : raw, start);
  const signal = options.signal ?? new AbortController().signal;
  const answer = await fallback({ lines: lines.map((l) => l.display), rules, signal });
  const name = options.fallbackName ?? "fallback";
  if (!answer) return rules;

  const category = (DIAGNOSIS_CATEGORIES as readonly string[]).includes(answer.category)
    ? (answer.category as DiagnosisCategory)
    : undefined;
  const wanted = answer.keyLine.trim();
  const line = wanted === "" ? undefined : lines.find((l) => l.display === wanted);
  if (!category || category === "UNKNOWN" || !line) {
    return {
      ...rules,
      evidence: [
        ...rules.evidence,
        `${name} answer discarded: ${!category || category === "UNKNOWN" ? "no known category" : "its key line is not a line of the log"}`,
      ],
    };
  }
  const confidence = Math.round(Math.min(0.9, Math.max(0, answer.confidence ?? 0.5)) * 100) / 100;
  return {
    ...rules,
    category,
    keyLine: line.display,
    keyLineNumber: line.index + 1,
    confidence,
    action: actionFor(category, rules.phase),
    summary: answer.summary?.trim() ? answer.summary.trim() : `${category}: ${line.display.slice(0, 160)}`,
    evidence: [
      `${name}: ${category} from line ${line.index + 1} (the rules said ${rules.category} at ${rules.confidence})`,
      ...rules.evidence,
    ],
  };
}

/**
 * diagnose(), with Anthropic's second opinion when ANTHROPIC_API_KEY is set in `env` and the rules
 * are unsure (see diagnoseWithFallback). Without a key nothing more than diagnose() is loaded; the
 * model client loads only when it may be asked. If the model cannot be reached, the rules' answer
 * stands and `evidence` says why.
 */
export async function diagnoseWithModelFromEnv(
  log: string | readonly string[],
  options: DiagnoseOptions,
  env: NodeJS.ProcessEnv,
): Promise<Diagnosis> {
  if (!env.ANTHROPIC_API_KEY?.trim()) return diagnose(log, options);
  const [{ LlmClient, llmConfigFromEnv }, { anthropicDiagnosisFallback }] = await Promise.all([
    import("../llm/index.js"),
    import("./diagnose-llm.js"),
  ]);
  const config = llmConfigFromEnv(env);
  if (!config) return diagnose(log, options);
  const ask = anthropicDiagnosisFallback(new LlmClient(config));
  let failure: string | undefined;
  const result = await diagnoseWithFallback(log, {
    ...options,
    fallbackName: "anthropic",
    fallback: async (request) => {
      try {
        return await ask(request);
      } catch (err) {
        failure = err instanceof Error && "code" in err ? String(err.code) : "error";
        return undefined;
      }
    },
  });
  return failure
    ? { ...result, evidence: [...result.evidence, `anthropic second opinion unavailable (${failure})`] }
    : result;
}
