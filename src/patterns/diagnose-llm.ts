/**
 * A second opinion for diagnoseWithFallback() from Anthropic's Messages API: the log goes in
 * fenced as untrusted data, the answer comes back as a forced tool call constrained to the
 * categories, and diagnoseWithFallback() keeps it only if its key line is verbatim a line of the
 * log. Loaded only when asked for (it pulls in the SDK), so `diagnose` itself stays light.
 */
import { z } from "zod";
import { fenceUntrusted, type LlmClient, UNTRUSTED_DATA_RULE } from "../llm/index.js";
import type { FallbackAnswer, FallbackRequest } from "./diagnose-fallback.js";
import { DIAGNOSIS_CATEGORIES } from "./diagnose-types.js";

const KNOWN = DIAGNOSIS_CATEGORIES.filter((c) => c !== "UNKNOWN");

const LlmDiagnosis = z.object({
  category: z.enum(DIAGNOSIS_CATEGORIES),
  keyLine: z.string(),
  summary: z.string().max(400).optional(),
  confidence: z.number().min(0).max(1).optional(),
});

/** How much of the log (its last lines, each clipped) a prompt carries. */
const MAX_PROMPT_LINES = 300;
const MAX_LINE_CHARS = 400;

const SYSTEM = [
  "You diagnose why a build failed or a deployment crashed, from its log.",
  `Name one root-cause category: ${KNOWN.join(", ")}, or UNKNOWN when the log shows no cause.`,
  "Prefer the cause over its effects (a missing variable over the refused connection it leads to).",
  "keyLine must be copied exactly, character for character, from one line of the log.",
  UNTRUSTED_DATA_RULE,
].join("\n");

/** A fallback for diagnoseWithFallback() that asks the model through `client`. */
export function anthropicDiagnosisFallback(client: LlmClient) {
  return async (request: FallbackRequest): Promise<FallbackAnswer | undefined> => {
    const lines = request.lines.slice(-MAX_PROMPT_LINES).map((l) => l.slice(0, MAX_LINE_CHARS));
    const fenced = fenceUntrusted(lines.join("\n"), "log");
    const prompt = [
      `The rules-based classifier answered ${request.rules.category} (confidence ${request.rules.confidence}).`,
      "The log:",
      fenced.text,
      "Call report_diagnosis with your answer.",
    ].join("\n");
    const answer = await client.structured({
      system: SYSTEM,
      prompt,
      toolName: "report_diagnosis",
      toolDescription: "Reports the root-cause category of the failure and the decisive log line.",
      inputSchema: {
        type: "object",
        properties: {
          category: { type: "string", enum: [...DIAGNOSIS_CATEGORIES] },
          keyLine: { type: "string", description: "one line of the log, copied verbatim" },
          summary: { type: "string", description: "one sentence" },
          confidence: { type: "number", minimum: 0, maximum: 1 },
        },
        required: ["category", "keyLine"],
      },
      schema: LlmDiagnosis,
    });
    return answer.value;
  };
}
